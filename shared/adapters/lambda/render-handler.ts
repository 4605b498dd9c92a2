import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MalformedJobError, renderJob } from '../../application/render-job.ts';
import type { ReplyLinkDeps } from '../../domain/reply-link.ts';
import type { RendererTable } from '../../domain/templates/type-renderer.ts';
import type { PlannedJob } from '../../ports/ports.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { CORRELATION_KEYS, correlationKeys } from './correlation.ts';
import { deadLetterDeps, giveUpOnJob, isJobLike, plannedAsDeadLettered } from './dead-letter-job.ts';
import { describeError } from './describe-error.ts';
import { requireEnv } from './env.ts';
import { isLastReceive, maxReceiveCountFromEnv } from './receive-count.ts';

/**
 * A render function: each planned message of an SQS batch written in the customer's language and queued
 * for its channel (or, in quiet hours, for the defer function); a message that fails is retried alone,
 * and on its last receive given up on: recorded `failed`/`dead_lettered` (`invalid_data: …`, naming the type
 * and the field, when its data does not fit its type's schema), marked so in the message ledger, and left
 * for the queue to move to the job dead-letter queue.
 * Each render function passes its generated table (shared/notifications/tables/<function>.ts): the types
 * whose definition names it.
 */
export function renderHandler(renderers: RendererTable, replyLinks?: ReplyLinkDeps) {
  const logger = new Logger();
  const maxReceiveCount = maxReceiveCountFromEnv();
  const deadLetters = deadLetterDeps(new DynamoDBClient({}), requireEnv('TABLE_NAME'));
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
      let job: PlannedJob | undefined;
      try {
        job = JSON.parse(record.body) as PlannedJob;
        logger.appendKeys(correlationKeys(job));
        await renderJob(job, deps);
      } catch (error) {
        logger.warn('planned message will be retried', {
          messageId: record.messageId,
          ...describeError(error),
        });
        const keep =
          isJobLike<PlannedJob>(job) && isLastReceive(record, maxReceiveCount)
            ? await giveUpOnJob(
                plannedAsDeadLettered(job),
                deadLetters,
                logger,
                error instanceof MalformedJobError ? error.reason : undefined,
              )
            : true;
        if (keep) batchItemFailures.push({ itemIdentifier: record.messageId });
      } finally {
        logger.removeKeys([...CORRELATION_KEYS]);
      }
    }
    return { batchItemFailures };
  };

  return middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
}
