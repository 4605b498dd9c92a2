import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type SendDeps, type SendOutcome, sendMessage } from '../../application/send-message.ts';
import { MESSAGE_JOB, type MessageJob, messageJob } from '../../contract/internal/jobs.ts';
import { parseInternalJson } from '../../contract/internal/parse.ts';
import { PROVIDER_REQUEST_TIMEOUT_MS } from '../aws/provider-client.ts';
import { bodyCorrelation, correlationKeys } from './correlation.ts';
import { deadLetteredJobOfBody, giveUpOnJob, invalidJob } from './dead-letter-job.ts';
import { isLastReceive } from './receive-count.ts';
import { KEEP, processSqsBatch, type SqsJobs } from './sqs-handler.ts';

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
const KEEP_OUTCOMES: ReadonlySet<SendOutcome> = new Set(['dead_lettered']);

/**
 * The time one job may need: a provider call at its longest, plus the ledger's reads and writes around it.
 * A job is only started while the invocation has at least this long left.
 */
export const JOB_TIME_BUDGET_MS = PROVIDER_REQUEST_TIMEOUT_MS + 2_000;

/**
 * Sends every job of an SQS batch (sqs-handler.ts); a job that must be tried again is reported as a batch
 * item failure, so one bad or throttled message never holds back the others. `maxReceiveCount` is the
 * queue's: on a job's last receive, a failure gives it up (recorded `failed`/`dead_lettered`) before SQS
 * dead-letters it; a body that is not a message job is retried alone and, on its last receive, given up on
 * with the reason naming the field. A job the invocation has no time left for (`remainingMs` under
 * `JOB_TIME_BUDGET_MS`) is not started: it goes back on its queue as a new message, so a slow provider never
 * makes the function time out mid-batch (which would redeliver the whole batch and count a receive against
 * every job in it).
 */
export function sendBatch(
  event: SQSEvent,
  deps: SendDeps,
  logger: Logger,
  maxReceiveCount: number,
  remainingMs: () => number = () => Number.POSITIVE_INFINITY,
): Promise<SQSBatchResponse> {
  return processSqsBatch(event, sendJobs(deps, logger, maxReceiveCount, remainingMs), logger);
}

/** A sender's jobs: `sendMessage` each, at most once, with its queue's last receive and the time left. */
export function sendJobs(
  deps: SendDeps,
  logger: Logger,
  maxReceiveCount: number,
  remainingMs: (context: Context | undefined) => number,
): SqsJobs<MessageJob> {
  return {
    what: 'message',
    parse: (record) => parseInternalJson(messageJob, record.body, MESSAGE_JOB),
    ids: (record, job) => (job ? correlationKeys(job) : bodyCorrelation(record.body)),
    run: async (job, record, context) => {
      if (remainingMs(context) < JOB_TIME_BUDGET_MS) {
        await deps.queue.enqueue(job);
        logger.info('message put back: no time left in this invocation', {
          type: job.type,
          channel: job.channel,
        });
        return;
      }
      const outcome = await sendMessage(job, deps, { last: isLastReceive(record, maxReceiveCount) });
      logger.info('message processed', { outcome, type: job.type, channel: job.channel });
      return KEEP_OUTCOMES.has(outcome) ? KEEP : undefined;
    },
    // sendMessage gives a job up itself on its last receive; here only a body that is no message job.
    giveUp: async (record, failure) => {
      if (!('malformed' in failure)) return true;
      const job = deadLetteredJobOfBody(record.body);
      return job ? giveUpOnJob(job, deps, logger, invalidJob(failure.malformed)) : true;
    },
    maxReceiveCount,
  };
}
