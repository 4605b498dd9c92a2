// balance.overdraft: the balance of an account went below zero.
import { toScaledInteger } from '../decimal.ts';
import type { Channel } from '../profile.ts';
import { balanceOverdraftCopy } from './compiled/balance-overdraft.ts';
import type { BalanceOverdraftData } from './data.ts';
import { fromScaled, lastFour, money, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderBalanceOverdraft(
  channel: Channel,
  options: RenderOptions<BalanceOverdraftData>,
): RenderedMessage {
  const { data, locale } = options;
  const format = (amount: string) => money(locale, amount, data.currency);
  const overdrawn = -toScaledInteger(data.balance);
  const limit = data.overdraftLimit === undefined ? undefined : toScaledInteger(data.overdraftLimit);
  const remaining = limit === undefined ? undefined : limit - overdrawn;
  return render(
    balanceOverdraftCopy,
    channel,
    options,
    {
      account: lastFour(data.accountId),
      balance: format(data.balance),
      overdrawnBy: format(fromScaled(overdrawn)),
      limitState: remaining === undefined ? 'none' : remaining >= 0n ? 'within' : 'over',
      overdraftLimit: data.overdraftLimit === undefined ? '' : format(data.overdraftLimit),
      remaining: remaining === undefined || remaining < 0n ? '' : format(fromScaled(remaining)),
    },
    { links: { cta: options.brand.url } },
  );
}
