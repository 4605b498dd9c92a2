import { createHash } from 'node:crypto';
import { decideConsent } from './consent.ts';
import { addressFor, type Category, type Channel, type CustomerProfile } from './profile.ts';

/** What a trigger wants said to a customer; the pipeline turns it into zero or more messages. */
export interface Intent {
  type: string;
  category: Category;
  customerId: string;
  /** The bank event this intent comes from: the idempotency key. */
  eventId: string;
  occurredAt: string;
  data: Record<string, string>;
}

export type PlannedDelivery =
  | { channel: Channel; notificationId: string; decision: 'send'; address: string }
  | { channel: Channel; notificationId: string; decision: 'suppress'; reason: 'consent' | 'no_contact' };

const defaultChannels: Record<string, Channel[]> = {
  'balance.low': ['email', 'sms'],
};

/** Deterministic per bank event, type and channel, so retries and redrives name the same message. */
export function notificationIdFor(eventId: string, type: string, channel: Channel): string {
  return createHash('sha256')
    .update(`${eventId}\u0000${type}\u0000${channel}`)
    .digest('base64url')
    .slice(0, 22);
}

/** One entry per channel the message type uses: send (with the address) or suppress (with the reason). */
export function planDeliveries(profile: CustomerProfile, intent: Intent): PlannedDelivery[] {
  const channelsForType = defaultChannels[intent.type] ?? ['email'];
  return channelsForType.map((channel): PlannedDelivery => {
    const notificationId = notificationIdFor(intent.eventId, intent.type, channel);
    const address = addressFor(profile, channel);
    if (!address) return { channel, notificationId, decision: 'suppress', reason: 'no_contact' };
    const consent = decideConsent(profile, channel, intent.category);
    if (!consent.allowed) return { channel, notificationId, decision: 'suppress', reason: consent.reason };
    return { channel, notificationId, decision: 'send', address };
  });
}
