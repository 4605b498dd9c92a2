import { createHash } from 'node:crypto';
import type { MessageData, MessageType } from '../notifications/catalogue.ts';
import type { Category, Channel } from './profile.ts';

/**
 * What a trigger wants said to a customer; the pipeline turns it into zero or more messages. Typed by its
 * message type: `Intent<'balance.low'>` carries `balance.low`'s data (shared/notifications/balance-low/
 * data.ts), so a trigger that builds other data does not compile.
 */
export interface Intent<T extends MessageType = MessageType> {
  type: T;
  category: Category;
  customerId: string;
  /**
   * The bank event this intent comes from: the idempotency key. A journey's message carries the bank event
   * that started or moved the journey (Card.Issued for its welcome and reminders), so that the delivery
   * log follows a journey by the bank's eventId.
   */
  eventId: string;
  /**
   * Which of the event's messages of this type it is, when one event leads to several: a journey's step
   * (reminder 1 and reminder 2 of one Card.Issued), a reminder's date. Part of the message's identity
   * (notification id, ledger key, schedule, cap slot), never of its record. Absent: the event says it once.
   */
  occurrence?: string;
  occurredAt: string;
  /** The type's data, JSON-serializable, as its data.ts describes it (the render step checks it again). */
  data: MessageData[T];
  /** Set by a journey's step: carried to every delivery record of the intent's messages. */
  /** When the message stops being worth sending, e.g. an offer's expiry (ISO-8601). */
  notAfter?: string;
  journey?: string;
  step?: string;
}

/** An intent of one of the types `T`, type and data agreeing: what a trigger raising several types builds. */
export type OneOfIntents<T extends MessageType = MessageType> = { [K in T]: Intent<K> }[T];

/**
 * What names one message: the bank event, its recipient, the message type and the channel, and the
 * occurrence when the event says it more than once (a journey's steps).
 */
export interface MessageKey {
  eventId: string;
  customerId: string;
  type: string;
  channel: Channel;
  occurrence?: string | undefined;
}

/**
 * Deterministic per bank event, recipient, type, channel and occurrence, so retries and redrives name the
 * same message, no two customers' messages ever share one (one price tick notifies many customers), and
 * no two steps of one journey do (its reminders all come from the same Card.Issued).
 */
export function notificationIdFor(key: MessageKey): string {
  const occurrence = key.occurrence ? `\u0000${key.occurrence}` : '';
  return createHash('sha256')
    .update(`${key.eventId}\u0000${key.customerId}\u0000${key.type}\u0000${key.channel}${occurrence}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The bank event and the occurrence, as one key: what a message's decisions are counted under. */
export function occurrenceKey(key: Pick<MessageKey, 'eventId' | 'occurrence'>): string {
  return key.occurrence ? `${key.eventId}#${key.occurrence}` : key.eventId;
}
