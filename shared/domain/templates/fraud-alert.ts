// fraud.alert (security): the bank suspects fraud on a card; the customer answers YES (it was me) or NO by
// e-mail button, SMS reply, push action or WhatsApp quick reply.
import type { Channel } from '../profile.ts';
import { fraudAlertCopy } from './compiled/fraud-alert.ts';
import type { FraudAlertData } from './data.ts';
import { dateTime, money, type RenderedMessage, type RenderOptions, render, shortText } from './render.ts';

/** WhatsApp quick reply payloads: what Meta sends back when the customer taps a button. */
export const fraudReplyPayload = (answer: 'YES' | 'NO', caseId: string): string =>
  `FRAUD_${answer}:${caseId}`;

export function renderFraudAlert(channel: Channel, options: RenderOptions<FraudAlertData>): RenderedMessage {
  const { data, locale, timeZone } = options;
  // Oldest first in the e-mail list; the latest one is quoted in the SMS, push and WhatsApp.
  const transactions = [...data.transactions].sort(
    (a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt),
  );
  const latest = transactions.at(-1);
  if (!latest) throw new RangeError('fraud.alert needs at least one transaction');
  return render(
    fraudAlertCopy,
    channel,
    options,
    {
      card: data.cardLast4,
      count: transactions.length,
      amount: money(locale, latest.amount, latest.currency),
      merchant: latest.merchant,
      shortMerchant: shortText(latest.merchant),
      when: dateTime(locale, timeZone, latest.occurredAt),
      deadline: dateTime(locale, timeZone, data.replyBy),
    },
    {
      links: { yes: data.yesUrl, no: data.noUrl },
      items: transactions.map((t) => ({
        itemAmount: money(locale, t.amount, t.currency),
        itemMerchant: t.merchant,
        itemWhen: dateTime(locale, timeZone, t.occurredAt),
      })),
      quickReplies: [fraudReplyPayload('YES', data.caseId), fraudReplyPayload('NO', data.caseId)],
    },
  );
}
