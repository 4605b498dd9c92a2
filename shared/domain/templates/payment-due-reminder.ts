// payment_due.reminder: a bill falls due (before the due date, or on it); the call to action sets up autopay.
import { autopayPayload } from '../journeys/autopay-reply.ts';
import type { Channel } from '../profile.ts';
import { paymentDueReminderCopy } from './compiled/payment-due-reminder.ts';
import type { PaymentDueReminderData } from './data.ts';
import { journeyLink } from './journey-links.ts';
import { date, money, type RenderedMessage, type RenderOptions, render } from './render.ts';

/**
 * `recipient`: the customer the reminder is for. The WhatsApp message needs it: its "Set up autopay" quick
 * reply carries the customer and the bill (`AUTOPAY:<customerId>:<billId>`), so that a tap reaches the bank
 * as that customer's request (shared/domain/journeys/autopay-reply.ts).
 */
export function renderPaymentDueReminder(
  channel: Channel,
  options: RenderOptions<PaymentDueReminderData>,
  recipient?: { customerId: string },
): RenderedMessage {
  const { data, locale, timeZone } = options;
  return render(
    paymentDueReminderCopy,
    channel,
    options,
    {
      amount: money(locale, data.amount, data.currency),
      // A calendar date: shown as it is, whatever the time zone.
      date: date(locale, timeZone, data.dueDate),
      when: data.days === '0' ? 'today' : 'before',
      hasMinimum: data.minimumDue ? 'yes' : 'no',
      minimum: data.minimumDue ? money(locale, data.minimumDue, data.currency) : '',
    },
    {
      links: { cta: journeyLink(options, '/payments/autopay') },
      // Without a recipient the WhatsApp template's button would have no payload: render refuses that.
      ...(recipient ? { quickReplies: [autopayPayload(recipient.customerId, data.billId)] } : {}),
    },
  );
}
