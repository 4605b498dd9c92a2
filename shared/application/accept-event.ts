import { eventIdOf, rejectionKey } from '../domain/rejection.ts';
import type { DeliveryLog } from '../ports/delivery.ts';
import type { RejectionClaims } from '../ports/events.ts';
import type { DeadLetters } from '../ports/queues.ts';

/** The parts of an EventBridge event Herald reads. */
export interface BusEvent {
  id?: string;
  source: string;
  'detail-type': string;
  time?: string;
  detail: unknown;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface RejectDeps {
  deadLetters: DeadLetters;
  rejections: RejectionClaims;
  log: DeliveryLog;
  now: () => Date;
}

/**
 * Rejects an input Herald cannot act on, once, and returns normally (no function rejects by failing its
 * invocation):
 * 1. looks for the rejection's claim (a hash of Source, DetailType and eventId, or of the whole entry without
 *    an eventId): a Lambda retry, an EventBridge redelivery or a second function rejecting the same event
 *    finds it and stops here;
 * 2. keeps the whole event, with the reason, in the dead-letter queue for inspection and redrive;
 * 3. claims the rejection, and only the claimant
 * 4. writes the `rejected` record (no payload, so no personal data) to the delivery log.
 * The claim comes after the DLQ write, so that nothing can stop between a claim and its DLQ message: an
 * attempt that dies before step 3 leaves no claim, and its retry writes the DLQ message again. The price is
 * an extra copy in the DLQ when two deliveries race, or a retry follows such a death; the record is
 * written once either way.
 */
export async function rejectEvent(event: BusEvent, reason: string, deps: RejectDeps): Promise<void> {
  const eventId = eventIdOf(event.detail);
  const key = rejectionKey({ source: event.source, detailType: event['detail-type'], detail: event.detail });
  if (await deps.rejections.isClaimed(key)) return;
  await deps.deadLetters.reject({
    source: event.source,
    detailType: event['detail-type'],
    ...(eventId ? { eventId } : {}),
    reason,
    event,
  });
  const at = deps.now();
  if (!(await deps.rejections.claim(key, at))) return;
  deps.log.write({
    kind: 'rejected',
    v: 1,
    time: at.toISOString(),
    ...(eventId ? { eventId } : {}),
    source: event.source,
    detailType: event['detail-type'],
    reason,
  });
}

/** Validates the event's detail; on failure rejects it and returns undefined. */
export async function acceptEvent<T>(
  event: BusEvent,
  parse: (detail: unknown) => Parsed<T>,
  deps: RejectDeps,
): Promise<T | undefined> {
  const parsed = parse(event.detail);
  if (parsed.ok) return parsed.value;
  await rejectEvent(event, parsed.reason, deps);
  return undefined;
}
