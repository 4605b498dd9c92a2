import type { DeliveryRecord } from '../domain/delivery-record.ts';
import {
  notificationFailedDetail,
  type StatusEventSelection,
  selectsStatusEvent,
  statusChangedDetail,
  statusEventKey,
  undeliverable,
} from '../domain/status-events.ts';
import type { BankEvents } from '../ports/events.ts';
import type { MessageOutcomes } from '../ports/message-ledger.ts';
import type { OutboundEventClaims } from '../ports/status-events.ts';

export interface PublishStatusDeps {
  events: BankEvents;
  claims: OutboundEventClaims;
  outcomes: MessageOutcomes;
  selection: StatusEventSelection;
  now: () => Date;
}

/** What one delivery record led to: the DetailTypes emitted for it (for the function's log). */
export type Published = ('Notification.StatusChanged' | 'Notification.Failed')[];

/** Unsent outcomes after which a message may have reached no channel at all. */
const UNSENT = new Set(['failed', 'suppressed']);

/** Claims the event, puts it on the bus, and gives the claim back if the bus refused it (so a retry emits it). */
async function emitOnce(
  deps: PublishStatusDeps,
  customerId: string,
  key: string,
  detailType: Published[number],
  detail: Record<string, unknown>,
): Promise<boolean> {
  if (!(await deps.claims.claim(customerId, key, deps.now()))) return false;
  try {
    await deps.events.emit(detailType, detail);
  } catch (error) {
    await deps.claims.release(customerId, key);
    throw error;
  }
  return true;
}

/**
 * Tells the bank what happened to a message, from one delivery record (the delivery log is the source):
 * 1. when the environment's selection publishes the record's status for its type and category, emits one
 *    `Notification.StatusChanged` per notification and status (claimed first: a record delivered again
 *    emits nothing more);
 * 2. when the record is a security or transactional message's `failed` or `suppressed`, reads the message's
 *    channels in the ledger; when every channel it was planned for failed or was suppressed, emits
 *    `Notification.Failed` once for the message, with each channel's outcome. A fallback still to come or
 *    one that was sent: nothing.
 */
export async function publishStatus(record: DeliveryRecord, deps: PublishStatusDeps): Promise<Published> {
  const published: Published = [];
  if (selectsStatusEvent(deps.selection, record)) {
    const emitted = await emitOnce(
      deps,
      record.customerId,
      `STATUS#${statusEventKey(record)}`,
      'Notification.StatusChanged',
      statusChangedDetail(record),
    );
    if (emitted) published.push('Notification.StatusChanged');
  }
  if (record.category === 'marketing' || !UNSENT.has(record.status)) return published;
  const message = await deps.outcomes.messageOf(record);
  const failure = message && undeliverable(record.category, message.channels);
  if (!message || !failure) return published;
  const emitted = await emitOnce(
    deps,
    record.customerId,
    `FAILED#${message.message}`,
    'Notification.Failed',
    notificationFailedDetail(record, failure),
  );
  if (emitted) published.push('Notification.Failed');
  return published;
}
