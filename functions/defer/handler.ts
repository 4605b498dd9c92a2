import { Logger } from '@aws-lambda-powertools/logger';
import { bodyCorrelation } from '#adapters/lambda/correlation.ts';
import { giveUpDeferredJob } from '#adapters/lambda/dead-letter-job.ts';
import { deferDeps } from '#adapters/lambda/defer-deps.ts';
import { systemNow } from '#adapters/lambda/env.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { sqsHandler } from '#adapters/lambda/sqs-handler.ts';
import { deferredJobOf } from '#adapters/scheduler/job-scheduler.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const { scheduler, maxReceiveCount, giveUp } = deferDeps(loadEnv(manifest));

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
    giveUp: (record, failure) => giveUpDeferredJob(record.body, failure, giveUp, logger),
    maxReceiveCount,
  },
  logger,
);
