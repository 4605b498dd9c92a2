import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { DynamoDbSendLedger } from '#adapters/dynamodb/send-ledger.ts';
import { DynamoDbSuppressionList } from '#adapters/dynamodb/suppressions.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { SEND_LEASE_MS, sendBatch } from '#adapters/lambda/send-batch.ts';
import { PinpointPushSender } from '#adapters/pinpoint/push-sender.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  ledger: new DynamoDbSendLedger(dynamodb, tableName),
  suppressions: new DynamoDbSuppressionList(dynamodb, tableName),
  // Empty when push is not configured: jobs then fail with reason channel_not_configured.
  sender: new PinpointPushSender(new PinpointClient({}), {
    applicationId: process.env.PINPOINT_APPLICATION_ID,
  }),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
  leaseMs: SEND_LEASE_MS,
};

/** PushQueue → End User Messaging push (Pinpoint SendMessages), each message at most once. */
export const handler = middy((event: SQSEvent) => sendBatch(event, deps, logger)).use(
  injectLambdaContext(logger, { clearState: true }),
);
