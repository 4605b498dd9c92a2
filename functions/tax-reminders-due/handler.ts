import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDbTaxReminders } from '#adapters/dynamodb/tax-reminders.ts';
import { sqsHandler } from '#adapters/lambda/sqs-handler.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { remindWhenDue } from '#application/tax-reminders.ts';
import { parseInternalJson } from '#contract/internal/parse.ts';
import { WAKE_UP, wakeUp } from '#contract/internal/wake-up.ts';
import { wakeUpId } from '#domain/tax-reminders.ts';

const logger = new Logger();
const base = triggerDeps();
const deps = { ...base, reminders: new DynamoDbTaxReminders(base.dynamodb, base.tableName) };

/**
 * DueQueue → each wake-up's tax reminder, if still wanted, through the notification pipeline. A wake-up is
 * Herald's own timer: its lines carry the wake-up id the defer function logged when it scheduled it, and
 * the reminder's id; the records it leads to carry the bank's eventId. A body that is no wake-up is
 * rejected by remindWhenDue (kept in the DLQ); a reminder that fails is retried alone.
 */
export const handler = sqsHandler(
  {
    what: 'tax reminder',
    parse: (record) => ({ ok: true, value: record.body }),
    ids: (record) => {
      const due = parseInternalJson(wakeUp, record.body, WAKE_UP);
      return due.ok ? { wakeUpId: wakeUpId(due.value), reminderId: due.value.reminderId } : {};
    },
    run: async (body, record) => {
      const outcome = await remindWhenDue(body, deps);
      logger.info('tax reminder due', { messageId: record.messageId, outcome });
    },
  },
  logger,
);
