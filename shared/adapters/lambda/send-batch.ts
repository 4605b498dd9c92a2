import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type SendDeps, type SendOutcome, sendMessage } from '../../application/send-message.ts';
import { MESSAGE_JOB, messageJob } from '../../contract/internal/jobs.ts';
import { parseInternalJson } from '../../contract/internal/parse.ts';
import { PROVIDER_REQUEST_TIMEOUT_MS } from '../aws/provider-client.ts';
import { bodyCorrelation, CORRELATION_KEYS, correlationKeys } from './correlation.ts';
import { deadLetteredJobOfBody, giveUpOnJob, invalidJob } from './dead-letter-job.ts';
import { describeError } from './describe-error.ts';
import { isLastReceive } from './receive-count.ts';

/**
 * How long one attempt holds the right to call the provider. Longer than a sender's timeout, shorter than
 * its queue's visibility timeout: a job whose attempt died is retried after the lease has expired.
 */
export const SEND_LEASE_MS = 60_000;

/**
 * Outcomes after which SQS must keep the message: it is reported as a batch item failure, and SQS delivers
 * it again (or, after its last receive, moves it to the dead-letter queue). Every other outcome, waiting
 * included (the job is back on its queue as a new message), deletes it.
 */
const KEEP: ReadonlySet<SendOutcome> = new Set(['dead_lettered']);

/**
 * The time one job may need: a provider call at its longest, plus the ledger's reads and writes around it.
 * A job is only started while the invocation has at least this long left.
 */
export const JOB_TIME_BUDGET_MS = PROVIDER_REQUEST_TIMEOUT_MS + 2_000;

/**
 * Sends every job of an SQS batch; a job that must be tried again is reported as a batch item failure, so
 * one bad or throttled message never holds back the others. `maxReceiveCount` is the queue's: on a job's
 * last receive, a failure gives it up (recorded `failed`/`dead_lettered`) before SQS dead-letters it. A job
 * the invocation has no time left for (`remainingMs` under `JOB_TIME_BUDGET_MS`) is not started: it goes
 * back on its queue as a new message, so a slow provider never makes the function time out mid-batch (which
 * would redeliver the whole batch and count a receive against every job in it).
 */
export async function sendBatch(
  event: SQSEvent,
  deps: SendDeps,
  logger: Logger,
  maxReceiveCount: number,
  remainingMs: () => number = () => Number.POSITIVE_INFINITY,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    // Read with its schema: a body that is not a message job is retried alone and, on its last receive,
    // given up on with the reason naming the field; the rest of the batch goes on.
    const parsed = parseInternalJson(messageJob, record.body, MESSAGE_JOB);
    if (!parsed.ok) {
      logger.appendKeys(bodyCorrelation(record.body));
      logger.warn('message will be retried', { messageId: record.messageId, malformed: parsed.reason });
      const job = isLastReceive(record, maxReceiveCount) ? deadLetteredJobOfBody(record.body) : undefined;
      const keep = job ? await giveUpOnJob(job, deps, logger, invalidJob(parsed.reason)) : true;
      if (keep) batchItemFailures.push({ itemIdentifier: record.messageId });
      logger.removeKeys([...CORRELATION_KEYS]);
      continue;
    }
    const job = parsed.value;
    try {
      logger.appendKeys(correlationKeys(job));
      if (remainingMs() < JOB_TIME_BUDGET_MS) {
        await deps.queue.enqueue(job);
        logger.info('message put back: no time left in this invocation', {
          type: job.type,
          channel: job.channel,
        });
        continue;
      }
      const outcome = await sendMessage(job, deps, { last: isLastReceive(record, maxReceiveCount) });
      logger.info('message processed', { outcome, type: job.type, channel: job.channel });
      if (KEEP.has(outcome)) batchItemFailures.push({ itemIdentifier: record.messageId });
    } catch (error) {
      logger.warn('message will be retried', { messageId: record.messageId, ...describeError(error) });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    } finally {
      logger.removeKeys([...CORRELATION_KEYS]);
    }
  }
  return { batchItemFailures };
}
