import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import middy from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { DynamoDbSendLedger } from '#adapters/dynamodb/send-ledger.ts';
import { DynamoDbSuppressionList } from '#adapters/dynamodb/suppressions.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { SEND_LEASE_MS, sendBatch } from '#adapters/lambda/send-batch.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { SesEmailSender } from '#adapters/ses/email-sender.ts';

const logger = new Logger();
const configurationSetName = process.env.SES_CONFIGURATION_SET;
const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  ledger: new DynamoDbSendLedger(dynamodb, tableName),
  suppressions: new DynamoDbSuppressionList(dynamodb, tableName),
  sender: new SesEmailSender(new SESv2Client({}), {
    from: requireEnv('SENDER_EMAIL'),
    ...(configurationSetName ? { configurationSetName } : {}),
  }),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
  leaseMs: SEND_LEASE_MS,
};

/** EmailQueue → SESv2, each message at most once. */
export const handler = middy((event: SQSEvent) => sendBatch(event, deps, logger)).use(
  injectLambdaContext(logger, { clearState: true }),
);
