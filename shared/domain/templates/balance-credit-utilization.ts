// balance.credit_utilization: the customer has used at least the share of the credit limit they set.
import { toScaledInteger } from '../decimal.ts';
import type { Channel } from '../profile.ts';
import { balanceCreditUtilizationCopy } from './compiled/balance-credit-utilization.ts';
import type { BalanceCreditUtilizationData } from './data.ts';
import {
  fromScaled,
  lastFour,
  money,
  percent,
  type RenderedMessage,
  type RenderOptions,
  render,
} from './render.ts';

export function renderBalanceCreditUtilization(
  channel: Channel,
  options: RenderOptions<BalanceCreditUtilizationData>,
): RenderedMessage {
  const { data, locale } = options;
  const used = toScaledInteger(data.used);
  const limit = toScaledInteger(data.creditLimit);
  if (limit <= 0n) throw new RangeError('balance.credit_utilization needs a positive credit limit');
  // Whole percent, rounded down: "you've used 79%" never overstates.
  const usedPercent = String((used * 100n) / limit);
  const available = limit - used;
  return render(
    balanceCreditUtilizationCopy,
    channel,
    options,
    {
      account: lastFour(data.accountId),
      used: money(locale, data.used, data.currency),
      creditLimit: money(locale, data.creditLimit, data.currency),
      available: money(locale, fromScaled(available > 0n ? available : 0n), data.currency),
      usedPercent: percent(locale, usedPercent),
      thresholdPercent: percent(locale, data.thresholdPercent),
    },
    { links: { cta: options.brand.url } },
  );
}
