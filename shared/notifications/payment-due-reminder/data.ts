// The data of `payment_due.reminder` (transactional): Payment.Due, before the due date and on it
// (payment-due journey).
import * as v from 'valibot';

export const schema = v.object({
  billId: v.string(),
  amount: v.string(),
  currency: v.string(),
  /** Payment.Due.dueDate, `YYYY-MM-DD`. */
  dueDate: v.string(),
  minimumDue: v.optional(v.string()),
  /** Days before the due date this reminder goes ("3"; "0" on the due date). */
  days: v.string(),
  /** The "set up autopay" call to action; defaults to a page under the brand's link. */
  url: v.optional(v.string()),
});

export type PaymentDueReminderData = v.InferOutput<typeof schema>;
