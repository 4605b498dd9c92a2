import * as v from 'valibot';
import { calendarDate, customerEventFields, id, multilineText, objectOf, symbol } from '../common.ts';

/** Bank → Herald: the customer set a tax-date reminder for a holding. */
export const detailType = 'TaxReminder.Set';
export const version = 1;
export const description =
  "Bank → Herald. The customer set a tax-date reminder for a holding; it is sent on the date in the customer's time zone. " +
  'note may span lines; every other text field is one line.';

export const schema = objectOf({
  ...customerEventFields,
  reminderId: id,
  symbol,
  date: calendarDate,
  note: v.optional(multilineText(500)),
});

export type TaxReminderSet = v.InferOutput<typeof schema>;
