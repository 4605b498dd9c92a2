import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { bodyCorrelation } from '#adapters/lambda/correlation.ts';
import { deadLetterDeps, giveUpDeferredJob } from '#adapters/lambda/dead-letter-job.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { maxReceiveCountFromEnv } from '#adapters/lambda/receive-count.ts';
import { sqsHandler } from '#adapters/lambda/sqs-handler.ts';
import {
  deferredJobOf,
  ScheduledJobQueue,
  SchedulerJobScheduler,
} from '#adapters/scheduler/job-scheduler.ts';

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
const fallbacksAfter = (notBefore: Date | undefined) =>
  new ScheduledJobQueue(scheduler, systemNow, notBefore);

/**
 * DeferQueue → one-off schedules: each held message onto its channel's queue when the quiet hours end, each
 * wake-up onto the DueQueue at its time. A held message is a job with the bank's eventId; a wake-up is
 * Herald's own timer, known by its id. On its last receive a held message is given up on.
 */
export const handler = sqsHandler(
  {
    what: 'deferred job',
    parse: (record) => deferredJobOf(record.messageAttributes, record.body),
    ids: (record, job) =>
      job?.target === 'due'
        ? { wakeUpId: job.id }
        : { ...bodyCorrelation(record.body), notificationId: job?.id },
    run: async (job) => {
      const outcome = await scheduler.schedule(job, systemNow());
      logger.info('deferred job scheduled', { target: job.target, outcome });
    },
    giveUp: (record, failure) =>
      giveUpDeferredJob(record.body, failure, { ...deadLetters, fallbacksAfter }, logger),
    maxReceiveCount,
  },
  logger,
);
