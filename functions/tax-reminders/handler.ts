import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { DynamoDbTaxReminders } from '#adapters/dynamodb/tax-reminders.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SqsWakeUps } from '#adapters/sqs/wake-ups.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { setTaxReminder } from '#application/tax-reminders.ts';
import * as taxReminderSet from '#contract/events/tax-reminder-set.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
const env = loadEnv(manifest);
const tableName = env.TABLE_NAME;
const deps = {
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  reminders: new DynamoDbTaxReminders(dynamodb, tableName),
  wakeUps: new SqsWakeUps(sqs, env.DEFER_QUEUE_URL),
  ...gateDeps({ dynamodb, sqs }, env),
  localTime: env.TAX_REMINDER_LOCAL_TIME,
};

/** TaxReminder.Set → the reminder stored, and a wake-up arranged for its date's local morning. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(taxReminderSet.schema, d), deps);
  if (!detail) return;
  const outcome = await setTaxReminder(event, detail, deps);
  logger.info('tax reminder set', { reminderId: detail.reminderId, outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
