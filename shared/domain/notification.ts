import { createHash } from 'node:crypto';
import type { Category, Channel } from './profile.ts';

/** What a trigger wants said to a customer; the pipeline turns it into zero or more messages. */
export interface Intent {
  type: string;
  category: Category;
  customerId: string;
  /** The bank event this intent comes from: the idempotency key. */
  eventId: string;
  occurredAt: string;
  /** The type's data, JSON-serializable, as its template reads it (see templates/data.ts). */
  data: Record<string, unknown>;
  /** Set by a journey's step: carried to every delivery record of the intent's messages. */
  /** When the message stops being worth sending, e.g. an offer's expiry (ISO-8601). */
  notAfter?: string;
  journey?: string;
  step?: string;
}

/** What names one message: the bank event, its recipient, the message type and the channel. */
export interface MessageKey {
  eventId: string;
  customerId: string;
  type: string;
  channel: Channel;
}

/**
 * Deterministic per bank event, recipient, type and channel, so retries and redrives name the same message
 * and no two customers' messages ever share one (one price tick notifies many customers).
 */
export function notificationIdFor(key: MessageKey): string {
  return createHash('sha256')
    .update(`${key.eventId}\u0000${key.customerId}\u0000${key.type}\u0000${key.channel}`)
    .digest('base64url')
    .slice(0, 22);
}
