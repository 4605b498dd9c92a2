import * as v from 'valibot';
import { cardLast4, customerEventFields, id, objectOf, text } from '../common.ts';

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
});

export type CardIssued = v.InferOutput<typeof schema>;
