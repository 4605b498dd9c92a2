import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SocialMessagingClient } from '@aws-sdk/client-socialmessaging';
import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { DynamoDbSendLedger } from '#adapters/dynamodb/send-ledger.ts';
import { DynamoDbSuppressionList } from '#adapters/dynamodb/suppressions.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { SEND_LEASE_MS, sendBatch } from '#adapters/lambda/send-batch.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { WhatsAppSender } from '#adapters/social/whatsapp-sender.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  ledger: new DynamoDbSendLedger(dynamodb, tableName),
  suppressions: new DynamoDbSuppressionList(dynamodb, tableName),
  // Empty when WhatsApp is not configured: jobs then fail with reason channel_not_configured.
  sender: new WhatsAppSender(new SocialMessagingClient({}), {
    originationPhoneNumberId: process.env.WHATSAPP_PHONE_NUMBER_ID,
    metaApiVersion: process.env.WHATSAPP_META_API_VERSION,
  }),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
  leaseMs: SEND_LEASE_MS,
};

/** WhatsAppQueue → End User Messaging Social (SendWhatsAppMessage), each message at most once. */
export const handler = middy((event: SQSEvent) => sendBatch(event, deps, logger)).use(
  injectLambdaContext(logger, { clearState: true }),
);
