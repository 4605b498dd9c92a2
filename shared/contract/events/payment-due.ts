import * as v from 'valibot';
import { amount, bool, calendarDate, currency, customerEventFields, id, objectOf } from '../common.ts';

/** Bank → Herald: a bill falls due. */
export const detailType = 'Payment.Due';
export const version = 1;
export const description =
  'Bank → Herald. A bill falls due: reminders before and on the due date unless paid or on autopay.';

export const schema = objectOf({
  ...customerEventFields,
  billId: id,
  amount,
  currency,
  dueDate: calendarDate,
  minimumDue: v.optional(amount),
  autopay: bool,
});

export type PaymentDue = v.InferOutput<typeof schema>;
