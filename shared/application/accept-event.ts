import type { DeadLetters, DeliveryLog } from '../ports/ports.ts';

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
  log: DeliveryLog;
  now: () => Date;
}

function eventIdOf(detail: unknown): string | undefined {
  if (typeof detail === 'object' && detail !== null && 'eventId' in detail) {
    const id = (detail as { eventId: unknown }).eventId;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return undefined;
}

/**
 * Rejects an input Herald cannot act on:
 * 1. writes a `rejected` record (no payload, so no personal data) to the delivery log;
 * 2. keeps the whole event, with the reason, in the dead-letter queue for inspection and redrive.
 */
export async function rejectEvent(event: BusEvent, reason: string, deps: RejectDeps): Promise<void> {
  const eventId = eventIdOf(event.detail);
  deps.log.write({
    kind: 'rejected',
    v: 1,
    time: deps.now().toISOString(),
    ...(eventId ? { eventId } : {}),
    source: event.source,
    detailType: event['detail-type'],
    reason,
  });
  await deps.deadLetters.reject({
    source: event.source,
    detailType: event['detail-type'],
    ...(eventId ? { eventId } : {}),
    reason,
    event,
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
