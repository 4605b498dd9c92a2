// The data of `card_activation.offers` (marketing): the card is active.
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
});

export type CardActivationOffersData = v.InferOutput<typeof schema>;
