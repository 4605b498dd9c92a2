import * as v from 'valibot';
import { cardLast4, currency, customerEventFields, id, objectOf, text } from '../common.ts';

/** Bank → Herald: The customer activated a card (ends the activation reminders). */
export const detailType = 'Card.Activated';
export const version = 1;
export const description = 'Bank → Herald. The customer activated a card (ends the activation reminders).';

export const schema = objectOf({
  ...customerEventFields,
  cardId: id,
  cardLast4,
  product: v.optional(text(100)),
  /** Optional: the card's ISO-4217 currency; offers and incentives about the card are in it. */
  currency: v.optional(currency),
});

export type CardActivated = v.InferOutput<typeof schema>;
