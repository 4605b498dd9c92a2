import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type DeadLetteredJob, deadLetter, recordBase } from '../../application/send-message.ts';
import type { DeliveryLog, PlannedJob, SendLedger } from '../../ports/ports.ts';
import { DynamoDbSendLedger } from '../dynamodb/send-ledger.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import { describeError } from './describe-error.ts';
import { systemNow } from './env.ts';

export interface DeadLetterDeps {
  ledger: SendLedger;
  log: DeliveryLog;
  now: () => Date;
}

/** What a function that gives up on jobs needs: the message ledger on its table, the delivery log, the clock. */
export const deadLetterDeps = (dynamodb: DynamoDBClient, tableName: string): DeadLetterDeps => ({
  ledger: new DynamoDbSendLedger(dynamodb, tableName),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
});

/**
 * A message job the function failed on its last receive (render, render-security, render-journeys,
 * defer): recorded `failed`/`dead_lettered` and marked in the ledger (`deadLetter`). Returns whether SQS
 * must keep the message, i.e. report it as a batch item failure so that the queue moves it to the job
 * dead-letter queue; a message sent, settled or erased meanwhile needs nothing more and is deleted. When
 * recording fails, the message is kept too (with an error line), so nothing is lost.
 */
export async function giveUpOnJob(
  job: DeadLetteredJob,
  deps: DeadLetterDeps,
  logger: Logger,
  /** The `failed` record's reason when the failure says more than `dead_lettered` (malformed data). */
  reason?: string,
): Promise<boolean> {
  try {
    const outcome = await deadLetter(job, deps, reason);
    logger.warn('job given up on its last receive', { outcome, type: job.type, channel: job.channel });
    return outcome === 'dead_lettered' || outcome === 'undecided';
  } catch (failure) {
    logger.error('could not record the dead-lettered job', describeError(failure));
    return true;
  }
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
