import type * as v from 'valibot';
import { amount, currency, customerEventFields, id, objectOf, oneOf, symbol } from '../common.ts';

/** Bank → Herald: A customer set a price alert on a market symbol (price crossing above or below a level). */
export const detailType = 'PriceAlert.Set';
export const version = 1;
export const description =
  'Bank → Herald. A customer set a price alert on a market symbol (price crossing above or below a level).';

export const schema = objectOf({
  ...customerEventFields,
  alertId: id,
  symbol,
  direction: oneOf(['above', 'below']),
  price: amount,
  currency,
});

export type PriceAlertSet = v.InferOutput<typeof schema>;
