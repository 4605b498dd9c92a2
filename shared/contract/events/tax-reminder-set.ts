import * as v from 'valibot';
import { calendarDate, customerEventFields, id, objectOf, symbol, text } from '../common.ts';

/** Bank → Herald: the customer set a tax-date reminder for a holding. */
export const detailType = 'TaxReminder.Set';
export const version = 1;
export const description =
  "Bank → Herald. The customer set a tax-date reminder for a holding; it is sent on the date in the customer's time zone.";

export const schema = objectOf({
  ...customerEventFields,
  reminderId: id,
  symbol,
  date: calendarDate,
  note: v.optional(text(500)),
});

export type TaxReminderSet = v.InferOutput<typeof schema>;
