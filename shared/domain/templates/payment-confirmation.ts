// payment.confirmation: a payment the customer made has been completed.
import type { Channel } from '../profile.ts';
import { paymentConfirmationCopy } from './compiled/payment-confirmation.ts';
import type { PaymentConfirmationData } from './data.ts';
import { dateTime, money, type RenderedMessage, type RenderOptions, render, shortText } from './render.ts';

export function renderPaymentConfirmation(
  channel: Channel,
  options: RenderOptions<PaymentConfirmationData>,
): RenderedMessage {
  const { data, locale, timeZone } = options;
  return render(
    paymentConfirmationCopy,
    channel,
    options,
    {
      amount: money(locale, data.amount, data.currency),
      payee: data.payee,
      shortPayee: shortText(data.payee),
      hasReference: data.reference ? 'yes' : 'no',
      reference: data.reference ?? '',
      paymentId: data.paymentId,
      when: dateTime(locale, timeZone, data.completedAt),
    },
    { links: { cta: data.manageUrl ?? options.brand.url } },
  );
}
