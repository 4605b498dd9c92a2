import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MalformedJobError, renderJob } from '../../application/render-job.ts';
import { PLANNED_JOB, type PlannedJob, plannedJob } from '../../contract/internal/jobs.ts';
import { parseInternalJson } from '../../contract/internal/parse.ts';
import type { ReplyLinkDeps } from '../../domain/reply-link.ts';
import type { RendererTable } from '../../domain/templates/type-renderer.ts';
import { consentLinksFromEnv } from '../kms/consent-links.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { channelQueueUrlsFromEnv } from './channel-queues.ts';
import { bodyCorrelation } from './correlation.ts';
import {
  type DeadLetterDeps,
  deadLetterDeps,
  deadLetteredJobOfBody,
  giveUpOnJob,
  invalidJob,
} from './dead-letter-job.ts';
import { requireEnv } from './env.ts';
import { maxReceiveCountFromEnv } from './receive-count.ts';
import { processSqsBatch, type RecordFailure, type SqsJobs, sqsHandler } from './sqs-handler.ts';

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
    // Every e-mail's preference page link and a marketing e-mail's unsubscribe link, signed per recipient.
    consentLinks: consentLinksFromEnv(),
    fallbackDelaySeconds: Number(requireEnv('FALLBACK_DELAY_SECONDS')),
  };

  return sqsHandler(renderJobs(deps, deadLetters, logger, maxReceiveCount), logger);
}

/**
 * Renders every planned message of an SQS batch (sqs-handler.ts). Each is read with its schema: one that is
 * not a planned message fails, naming the field, like one that cannot be rendered; it is retried alone, and
 * on its last receive (`maxReceiveCount`) given up on. The rest of the batch goes on either way.
 */
export function renderBatch(
  event: SQSEvent,
  deps: Parameters<typeof renderJob>[1],
  deadLetters: DeadLetterDeps,
  logger: Logger,
  maxReceiveCount: number,
): Promise<SQSBatchResponse> {
  return processSqsBatch(event, renderJobs(deps, deadLetters, logger, maxReceiveCount), logger);
}

/** A render function's jobs: each planned message rendered and queued, given up on its last receive. */
function renderJobs(
  deps: Parameters<typeof renderJob>[1],
  deadLetters: DeadLetterDeps,
  logger: Logger,
  maxReceiveCount: number,
): SqsJobs<PlannedJob> {
  return {
    what: 'planned message',
    parse: (record) => parseInternalJson(plannedJob, record.body, PLANNED_JOB),
    ids: (record) => bodyCorrelation(record.body),
    run: (job) => renderJob(job, deps),
    giveUp: async (record, failure) => {
      const job = deadLetteredJobOfBody(record.body);
      return job ? giveUpOnJob(job, deadLetters, logger, malformedReason(failure)) : true;
    },
    maxReceiveCount,
  };
}

/** What is wrong with a planned message that failed, if it is the message itself (see giveUpOnJob). */
function malformedReason(failure: RecordFailure<PlannedJob>): string | undefined {
  if ('malformed' in failure) return invalidJob(failure.malformed);
  return failure.error instanceof MalformedJobError ? failure.error.reason : undefined;
}
