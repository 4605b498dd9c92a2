import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { bodyCorrelation } from '#adapters/lambda/correlation.ts';
import {
  deadLetterDeps,
  deadLetteredJobOfBody,
  giveUpOnJob,
  giveUpOnMessage,
  invalidJob,
} from '#adapters/lambda/dead-letter-job.ts';
import { describeError } from '#adapters/lambda/describe-error.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { isLastReceive, maxReceiveCountFromEnv } from '#adapters/lambda/receive-count.ts';
import {
  type DeferredJob,
  deferredJobOf,
  ScheduledJobQueue,
  SchedulerJobScheduler,
} from '#adapters/scheduler/job-scheduler.ts';
import { MESSAGE_JOB, messageJob } from '#contract/internal/jobs.ts';
import { parseInternalJson, valueOrThrow } from '#contract/internal/parse.ts';

const logger = new Logger();
const scheduler = new SchedulerJobScheduler(new SchedulerClient({}), {
  groupName: requireEnv('SCHEDULE_GROUP'),
  roleArn: requireEnv('SCHEDULER_ROLE_ARN'),
  queueArns: {
    email: requireEnv('EMAIL_QUEUE_ARN'),
    sms: requireEnv('SMS_QUEUE_ARN'),
    push: requireEnv('PUSH_QUEUE_ARN'),
    whatsapp: requireEnv('WHATSAPP_QUEUE_ARN'),
    due: requireEnv('DUE_QUEUE_ARN'),
  },
});
const maxReceiveCount = maxReceiveCountFromEnv();
const deadLetters = deadLetterDeps(new DynamoDBClient({}), requireEnv('TABLE_NAME'));

/**
 * DeferQueue → one-off schedules: each held message onto its channel's queue when the quiet hours end, each
 * wake-up onto the DueQueue at its time.
 */
// A held message is a job with the bank's eventId; a wake-up is Herald's own timer, known by its id.
const idOf = (job: DeferredJob | undefined, body: string) =>
  job?.target === 'due' ? { wakeUpId: job.id } : { ...bodyCorrelation(body), notificationId: job?.id };

/**
 * On its last receive, a held message is given up on (recorded `failed`/`dead_lettered`, marked in the
 * ledger) and its fallback, if it has one, scheduled onto the next channel's queue, its delay after the
 * quiet hours end; a wake-up is not a message: it goes to the job DLQ with an error line.
 * True when SQS must keep the message (then moved to the job dead-letter queue).
 */
async function giveUp(job: DeferredJob | undefined, body: string, malformed?: string): Promise<boolean> {
  if (job?.target === 'due') {
    logger.error('wake-up given up on its last receive: kept in the job dead-letter queue for redrive');
    return true;
  }
  const held = job && parseInternalJson(messageJob, body, MESSAGE_JOB);
  if (held?.ok) {
    const fallbacks = new ScheduledJobQueue(scheduler, systemNow, job?.notBefore);
    return giveUpOnMessage(held.value, { ...deadLetters, queue: fallbacks }, logger);
  }
  const message = deadLetteredJobOfBody(body);
  return message ? giveUpOnJob(message, deadLetters, logger, malformed && invalidJob(malformed)) : true;
}

const lambdaHandler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const parsed = deferredJobOf(record.messageAttributes, record.body);
    const job = parsed.ok ? parsed.value : undefined;
    const ids = idOf(job, record.body);
    logger.appendKeys(ids);
    try {
      const outcome = await scheduler.schedule(valueOrThrow(parsed), systemNow());
      logger.info('deferred job scheduled', { target: job?.target, outcome });
    } catch (error) {
      logger.warn('deferred job will be retried', describeError(error));
      const malformed = parsed.ok ? undefined : parsed.reason;
      const keep = isLastReceive(record, maxReceiveCount) ? await giveUp(job, record.body, malformed) : true;
      if (keep) batchItemFailures.push({ itemIdentifier: record.messageId });
    } finally {
      logger.removeKeys(Object.keys(ids));
    }
  }
  return { batchItemFailures };
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
