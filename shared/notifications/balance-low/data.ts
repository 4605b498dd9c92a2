// The data of `balance.low` (transactional): Balance.Changed below the customer's `lowBalance` threshold.
// Amounts are decimal strings with an ISO-4217 currency (event contract v1).
import * as v from 'valibot';

export const schema = v.object({
  /** Balance.Changed.accountId; messages show its last four characters only. */
  accountId: v.string(),
  /** Balance.Changed.balance. */
  balance: v.string(),
  /** AlertSettings.Changed.lowBalance.threshold (same currency as the balance). */
  threshold: v.string(),
  currency: v.string(),
});

export type BalanceLowData = v.InferOutput<typeof schema>;
