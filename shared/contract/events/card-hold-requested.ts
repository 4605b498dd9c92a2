import type * as v from 'valibot';
import { customerEventFields, id, objectOf, oneOf } from '../common.ts';

/** Herald → bank (Source `herald`): please put a hold on the card of a suspected-fraud case. */
export const detailType = 'Card.HoldRequested';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). Put a hold on the card of a Fraud.Suspected case: the customer answered ' +
  '"fraud" (customer_reported_fraud) or did not answer by the deadline (no_reply_by_deadline).';

export const schema = objectOf({
  ...customerEventFields,
  cardId: id,
  caseId: id,
  reason: oneOf(['customer_reported_fraud', 'no_reply_by_deadline']),
});

export type CardHoldRequested = v.InferOutput<typeof schema>;
