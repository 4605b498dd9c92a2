import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MalformedJobError, renderJob } from '../../application/render-job.ts';
import { PLANNED_JOB, plannedJob } from '../../contract/internal/jobs.ts';
import { parseInternalJson, valueOrThrow } from '../../contract/internal/parse.ts';
import type { ReplyLinkDeps } from '../../domain/reply-link.ts';
import type { RendererTable } from '../../domain/templates/type-renderer.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { channelQueueUrlsFromEnv } from './channel-queues.ts';
import { bodyCorrelation, CORRELATION_KEYS } from './correlation.ts';
import {
  type DeadLetterDeps,
  deadLetterDeps,
  deadLetteredJobOfBody,
  giveUpOnJob,
  invalidJob,
} from './dead-letter-job.ts';
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
    queue: new SqsJobQueue(new SQSClient({}), channelQueueUrlsFromEnv(), requireEnv('DEFER_QUEUE_URL')),
    brand: {
      name: requireEnv('BRAND_NAME'),
      ...(process.env.BRAND_URL ? { url: process.env.BRAND_URL } : {}),
    },
    renderers,
    replyLinks,
    fallbackDelaySeconds: Number(requireEnv('FALLBACK_DELAY_SECONDS')),
  };

  const lambdaHandler = (event: SQSEvent): Promise<SQSBatchResponse> =>
    renderBatch(event, deps, deadLetters, logger, maxReceiveCount);

  return middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
}

/**
 * Renders every planned message of an SQS batch. Each is read with its schema: one that is not a planned
 * message fails, naming the field, like one that cannot be rendered; it is retried alone, and on its last
 * receive (`maxReceiveCount`) given up on. The rest of the batch goes on either way.
 */
export async function renderBatch(
  event: SQSEvent,
  deps: Parameters<typeof renderJob>[1],
  deadLetters: DeadLetterDeps,
  logger: Logger,
  maxReceiveCount: number,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const parsed = parseInternalJson(plannedJob, record.body, PLANNED_JOB);
    try {
      logger.appendKeys(bodyCorrelation(record.body));
      await renderJob(valueOrThrow(parsed), deps);
    } catch (error) {
      logger.warn('planned message will be retried', {
        messageId: record.messageId,
        ...describeError(error),
      });
      const job = isLastReceive(record, maxReceiveCount) ? deadLetteredJobOfBody(record.body) : undefined;
      const keep = job ? await giveUpOnJob(job, deadLetters, logger, malformedReason(parsed, error)) : true;
      if (keep) batchItemFailures.push({ itemIdentifier: record.messageId });
    } finally {
      logger.removeKeys([...CORRELATION_KEYS]);
    }
  }
  return { batchItemFailures };
}

/** What is wrong with a planned message that failed, if it is the message itself (see giveUpOnJob). */
function malformedReason(parsed: { ok: true } | { ok: false; reason: string }, error: unknown) {
  if (!parsed.ok) return invalidJob(parsed.reason);
  return error instanceof MalformedJobError ? error.reason : undefined;
}
