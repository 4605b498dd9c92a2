// The data of `tax.reminder` (transactional, the customer asked for it): TaxReminder.Set, sent on its date.
import * as v from 'valibot';

export const schema = v.object({
  reminderId: v.string(),
  /** TaxReminder.Set.symbol: the holding the reminder is for. */
  symbol: v.string(),
  /** TaxReminder.Set.date, `YYYY-MM-DD`: shown as a calendar date in the customer's locale. */
  date: v.string(),
  /** TaxReminder.Set.note: the customer's own words, when they wrote any. */
  note: v.optional(v.string()),
});

export type TaxReminderData = v.InferOutput<typeof schema>;
