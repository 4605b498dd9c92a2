import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoDbTaxReminders } from '#adapters/dynamodb/tax-reminders.ts';
import { describeError } from '#adapters/lambda/describe-error.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { remindWhenDue } from '#application/tax-reminders.ts';
import { parseInternalJson } from '#contract/internal/parse.ts';
import { WAKE_UP, wakeUp as wakeUpSchema } from '#contract/internal/wake-up.ts';
import { wakeUpId } from '#domain/tax-reminders.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const base = triggerDeps(env);
const deps = { ...base, reminders: new DynamoDbTaxReminders(base.dynamodb, base.tableName) };

/** DueQueue → each wake-up's tax reminder, if still wanted, through the notification pipeline. */
const lambdaHandler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    // A wake-up is Herald's own timer: its lines carry the wake-up id the defer function logged when it
    // scheduled it, and the reminder's id; the records it leads to carry the bank's eventId.
    const wakeUp = parseInternalJson(wakeUpSchema, record.body, WAKE_UP);
    const ids = wakeUp.ok ? { wakeUpId: wakeUpId(wakeUp.value), reminderId: wakeUp.value.reminderId } : {};
    logger.appendKeys(ids);
    try {
      const outcome = await remindWhenDue(record.body, deps);
      logger.info('tax reminder due', { messageId: record.messageId, outcome });
    } catch (error) {
      logger.warn('tax reminder will be retried', { messageId: record.messageId, ...describeError(error) });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    } finally {
      logger.removeKeys(Object.keys(ids));
    }
  }
  return { batchItemFailures };
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
