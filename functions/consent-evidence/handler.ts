import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbConsentLedger } from '#adapters/dynamodb/consent-ledger.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { sendConsentEvidence } from '#application/consent-evidence.ts';
import * as evidenceRequested from '#contract/events/customer-consent-evidence-requested.ts';
import { parseDetail } from '#contract/validate.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  ledger: new DynamoDbConsentLedger(dynamodb, tableName),
  claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME')),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
};

/** Customer.ConsentEvidenceRequested → the customer's consent ledger to the bank (Customer.ConsentEvidence). */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(evidenceRequested.schema, d), deps);
  if (!detail) return;
  const sent = await sendConsentEvidence(detail, deps);
  logger.info('consent evidence sent', sent);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
