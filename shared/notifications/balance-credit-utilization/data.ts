// The data of `balance.credit_utilization` (transactional): credit used ≥ the customer's
// `creditUtilization.percent`.
import * as v from 'valibot';

export const schema = v.object({
  /** The bank's internal account identifier: never shown to the customer. */
  accountId: v.string(),
  /** The account's last four digits as the customer knows them (optional in the event): the only account digits a message shows. */
  accountLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  /** Credit in use, a positive amount (for a credit account the trigger derives it from Balance.Changed.balance). */
  used: v.string(),
  /** Balance.Changed.creditLimit. */
  creditLimit: v.string(),
  currency: v.string(),
  /** AlertSettings.Changed.creditUtilization.percent, e.g. "80". */
  thresholdPercent: v.string(),
});

export type BalanceCreditUtilizationData = v.InferOutput<typeof schema>;
