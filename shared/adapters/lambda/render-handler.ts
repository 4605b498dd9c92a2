import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type Renderer, renderJob } from '../../application/render-job.ts';
import type { ReplyLinkDeps } from '../../domain/reply-link.ts';
import type { PlannedJob } from '../../ports/ports.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { CORRELATION_KEYS, correlationKeys } from './correlation.ts';
import { requireEnv } from './env.ts';
import { describeError } from './send-batch.ts';

/**
 * A render function: each planned message of an SQS batch written in the customer's language and queued
 * for its channel (or, in quiet hours, for the defer function); a message that fails is retried alone.
 * `render` writes every type; `render-security` writes fraud alerts, whose YES/NO links it signs.
 */
export function renderHandler(renderers: Record<string, Renderer>, replyLinks?: ReplyLinkDeps) {
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
    brand: {
      name: requireEnv('BRAND_NAME'),
      ...(process.env.BRAND_URL ? { url: process.env.BRAND_URL } : {}),
    },
    renderers,
    replyLinks,
    fallbackDelaySeconds: Number(requireEnv('FALLBACK_DELAY_SECONDS')),
  };

  const lambdaHandler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        const job = JSON.parse(record.body) as PlannedJob;
        logger.appendKeys(correlationKeys(job));
        await renderJob(job, deps);
      } catch (error) {
        logger.warn('planned message will be retried', {
          messageId: record.messageId,
          ...describeError(error),
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      } finally {
        logger.removeKeys([...CORRELATION_KEYS]);
      }
    }
    return { batchItemFailures };
  };

  return middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
}
