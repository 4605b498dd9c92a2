// What the consent-link endpoint keeps: which unsubscribe links were used (each withdraws once), and the
// value issued for each preference page form (each is sent once). Both under the customer's key, so that
// erasure removes them, and both expire.

export interface ConsentLinkUses {
  /** Whether the link `linkId` of the customer was used already. */
  used(customerId: string, linkId: string): Promise<boolean>;
  /** Records that the link was used; kept until the link itself expires (epoch seconds). */
  markUsed(customerId: string, linkId: string, expiresAt: number): Promise<void>;
  /** Keeps the value issued for one preference page form opened with the link `linkId`, until `expiresAt`. */
  issueForm(customerId: string, linkId: string, formValue: string, expiresAt: number): Promise<void>;
  /**
   * Takes a form's value, once: true when it was issued for this customer and link, has not expired at
   * `now` and was not taken before (the one call that gets true removes it).
   */
  takeForm(customerId: string, linkId: string, formValue: string, now: Date): Promise<boolean>;
}
