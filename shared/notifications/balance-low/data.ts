// The data of `balance.low` (transactional): Balance.Changed below the customer's `lowBalance` threshold.
// Amounts are decimal strings with an ISO-4217 currency (event contract v1).
import * as v from 'valibot';

export const schema = v.object({
  /** The bank's internal account identifier: never shown to the customer. */
  accountId: v.string(),
  /** The account's last four digits as the customer knows them (optional in the event): the only account digits a message shows. */
  accountLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  /** Balance.Changed.balance. */
  balance: v.string(),
  /** AlertSettings.Changed.lowBalance.threshold (same currency as the balance). */
  threshold: v.string(),
  currency: v.string(),
});

export type BalanceLowData = v.InferOutput<typeof schema>;
