import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type DeadLetteredJob,
  type DeadLetterOutcome,
  deadLetter,
  deadLetterMessage,
  recordBase,
} from '../../application/send-message.ts';
import { jobIdentity, MESSAGE_JOB, messageJob } from '../../contract/internal/jobs.ts';
import { parseInternalJson } from '../../contract/internal/parse.ts';
import type { DeliveryLog } from '../../ports/delivery.ts';
import type { SendLedger } from '../../ports/message-ledger.ts';
import type { JobQueue, MessageJob } from '../../ports/queues.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import type { DeferredJob } from '../scheduler/job-scheduler.ts';
import { describeError } from './describe-error.ts';
import { systemNow } from './env.ts';
import type { RecordFailure } from './sqs-handler.ts';

export interface DeadLetterDeps {
  ledger: SendLedger;
  log: DeliveryLog;
  now: () => Date;
}

/** What a function that gives up on jobs needs: the message ledger on its table, the delivery log, the clock. */
export const deadLetterDeps = (dynamodb: DynamoDBClient, tableName: string): DeadLetterDeps => ({
  ledger: new DynamoDbMessageLedger(dynamodb, tableName),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
});

/**
 * A message job the function failed on its last receive (render, render-security, defer): recorded `failed`/`dead_lettered` and marked in the ledger (`deadLetter`). Returns whether SQS
 * must keep the message, i.e. report it as a batch item failure so that the queue moves it to the job
 * dead-letter queue; a message sent, settled or erased meanwhile needs nothing more and is deleted. When
 * recording fails, the message is kept too (with an error line), so nothing is lost.
 */
export async function giveUpOnJob(
  job: DeadLetteredJob,
  deps: DeadLetterDeps,
  logger: Logger,
  /**
   * Why, when the job itself is at fault rather than its sending: `invalidJob(…)` for a body its queue's
   * schema refuses, `invalid_data: …` for data its type's schema refuses. The `failed` record's reason
   * instead of `dead_lettered`, and the log line's `malformed`.
   */
  malformed?: string,
): Promise<boolean> {
  return keepAfter(() => deadLetter(job, deps, malformed), job, logger, malformed);
}

/**
 * A written message's job (its body a message job) given up on by a function that is not its sender
 * (defer): as giveUpOnJob, and when that leaves the message failed for good, its next channel's job is
 * queued on `queue` (deadLetterMessage), so the fallback goes as it would after its sender gave up.
 */
export function giveUpOnMessage(
  job: MessageJob,
  deps: DeadLetterDeps & { queue: JobQueue },
  logger: Logger,
): Promise<boolean> {
  return keepAfter(() => deadLetterMessage(job, deps), job, logger);
}

/** Runs the dead-lettering, logs its outcome, and says whether SQS must keep the message (giveUpOnJob). */
async function keepAfter(
  deadLettering: () => Promise<DeadLetterOutcome>,
  job: Pick<DeadLetteredJob, 'type' | 'channel'>,
  logger: Logger,
  malformed?: string,
): Promise<boolean> {
  try {
    const outcome = await deadLettering();
    logger.warn('job given up on its last receive', {
      outcome,
      type: job.type,
      channel: job.channel,
      ...(malformed ? { malformed } : {}),
    });
    return outcome === 'dead_lettered' || outcome === 'undecided';
  } catch (failure) {
    logger.error('could not record the dead-lettered job', describeError(failure));
    return true;
  }
}

/**
 * A deferred job the defer function failed on its last receive: a held message is given up on like any
 * message job (`invalid_job: …` when its body or attributes are not a deferred job); a wake-up is not a
 * message: it is kept for the job dead-letter queue, with an error line. True when SQS must keep it.
 */
export async function giveUpDeferredJob(
  body: string,
  failure: RecordFailure<DeferredJob>,
  deps: DeadLetterDeps & { fallbacksAfter: (notBefore: Date | undefined) => JobQueue },
  logger: Logger,
): Promise<boolean> {
  const job = 'job' in failure ? failure.job : undefined;
  if (job?.target === 'due') {
    logger.error('wake-up given up on its last receive: kept in the job dead-letter queue for redrive');
    return true;
  }
  // A held message is given up on as a sender gives up on it, its fallback (if any) scheduled onto the next
  // channel's queue, its delay after the quiet hours end.
  const held = job && parseInternalJson(messageJob, body, MESSAGE_JOB);
  if (job && held?.ok)
    return giveUpOnMessage(held.value, { ...deps, queue: deps.fallbacksAfter(job.notBefore) }, logger);
  const message = deadLetteredJobOfBody(body);
  const malformed = 'malformed' in failure ? invalidJob(failure.malformed) : undefined;
  return message ? giveUpOnJob(message, deps, logger, malformed) : true;
}

/** The `failed` record's reason for a job whose body its queue's schema refuses (`problem` names the field). */
export const invalidJob = (problem: string): string => `invalid_job: ${problem}`;

/**
 * A job given up on as its record and ledger key: what the queue message's body says of its message, read with
 * the identity schema only (shared/contract/internal/jobs.ts `jobIdentity`), so that a job its full
 * schema refuses is recorded too. Its template and language are the rendered message's; a planned
 * message, never written, names its type and channel as its template and the customer's language; a job
 * that names neither has the undetermined language `und`. Undefined when the body does not even name its
 * message (no notificationId, eventId, customerId, type, category or channel): that is left to the
 * dead-letter queue as it is.
 */
export function deadLetteredJobOfBody(body: string): DeadLetteredJob | undefined {
  const parsed = parseInternalJson(jobIdentity, body, 'job');
  if (!parsed.ok) return undefined;
  const { message, locale, occurrence, fallbackAfter, ...identity } = parsed.value;
  return {
    ...recordBase({
      ...identity,
      locale: message?.locale ?? locale ?? 'und',
      template: message?.template ?? `${identity.type}/${identity.channel}`,
    }),
    // Not in its record, but in its ledger key, and what its fallback turn depends on.
    ...(occurrence ? { occurrence } : {}),
    ...(fallbackAfter?.length ? { fallbackAfter } : {}),
  };
}
