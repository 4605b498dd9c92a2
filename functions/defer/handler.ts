import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { describeError } from '#adapters/lambda/send-batch.ts';
import { SchedulerJobScheduler } from '#adapters/scheduler/job-scheduler.ts';
import type { Channel } from '#domain/profile.ts';

const logger = new Logger();
const scheduler = new SchedulerJobScheduler(new SchedulerClient({}), {
  groupName: requireEnv('SCHEDULE_GROUP'),
  roleArn: requireEnv('SCHEDULER_ROLE_ARN'),
  queueArns: {
    email: requireEnv('EMAIL_QUEUE_ARN'),
    sms: requireEnv('SMS_QUEUE_ARN'),
    push: requireEnv('PUSH_QUEUE_ARN'),
    whatsapp: requireEnv('WHATSAPP_QUEUE_ARN'),
  },
});

/** DeferQueue → one-off schedules that put each job on its channel's queue when the quiet hours end. */
const lambdaHandler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const notificationId = record.messageAttributes.notificationId?.stringValue ?? '';
    try {
      const outcome = await scheduler.schedule(
        {
          notificationId,
          channel: record.messageAttributes.channel?.stringValue as Channel,
          notBefore: new Date(record.messageAttributes.notBefore?.stringValue ?? ''),
          body: record.body,
        },
        systemNow(),
      );
      logger.info('deferred job scheduled', { notificationId, outcome });
    } catch (error) {
      logger.warn('deferred job will be retried', { notificationId, ...describeError(error) });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
