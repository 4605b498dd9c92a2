// fraud.alert (security): the bank suspects fraud on a card; the customer answers YES (it was me) or NO by
// e-mail button, SMS reply, push action or WhatsApp quick reply.

import { fraudReplyLinks } from '../../domain/reply-link.ts';
import type { Format } from '../../domain/templates/copy.ts';
import { dateTime, money, shortText } from '../../domain/templates/render.ts';
import type { Sign } from '../../domain/templates/type-renderer.ts';
import type { FraudAlertArgs } from './compiled.ts';
import type { FraudAlertData } from './data.ts';

/** WhatsApp quick reply payloads: what Meta sends back when the customer taps a button. */
export const fraudReplyPayload = (answer: 'YES' | 'NO', caseId: string): string =>
  `FRAUD_${answer}:${caseId}`;

/**
 * YES/NO links are signed (a KMS call each) only where they are shown: e-mail buttons and push actions. SMS
 * and WhatsApp answers come back as keywords and quick replies. Without a signer (no reply endpoint
 * configured) the e-mail and push go without buttons.
 */
export const sign: Sign<FraudAlertData> = async (data, channel, { customerId, replyLinks }) => {
  if (!replyLinks || (channel !== 'email' && channel !== 'push')) return {};
  const links = await fraudReplyLinks({ caseId: data.caseId, customerId, replyBy: data.replyBy }, replyLinks);
  return { yes: links.yesUrl, no: links.noUrl };
};

export const format: Format<FraudAlertData, FraudAlertArgs> = (data, { locale, timeZone, signed }) => {
  // Oldest first in the e-mail list; the latest one is quoted in the SMS, push and WhatsApp.
  const transactions = [...data.transactions].sort(
    (a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt),
  );
  const latest = transactions.at(-1);
  if (!latest) throw new RangeError('fraud.alert needs at least one transaction');
  return {
    args: {
      card: data.cardLast4,
      count: transactions.length,
      amount: money(locale, latest.amount, latest.currency),
      merchant: latest.merchant,
      shortMerchant: shortText(latest.merchant),
      when: dateTime(locale, timeZone, latest.occurredAt),
      deadline: dateTime(locale, timeZone, data.replyBy),
    },
    links: { yes: signed?.yes, no: signed?.no },
    items: transactions.map((t) => ({
      itemAmount: money(locale, t.amount, t.currency),
      itemMerchant: t.merchant,
      itemWhen: dateTime(locale, timeZone, t.occurredAt),
    })),
    quickReplies: [fraudReplyPayload('YES', data.caseId), fraudReplyPayload('NO', data.caseId)],
  };
};
