import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { requireEnv } from '#adapters/lambda/env.ts';
import { describeError } from '#adapters/lambda/send-batch.ts';
import { SqsJobQueue } from '#adapters/sqs/queues.ts';
import { renderJob } from '#application/render-job.ts';
import type { PlannedJob } from '#ports/ports.ts';

const logger = new Logger();
const deps = {
  queue: new SqsJobQueue(
    new SQSClient({}),
    {
      email: requireEnv('EMAIL_QUEUE_URL'),
      sms: requireEnv('SMS_QUEUE_URL'),
      push: requireEnv('PUSH_QUEUE_URL'),
      whatsapp: requireEnv('WHATSAPP_QUEUE_URL'),
    },
    requireEnv('DEFER_QUEUE_URL'),
  ),
  brand: { name: requireEnv('BRAND_NAME'), ...(process.env.BRAND_URL ? { url: process.env.BRAND_URL } : {}) },
};

/** RenderQueue → each planned message written in the customer's language, queued for its channel. */
const lambdaHandler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const job = JSON.parse(record.body) as PlannedJob;
      logger.appendKeys({ eventId: job.eventId, notificationId: job.notificationId });
      await renderJob(job, deps);
    } catch (error) {
      logger.warn('planned message will be retried', {
        messageId: record.messageId,
        ...describeError(error),
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    } finally {
      logger.removeKeys(['eventId', 'notificationId']);
    }
  }
  return { batchItemFailures };
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
