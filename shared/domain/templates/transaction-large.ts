// transaction.large: a transaction at or above the amount the customer asked to hear about.
import type { Channel } from '../profile.ts';
import { transactionLargeCopy } from './compiled/transaction-large.ts';
import type { TransactionLargeData } from './data.ts';
import {
  country,
  dateTime,
  lastFour,
  money,
  place,
  type RenderedMessage,
  type RenderOptions,
  render,
  shortText,
} from './render.ts';

export function renderTransactionLarge(
  channel: Channel,
  options: RenderOptions<TransactionLargeData>,
): RenderedMessage {
  const { data, locale, timeZone } = options;
  const merchant = data.merchant;
  return render(
    transactionLargeCopy,
    channel,
    options,
    {
      kind: data.direction === 'credit' ? 'credit' : data.channel,
      amount: money(locale, data.amount, data.currency),
      account: lastFour(data.accountId),
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
    { links: { cta: data.reportUrl } },
  );
}
