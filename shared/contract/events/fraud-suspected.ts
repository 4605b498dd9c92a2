import * as v from 'valibot';
import {
  amount,
  cardLast4,
  currency,
  customerEventFields,
  dateTime,
  expected,
  id,
  listOf,
  objectOf,
  text,
} from '../common.ts';

/** Bank → Herald: the bank suspects fraud on a card and asks the customer to confirm. */
export const detailType = 'Fraud.Suspected';
export const version = 1;
export const description =
  'Bank → Herald. The bank suspects fraud on a card: Herald asks the customer YES/NO; NO or no answer by the ' +
  'deadline emits Card.HoldRequested.';

export const schema = objectOf({
  ...customerEventFields,
  caseId: id,
  cardId: id,
  cardLast4,
  transactions: listOf(
    objectOf({
      amount,
      currency,
      merchant: text(200),
      occurredAt: dateTime,
    }),
    50,
  ),
  riskScore: v.pipe(
    v.number(expected('a number from 0 to 1')),
    v.minValue(0, 'must be from 0 to 1'),
    v.maxValue(1, 'must be from 0 to 1'),
  ),
});

export type FraudSuspected = v.InferOutput<typeof schema>;
