import { decideLowBalance } from '../domain/balance.ts';
import { messageTypes } from '../domain/message-types.ts';
import type { ProfileReader } from '../ports/ports.ts';
import { type BusEvent, type RejectDeps, rejectEvent } from './accept-event.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface BalanceChangedDetail {
  eventId: string;
  occurredAt: string;
  customerId: string;
  accountId: string;
  balance: string;
  currency: string;
}

export interface EvaluateBalanceDeps extends NotifyDeps, RejectDeps {
  profiles: ProfileReader;
}

/**
 * Balance.Changed:
 * 1. an event for a customer Herald has no profile for is rejected (`unknown customer`);
 * 2. the low-balance rule decides whether an alert is due;
 * 3. the alert goes through `notify` (channels, consent, quiet hours, exactly once).
 */
export async function evaluateBalance(
  event: BusEvent,
  detail: BalanceChangedDetail,
  deps: EvaluateBalanceDeps,
): Promise<void> {
  const profile = await deps.profiles.get(detail.customerId);
  if (!profile) {
    await rejectEvent(event, 'detail.customerId: unknown customer (no Customer.Upserted received)', deps);
    return;
  }
  const intent = decideLowBalance(profile, detail);
  const spec = intent && messageTypes[intent.type];
  if (intent && spec) await notify(profile, intent, spec, deps);
}
