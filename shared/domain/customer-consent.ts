// Consent changes on the customer's own word (an SMS or WhatsApp keyword, a one-click unsubscribe, the
// preference page, a provider's opt-out list): the ledger entries one change makes and the event that tells
// the bank. Pure; shared/application/change-consent.ts applies them.
import { createHash } from 'node:crypto';
import type {
  ConsentChangedByCustomer,
  CustomerConsentSource,
} from '../contract/events/consent-changed-by-customer.ts';
import type { ConsentCategory, ConsentLedgerEntry } from './policy/consent-ledger.ts';
import type { Channel } from './profile.ts';

/** What the customer said, on which channel, about which categories, and what they did to say it. */
export interface CustomerConsentChange {
  customerId: string;
  channel: Channel;
  /** The categories the word covers: SMS STOP covers transactional and marketing, an unsubscribe marketing. */
  categories: readonly ConsentCategory[];
  granted: boolean;
  source: CustomerConsentSource;
  /**
   * What the customer did, as an id: the inbound SMS or WhatsApp message id, the unsubscribe or preference
   * link id, the notificationId of the send the provider refused. The same act gives the same ids.
   */
  causedBy: string;
  /** When the customer said it (ISO-8601 with an offset). */
  occurredAt: string;
}

/**
 * The id of the ledger entry and of its Consent.ChangedByCustomer: derived from what caused it, so a
 * redelivered reply or a second POST of the same link writes the same entry and names the same event.
 */
export function customerConsentEventId(
  change: Pick<CustomerConsentChange, 'customerId' | 'channel' | 'granted' | 'source' | 'causedBy'>,
  category: ConsentCategory,
): string {
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        change.customerId,
        change.source,
        change.causedBy,
        change.channel,
        category,
        change.granted,
      ]),
    )
    .digest('base64url')
    .slice(0, 32);
  return `herald-consent-${digest}`;
}

/** One ledger entry per category the change covers (duplicates named once). */
export function customerConsentEntries(change: CustomerConsentChange): ConsentLedgerEntry[] {
  return [...new Set(change.categories)].map((category) => ({
    customerId: change.customerId,
    channel: change.channel,
    category,
    granted: change.granted,
    source: change.source,
    occurredAt: change.occurredAt,
    eventId: customerConsentEventId(change, category),
    causedBy: change.causedBy,
  }));
}

/** The Consent.ChangedByCustomer detail of one ledger entry a customer's change made. */
export function consentChangedByCustomer(
  entry: ConsentLedgerEntry & { source: CustomerConsentSource; causedBy: string },
): ConsentChangedByCustomer {
  const { eventId, customerId, occurredAt, channel, category, granted, source, causedBy } = entry;
  return { eventId, customerId, occurredAt, channel, category, granted, source, causedBy };
}
