// The data of `balance.credit_utilization` (transactional): credit used ≥ the customer's
// `creditUtilization.percent`.
import * as v from 'valibot';

export const schema = v.object({
  accountId: v.string(),
  /** Credit in use, a positive amount (for a credit account the trigger derives it from Balance.Changed.balance). */
  used: v.string(),
  /** Balance.Changed.creditLimit. */
  creditLimit: v.string(),
  currency: v.string(),
  /** AlertSettings.Changed.creditUtilization.percent, e.g. "80". */
  thresholdPercent: v.string(),
});

export type BalanceCreditUtilizationData = v.InferOutput<typeof schema>;
