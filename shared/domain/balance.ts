import { compareDecimal } from './decimal.ts';
import type { Intent } from './notification.ts';
import type { CustomerProfile } from './profile.ts';

export interface BalanceObservation {
  eventId: string;
  occurredAt: string;
  customerId: string;
  accountId: string;
  balance: string;
  currency: string;
}

/**
 * A low-balance alert is due when the customer set a threshold for this account, in this currency, and the
 * balance is strictly below it.
 */
export function decideLowBalance(
  profile: CustomerProfile,
  observation: BalanceObservation,
): Intent | undefined {
  const setting = profile.alerts.lowBalance;
  if (!setting) return undefined;
  if (setting.accountId !== observation.accountId || setting.currency !== observation.currency)
    return undefined;
  if (compareDecimal(observation.balance, setting.threshold) >= 0) return undefined;
  return {
    type: 'balance.low',
    category: 'transactional',
    customerId: observation.customerId,
    eventId: observation.eventId,
    occurredAt: observation.occurredAt,
    data: {
      accountId: observation.accountId,
      balance: observation.balance,
      threshold: setting.threshold,
      currency: observation.currency,
    },
  };
}
