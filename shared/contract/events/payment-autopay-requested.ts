import type * as v from 'valibot';
import { channel, customerEventFields, id, objectOf } from '../common.ts';

/** Herald → bank (Source `herald`): the customer asked, from a payment-due reminder, to pay a bill by autopay. */
export const detailType = 'Payment.AutopayRequested';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). The customer tapped "Set up autopay" on a payment-due reminder (the ' +
  'WhatsApp quick reply) for the bill billId. Autopay is not on yet: the bank follows up (its app, an ' +
  'adviser), and once the bill is on autopay its next Payment.Due with autopay: true ends the reminders. ' +
  'eventId is derived from the customer and the bill: a second tap names the same request. channel is where ' +
  'the customer tapped.';

export const schema = objectOf({
  ...customerEventFields,
  billId: id,
  channel,
});

export type PaymentAutopayRequested = v.InferOutput<typeof schema>;
