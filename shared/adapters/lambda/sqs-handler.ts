import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { MalformedMessageError } from '../../contract/internal/parse.ts';
import type { ParseResult } from '../../contract/validate.ts';
import { CORRELATION_KEYS } from './correlation.ts';
import { describeError } from './describe-error.ts';
import { isLastReceive } from './receive-count.ts';

/** What `run` returns when SQS must keep a message that did not fail (it is delivered again, or dead-lettered). */
export const KEEP = Symbol('keep the message');

/** Why a record failed: its body is not a job (`malformed`, naming the field), or its job failed (`error`). */
export type RecordFailure<T> =
  | { malformed: string; error: MalformedMessageError }
  | { job: T; error: unknown };

/** How a function takes the jobs of its queue, one record at a time. */
export interface SqsJobs<T> {
  /** What a job is called in log lines: `${what} will be retried`. */
  what: string;
  /** Reads a record with its queue's schema: the job, or why the body is not one (naming the field). */
  parse: (record: SQSRecord) => ParseResult<T>;
  /**
   * The correlation ids of a record's lines (correlation.ts), read from the body even when its schema
   * refuses it; appended before anything is logged about the record and removed after it.
   */
  ids: (record: SQSRecord, job: T | undefined) => Record<string, string | undefined>;
  /** The work. Throws to have the record retried; returns KEEP to have SQS keep it without an error. */
  run: (job: T, record: SQSRecord, context: Context | undefined) => Promise<unknown>;
  /**
   * On the last receive of a record that failed: gives it up (a `failed`/`dead_lettered` record, see
   * dead-letter-job.ts). Returns whether SQS must still keep it, so that the queue moves it to its
   * dead-letter queue. Without it, a failing record is kept on every receive.
   */
  giveUp?: (record: SQSRecord, failure: RecordFailure<T>) => Promise<boolean>;
  /** The queue's `maxReceiveCount` (receive-count.ts): when its last receive is. Needed with `giveUp`. */
  maxReceiveCount?: number;
}

/** Reported to the batch processor for a record SQS must keep; never logged as an error of its own. */
class KeptMessage extends Error {
  override readonly name = 'KeptMessage';
}

/**
 * Processes an SQS batch with Powertools' batch processor, one record after the other (the ids appended to
 * the logger are one record's at a time), and answers with a partial batch response: exactly the records
 * SQS must keep are reported, so one bad or failing message never holds back the others. A record whose
 * body its schema refuses is retried alone, like a job that fails; on its last receive `giveUp` decides.
 * A batch whose every record failed is answered the same way, never by failing the invocation.
 */
export async function processSqsBatch<T>(
  event: SQSEvent,
  jobs: SqsJobs<T>,
  logger: Logger,
  context?: Context,
): Promise<SQSBatchResponse> {
  const failed = async (record: SQSRecord, failure: RecordFailure<T>): Promise<void> => {
    logger.warn(`${jobs.what} will be retried`, {
      messageId: record.messageId,
      ...describeError(failure.error),
      ...('malformed' in failure ? { malformed: failure.malformed } : {}),
    });
    const last = jobs.giveUp && jobs.maxReceiveCount && isLastReceive(record, jobs.maxReceiveCount);
    if (last && !(await jobs.giveUp?.(record, failure))) return;
    throw new KeptMessage(record.messageId);
  };
  const handleRecord = async (record: SQSRecord): Promise<void> => {
    const parsed = jobs.parse(record);
    const ids = jobs.ids(record, parsed.ok ? parsed.value : undefined);
    logger.appendKeys(ids);
    try {
      if (!parsed.ok) {
        await failed(record, { malformed: parsed.reason, error: new MalformedMessageError(parsed.reason) });
        return;
      }
      let kept = false;
      try {
        kept = (await jobs.run(parsed.value, record, context)) === KEEP;
      } catch (error) {
        await failed(record, { job: parsed.value, error });
      }
      if (kept) throw new KeptMessage(record.messageId);
    } finally {
      logger.removeKeys([...new Set([...Object.keys(ids), ...CORRELATION_KEYS])]);
    }
  };
  // One processor per batch: a warm instance may be handed another batch before this one is answered.
  return processPartialResponse(event, handleRecord, new BatchProcessor(EventType.SQS), {
    ...(context ? { context } : {}),
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
}

/** The Lambda handler of a function that consumes an SQS queue (ReportBatchItemFailures), with its logger. */
export function sqsHandler<T>(jobs: SqsJobs<T>, logger: Logger) {
  return middy((event: SQSEvent, context: Context) => processSqsBatch(event, jobs, logger, context)).use(
    injectLambdaContext(logger, { clearState: true }),
  );
}
