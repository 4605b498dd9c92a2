// The data of `price.alert` (transactional, the customer asked for it): Market.PriceTick crossing
// PriceAlert.Set levels.
import * as v from 'valibot';

export const schema = v.object({
  /** Market.PriceTick.symbol. */
  symbol: v.string(),
  /** Market.PriceTick.price: the price that crossed the alerts. */
  price: v.string(),
  currency: v.string(),
  /** PriceAlert.Set.direction of the alerts crossed: `above` when the price rose, `below` when it fell. */
  direction: v.picklist(['above', 'below']),
  /** PriceAlert.Set.price of each alert the tick crossed (at least one), in the order crossed. */
  alertPrices: v.pipe(v.array(v.string()), v.minLength(1)),
  /** Market.PriceTick.occurredAt. */
  occurredAt: v.string(),
});

export type PriceAlertData = v.InferOutput<typeof schema>;
