// payment_due.reminder: a bill falls due (before the due date, or on it); the call to action sets up autopay.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink } from '../../domain/templates/links.ts';
import { date, money } from '../../domain/templates/render.ts';
import type { PaymentDueReminderArgs } from './compiled.ts';
import type { PaymentDueReminderData } from './data.ts';

export const format: Format<PaymentDueReminderData, PaymentDueReminderArgs> = (
  data,
  { locale, timeZone, brand },
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
});
