// balance.low: the balance of an account fell below the threshold the customer set.
import type { Format } from '../../domain/templates/copy.ts';
import { accountShown, money } from '../../domain/templates/render.ts';
import type { BalanceLowArgs } from './compiled.ts';
import type { BalanceLowData } from './data.ts';

export const format: Format<BalanceLowData, BalanceLowArgs> = (data, { locale, brand }) => ({
  args: {
    ...accountShown(data.accountLast4),
    balance: money(locale, data.balance, data.currency),
    threshold: money(locale, data.threshold, data.currency),
  },
  links: { cta: brand.url },
});
