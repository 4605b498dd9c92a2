// The data of `card_activation.incentive` (marketing): spend `spendAmount` within `spendWithinDays`,
// first-year fee waived.
// Every link (activate, app, wallet, offer) is on the bank's site (`brand.url`) unless given.
import * as v from 'valibot';

export const schema = v.object({
  /** Card.Issued.cardLast4. */
  cardLast4: v.string(),
  /** Card.Issued.product, when the bank names it. */
  product: v.optional(v.string()),
  /** The e-mail's call to action; defaults to a page under the brand's link. */
  url: v.optional(v.string()),
  /** Marketing types (offers, nudge, incentive): the one-click unsubscribe link. */
  unsubscribeUrl: v.optional(v.string()),
  spendAmount: v.string(),
  currency: v.string(),
  spendWithinDays: v.string(),
});

export type CardActivationIncentiveData = v.InferOutput<typeof schema>;
