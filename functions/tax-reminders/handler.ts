import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { DynamoDbTaxReminders } from '#adapters/dynamodb/tax-reminders.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { SqsWakeUps } from '#adapters/sqs/wake-ups.ts';
import { setTaxReminder } from '#application/tax-reminders.ts';
import * as taxReminderSet from '#contract/events/tax-reminder-set.ts';

const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  reminders: new DynamoDbTaxReminders(dynamodb, tableName),
  wakeUps: new SqsWakeUps(sqs, requireEnv('DEFER_QUEUE_URL')),
  ...gateDeps({ dynamodb, tableName, sqs }),
  localTime: requireEnv('TAX_REMINDER_LOCAL_TIME'),
};

/** TaxReminder.Set → the reminder stored, and a wake-up arranged for its date's local morning. */
export const handler = eventHandler(
  {
    [taxReminderSet.detailType]: {
      schema: taxReminderSet.schema,
      keys: (detail) => ({ reminderId: detail.reminderId }),
      run: (detail, event) => setTaxReminder(event, detail, deps),
    },
  },
  deps,
  { processed: 'tax reminder set' },
);
