import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { KMSClient } from '@aws-sdk/client-kms';
import middy from '@middy/core';
import { DynamoDbConsentLinkUses } from '#adapters/dynamodb/consent-links.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '#adapters/dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { KmsMacVerifier } from '#adapters/kms/link-signer.ts';
import { consentLinkHttp } from '#adapters/lambda/consent-link-http.ts';
import { systemNow } from '#adapters/lambda/env.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const table = env.TABLE_NAME;
const serve = consentLinkHttp(
  {
    verifier: new KmsMacVerifier(new KMSClient({}), env.CONSENT_LINK_KEY_ARN),
    uses: new DynamoDbConsentLinkUses(dynamodb, table),
    // The one use case of consent changes on the customer's word: the ledger, and the event to the bank.
    profiles: new DynamoDbProfileReader(dynamodb, table),
    consents: new DynamoDbProfileWriter(dynamodb, table),
    claims: new DynamoDbOutboundEventClaims(dynamodb, table),
    events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
    now: systemNow,
    consentOptions: {
      transactionalDefault: env.TRANSACTIONAL_DEFAULT === 'granted' ? 'granted' : 'denied',
    },
  },
  env.BRAND_NAME,
  logger,
);

/**
 * The consent links of e-mails (a Lambda function URL): one-click unsubscribe (RFC 8058) and the preference
 * page. Checks each signed token with KMS VerifyMac; every change goes through the use case of consent
 * changes on the customer's word.
 */
export const handler = middy(serve).use(injectLambdaContext(logger, { clearState: true }));
