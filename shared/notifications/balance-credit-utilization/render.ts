// balance.credit_utilization: the customer has used at least the share of the credit limit they set.

import { toScaledInteger } from '../../domain/decimal.ts';
import type { Format } from '../../domain/templates/copy.ts';
import { accountShown, fromScaled, money, percent } from '../../domain/templates/render.ts';
import type { BalanceCreditUtilizationArgs } from './compiled.ts';
import type { BalanceCreditUtilizationData } from './data.ts';

export const format: Format<BalanceCreditUtilizationData, BalanceCreditUtilizationArgs> = (
  data,
  { locale, brand },
) => {
  const used = toScaledInteger(data.used);
  const limit = toScaledInteger(data.creditLimit);
  if (limit <= 0n) throw new RangeError('balance.credit_utilization needs a positive credit limit');
  // Whole percent, rounded down: "you've used 79%" never overstates.
  const usedPercent = String((used * 100n) / limit);
  const available = limit - used;
  return {
    args: {
      ...accountShown(data.accountLast4),
      used: money(locale, data.used, data.currency),
      creditLimit: money(locale, data.creditLimit, data.currency),
      available: money(locale, fromScaled(available > 0n ? available : 0n), data.currency),
      usedPercent: percent(locale, usedPercent),
      thresholdPercent: percent(locale, data.thresholdPercent),
    },
    links: { cta: brand.url },
  };
};
