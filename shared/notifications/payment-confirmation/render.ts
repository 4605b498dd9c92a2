// payment.confirmation: a payment the customer made has been completed.
import type { Format } from '../../domain/templates/copy.ts';
import { dateTime, money, shortText } from '../../domain/templates/render.ts';
import type { PaymentConfirmationArgs } from './compiled.ts';
import type { PaymentConfirmationData } from './data.ts';

export const format: Format<PaymentConfirmationData, PaymentConfirmationArgs> = (
  data,
  { locale, timeZone, brand },
) => ({
  args: {
    amount: money(locale, data.amount, data.currency),
    payee: data.payee,
    shortPayee: shortText(data.payee),
    hasReference: data.reference ? 'yes' : 'no',
    reference: data.reference ?? '',
    paymentId: data.paymentId,
    when: dateTime(locale, timeZone, data.completedAt),
  },
  links: { cta: data.manageUrl ?? brand.url },
});
