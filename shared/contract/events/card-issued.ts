import * as v from 'valibot';
import { cardLast4, currency, customerEventFields, id, objectOf, text } from '../common.ts';

/** Bank → Herald: A card was issued to the customer (starts the card activation journey). */
export const detailType = 'Card.Issued';
export const version = 1;
export const description =
  'Bank → Herald. A card was issued to the customer (starts the card activation journey).';

export const schema = objectOf({
  ...customerEventFields,
  cardId: id,
  cardLast4,
  product: v.optional(text(100)),
  /** Optional: the card's ISO-4217 currency; offers and incentives about the card are in it. */
  currency: v.optional(currency),
});

export type CardIssued = v.InferOutput<typeof schema>;
