// A consent change on the customer's own word, as the consent-link endpoint asks for it: the one use case
// that records it in the consent ledger and tells the bank (an outbound event on the Herald bus).

/** The sources of changes the consent links make. */
export type CustomerConsentSource = 'one_click_unsubscribe' | 'preference_page';

export interface CustomerConsentChange {
  customerId: string;
  channel: 'email' | 'sms' | 'push' | 'whatsapp';
  category: 'transactional' | 'marketing';
  granted: boolean;
  source: CustomerConsentSource;
  /** What the customer did, as an id: the same act gives the same id (the link's or the form's). */
  causedBy: string;
  /** When (ISO-8601 with offset). */
  occurredAt: string;
}

export interface CustomerConsent {
  /** `unknown_customer`: Herald has no profile of the customer (never sent, or erased); nothing changes. */
  change(change: CustomerConsentChange): Promise<'recorded' | 'unknown_customer'>;
}
