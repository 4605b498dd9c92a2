// The data of `loan.preapproved` (marketing): Loan.PreApproved. Never rendered after `expiresAt` (the
// trigger checks).
import * as v from 'valibot';

export const schema = v.object({
  offerId: v.string(),
  amount: v.string(),
  currency: v.string(),
  expiresAt: v.string(),
  /**
   * The bank's representative example in the offer's currency (shared/domain/loan-offers.ts). Absent only
   * on an offer decided to be suppressed (no example in its currency); format() refuses to write one.
   */
  representativeExample: v.optional(
    v.object({
      apr: v.string(),
      interestRate: v.string(),
      termMonths: v.string(),
      borrowed: v.string(),
      monthlyRepayment: v.string(),
      totalPayable: v.string(),
    }),
  ),
  /** Link to the offer; defaults to the offer's page on the bank's site. */
  offerUrl: v.optional(v.string()),
  /** One-click unsubscribe link (footer and List-Unsubscribe header); defaults to the brand's preferences. */
  unsubscribeUrl: v.optional(v.string()),
});

export type LoanPreapprovedData = v.InferOutput<typeof schema>;
