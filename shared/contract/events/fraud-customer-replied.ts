import type * as v from 'valibot';
import { customerEventFields, id, objectOf, oneOf } from '../common.ts';

/** Herald → bank (Source `herald`): the customer answered a fraud check. */
export const detailType = 'Fraud.CustomerReplied';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). The customer answered the fraud check of a Fraud.Suspected case ' +
  '(genuine = it was me, fraud = not me), by link, SMS, WhatsApp or a Customer.Replied event.';

export const schema = objectOf({
  ...customerEventFields,
  caseId: id,
  answer: oneOf(['genuine', 'fraud']),
});

export type FraudCustomerReplied = v.InferOutput<typeof schema>;
