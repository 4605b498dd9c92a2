import type { Logger } from '@aws-lambda-powertools/logger';
import { type DeadLetteredJob, deadLetter, recordBase } from '../../application/send-message.ts';
import type { DeliveryLog, PlannedJob, SendLedger } from '../../ports/ports.ts';

export interface DeadLetterDeps {
  ledger: SendLedger;
  log: DeliveryLog;
  now: () => Date;
}

/**
 * A message job the function failed on its last receive (render, render-security, render-journeys,
 * defer): recorded `failed`/`dead_lettered` and marked in the ledger (`deadLetter`). Returns whether SQS
 * must keep the message, i.e. report it as a batch item failure so that the queue moves it to the job
 * dead-letter queue; a message sent, settled or erased meanwhile needs nothing more and is deleted.
 */
export async function giveUpOnJob(
  job: DeadLetteredJob,
  deps: DeadLetterDeps,
  logger: Logger,
): Promise<boolean> {
  const outcome = await deadLetter(job, deps);
  logger.warn('job given up on its last receive', { outcome, type: job.type, channel: job.channel });
  return outcome === 'dead_lettered' || outcome === 'undecided';
}

/**
 * Whether a queue message's body is a message job (planned or rendered) at all: only then can it be
 * recorded and marked; anything else is left to the dead-letter queue as it is.
 */
export function isJobLike<T extends { notificationId: string }>(value: unknown): value is T {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['notificationId', 'eventId', 'customerId', 'type', 'category', 'channel'].every(
    (name) => typeof fields[name] === 'string' && fields[name] !== '',
  );
}

/**
 * A planned message as a dead-lettered job: it was never written, so its record names the type and
 * channel as its template, without a language.
 */
export function plannedAsDeadLettered(job: PlannedJob): DeadLetteredJob {
  return recordBase({ ...job, template: `${job.type}/${job.channel}` });
}
