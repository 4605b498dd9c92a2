import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbConsentLedger } from '#adapters/dynamodb/consent-ledger.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { sendConsentEvidence } from '#application/consent-evidence.ts';
import * as evidenceRequested from '#contract/events/customer-consent-evidence-requested.ts';

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  ledger: new DynamoDbConsentLedger(dynamodb, tableName),
  claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME')),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
};

/** Customer.ConsentEvidenceRequested → the customer's consent ledger to the bank (Customer.ConsentEvidence). */
export const handler = eventHandler(
  {
    [evidenceRequested.detailType]: {
      schema: evidenceRequested.schema,
      run: (detail) => sendConsentEvidence(detail, deps),
    },
  },
  deps,
  { processed: 'consent evidence sent' },
);
