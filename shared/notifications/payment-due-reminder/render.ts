// payment_due.reminder: a bill falls due (before the due date, or on it); the call to action sets up autopay.
import { autopayPayload } from '../../domain/journeys/autopay-reply.ts';
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink } from '../../domain/templates/links.ts';
import { date, money } from '../../domain/templates/render.ts';
import type { PaymentDueReminderArgs } from './compiled.ts';
import type { PaymentDueReminderData } from './data.ts';

/**
 * The WhatsApp message needs the customer the reminder is for: its "Set up autopay" quick reply carries the
 * customer and the bill (`AUTOPAY:<customerId>:<billId>`), so that a tap reaches the bank as that customer's
 * request (shared/domain/journeys/autopay-reply.ts). Without it the button would have no payload: render
 * refuses that.
 */
export const format: Format<PaymentDueReminderData, PaymentDueReminderArgs> = (
  data,
  { locale, timeZone, brand, customerId },
) => ({
  args: {
    amount: money(locale, data.amount, data.currency),
    // A calendar date: shown as it is, whatever the time zone.
    date: date(locale, timeZone, data.dueDate),
    when: data.days === '0' ? 'today' : 'before',
    hasMinimum: data.minimumDue ? 'yes' : 'no',
    minimum: data.minimumDue ? money(locale, data.minimumDue, data.currency) : '',
  },
  links: { cta: pageLink(data.url, brand, '/payments/autopay') },
  ...(customerId ? { quickReplies: [autopayPayload(customerId, data.billId)] } : {}),
});
