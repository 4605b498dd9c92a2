// The one way consent changes on the customer's own word (README "Consent customers can exercise"): an SMS
// or WhatsApp keyword, a one-click unsubscribe, the preference page, a provider's opt-out list. The bank's
// own Consent.Changed goes through update-profile.ts instead.
import {
  detailType as CONSENT_CHANGED_BY_CUSTOMER,
  type ConsentChangedByCustomer,
} from '../contract/events/consent-changed-by-customer.ts';
import {
  type CustomerConsentChange,
  consentChangedByCustomer,
  customerConsentEntries,
} from '../domain/customer-consent.ts';
import type { ProfileReader, ProfileWriter } from '../ports/customers.ts';
import type { BankEvents } from '../ports/events.ts';
import type { OutboundEventClaims } from '../ports/status-events.ts';

export type { CustomerConsentChange } from '../domain/customer-consent.ts';

export interface ChangeConsentDeps {
  profiles: ProfileReader;
  consents: Pick<ProfileWriter, 'setConsent'>;
  events: BankEvents;
  /** One Consent.ChangedByCustomer per ledger entry, however often the same act arrives. */
  claims: OutboundEventClaims;
  now: () => Date;
}

/**
 * `recorded`: each category's entry is in the ledger (`applied`: it is the consent in force now; false when
 * a later change, the bank's or the customer's, was applied already) and the bank was told.
 * `unknown_customer`: Herald has no profile (never sent, or erased): nothing is written, so an erased
 * customer's data is never rebuilt.
 */
export type ConsentChangeResult =
  | { outcome: 'recorded'; entries: { category: string; eventId: string; applied: boolean }[] }
  | { outcome: 'unknown_customer' };

/**
 * A consent change on the customer's word:
 * 1. the customer must be known: a profile, and the change after any erasure of theirs;
 * 2. one consent ledger entry per category, with the source and what caused it (`causedBy`), its id derived
 *    from them (customerConsentEventId): the same act writes the same entry again, never a second one; the
 *    entry becomes the consent in force unless a later one was applied (the ledger's usual order);
 * 3. Consent.ChangedByCustomer per entry on the Herald bus (Source `herald`, a DetailType no Herald rule
 *    routes), so the bank's records agree: claimed first, so a redelivered act emits nothing more; a failed
 *    PutEvents gives the claim back and throws, and the caller's retry emits it.
 */
export async function changeConsentOnCustomersWord(
  change: CustomerConsentChange,
  deps: ChangeConsentDeps,
): Promise<ConsentChangeResult> {
  // 1.
  const profile = await deps.profiles.get(change.customerId);
  if (!profile) return { outcome: 'unknown_customer' };
  if (profile.erasedAt && Date.parse(change.occurredAt) <= Date.parse(profile.erasedAt))
    return { outcome: 'unknown_customer' };
  // 2.
  const entries = customerConsentEntries(change);
  const applied: boolean[] = [];
  for (const entry of entries)
    applied.push((await deps.consents.setConsent(entry, deps.now())) === 'applied');
  // 3.
  for (const entry of entries) {
    const key = `consent:${entry.eventId}`;
    if (!(await deps.claims.claim(change.customerId, key, deps.now()))) continue;
    const detail: ConsentChangedByCustomer = consentChangedByCustomer({
      ...entry,
      source: change.source,
      causedBy: change.causedBy,
    });
    try {
      await deps.events.emit(CONSENT_CHANGED_BY_CUSTOMER, { ...detail });
    } catch (error) {
      await deps.claims.release(change.customerId, key);
      throw error;
    }
  }
  return {
    outcome: 'recorded',
    entries: entries.map((entry, i) => ({
      category: entry.category,
      eventId: entry.eventId,
      applied: applied[i] === true,
    })),
  };
}
