// transaction.large: a transaction at or above the amount the customer asked to hear about. No "not you?"
// link from the trigger yet (it comes with the reply service): the e-mail then leaves the button out.
import type { Format } from '../../domain/templates/copy.ts';
import { accountShown, country, dateTime, money, place, shortText } from '../../domain/templates/render.ts';
import type { TransactionLargeArgs } from './compiled.ts';
import type { TransactionLargeData } from './data.ts';

export const format: Format<TransactionLargeData, TransactionLargeArgs> = (data, { locale, timeZone }) => {
  const merchant = data.merchant;
  return {
    args: {
      kind: data.direction === 'credit' ? 'credit' : data.channel,
      amount: money(locale, data.amount, data.currency),
      ...accountShown(data.accountLast4),
      when: dateTime(locale, timeZone, data.occurredAt),
      hasMerchant: merchant ? 'yes' : 'no',
      merchant: merchant
        ? place(locale, [
            merchant.name,
            merchant.city,
            merchant.country ? country(locale, merchant.country) : undefined,
          ])
        : '',
      shortMerchant: merchant ? shortText(merchant.name) : '',
      hasCard: data.cardLast4 ? 'yes' : 'no',
      card: data.cardLast4 ?? '',
      hasBalance: data.balanceAfter === undefined ? 'no' : 'yes',
      balanceAfter: data.balanceAfter === undefined ? '' : money(locale, data.balanceAfter, data.currency),
      minAmount: money(locale, data.minAmount, data.currency),
    },
    links: { cta: data.reportUrl },
  };
};
