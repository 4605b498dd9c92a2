// balance.overdraft: the balance of an account went below zero.

import { toScaledInteger } from '../../domain/decimal.ts';
import type { Format } from '../../domain/templates/copy.ts';
import { accountShown, fromScaled, money } from '../../domain/templates/render.ts';
import type { BalanceOverdraftArgs } from './compiled.ts';
import type { BalanceOverdraftData } from './data.ts';

export const format: Format<BalanceOverdraftData, BalanceOverdraftArgs> = (data, { locale, brand }) => {
  const format = (amount: string) => money(locale, amount, data.currency);
  const overdrawn = -toScaledInteger(data.balance);
  const limit = data.overdraftLimit === undefined ? undefined : toScaledInteger(data.overdraftLimit);
  const remaining = limit === undefined ? undefined : limit - overdrawn;
  return {
    args: {
      ...accountShown(data.accountLast4),
      balance: format(data.balance),
      overdrawnBy: format(fromScaled(overdrawn)),
      limitState: remaining === undefined ? 'none' : remaining >= 0n ? 'within' : 'over',
      overdraftLimit: data.overdraftLimit === undefined ? '' : format(data.overdraftLimit),
      remaining: remaining === undefined || remaining < 0n ? '' : format(fromScaled(remaining)),
    },
    links: { cta: brand.url },
  };
};
