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
  journey?: string;
  step?: string;
}

/** Deterministic per bank event, type and channel, so retries and redrives name the same message. */
export function notificationIdFor(eventId: string, type: string, channel: Channel): string {
  return createHash('sha256')
    .update(`${eventId}\u0000${type}\u0000${channel}`)
    .digest('base64url')
    .slice(0, 22);
}
