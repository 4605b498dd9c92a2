import type * as v from 'valibot';
import { amount, currency, eventFields, objectOf, symbol } from '../common.ts';

/** Bank → Herald: a market price; not about a customer, so no customerId. */
export const detailType = 'Market.PriceTick';
export const version = 1;
export const description =
  'Bank → Herald. A market price for a symbol (no customerId); notifies the customers whose price alerts it crosses.';

export const schema = objectOf({
  ...eventFields,
  symbol,
  price: amount,
  currency,
});

export type MarketPriceTick = v.InferOutput<typeof schema>;
