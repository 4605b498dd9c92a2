import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { ScheduledJobQueue, SchedulerJobScheduler } from '../scheduler/job-scheduler.ts';
import { deadLetterDeps } from './dead-letter-job.ts';
import { systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { consumerEnv, tableEnv } from './manifest-parts.ts';

/**
 * What the defer function needs: the scheduler of one-off schedules onto each channel's queue and the
 * DueQueue, and what giving up on a held message takes (the ledger, and its fallback scheduled after the
 * quiet hours end). `env` is the function's (`loadEnv(manifest)`).
 */
export function deferDeps(
  env: EnvOf<typeof tableEnv & typeof consumerEnv> & {
    readonly SCHEDULE_GROUP: string;
    readonly SCHEDULER_ROLE_ARN: string;
    readonly EMAIL_QUEUE_ARN: string;
    readonly SMS_QUEUE_ARN: string;
    readonly PUSH_QUEUE_ARN: string;
    readonly WHATSAPP_QUEUE_ARN: string;
    readonly DUE_QUEUE_ARN: string;
  },
) {
  const scheduler = new SchedulerJobScheduler(new SchedulerClient({}), {
    groupName: env.SCHEDULE_GROUP,
    roleArn: env.SCHEDULER_ROLE_ARN,
    queueArns: {
      email: env.EMAIL_QUEUE_ARN,
      sms: env.SMS_QUEUE_ARN,
      push: env.PUSH_QUEUE_ARN,
      whatsapp: env.WHATSAPP_QUEUE_ARN,
      due: env.DUE_QUEUE_ARN,
    },
  });
  return {
    scheduler,
    maxReceiveCount: env.MAX_RECEIVE_COUNT,
    giveUp: {
      ...deadLetterDeps(new DynamoDBClient({}), env.TABLE_NAME),
      fallbacksAfter: (notBefore: Date | undefined) => new ScheduledJobQueue(scheduler, systemNow, notBefore),
    },
  };
}
