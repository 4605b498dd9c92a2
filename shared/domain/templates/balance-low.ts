// balance.low: the balance of an account fell below the threshold the customer set.
import type { Channel } from '../profile.ts';
import { balanceLowCopy } from './compiled/balance-low.ts';
import type { BalanceLowData } from './data.ts';
import { lastFour, money, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderBalanceLow(channel: Channel, options: RenderOptions<BalanceLowData>): RenderedMessage {
  const { data, locale } = options;
  return render(
    balanceLowCopy,
    channel,
    options,
    {
      account: lastFour(data.accountId),
      balance: money(locale, data.balance, data.currency),
      threshold: money(locale, data.threshold, data.currency),
    },
    { links: { cta: options.brand.url } },
  );
}

/** The data of a `balance.low` intent (whose data is a string record), checked field by field. */
export function balanceLowData(data: Readonly<Record<string, string>>): BalanceLowData {
  const field = (name: keyof BalanceLowData): string => {
    const value = data[name];
    if (value === undefined) throw new TypeError(`balance.low data has no ${name}`);
    return value;
  };
  return {
    accountId: field('accountId'),
    balance: field('balance'),
    threshold: field('threshold'),
    currency: field('currency'),
  };
}
