import type { BalanceChanged } from '../contract/events/balance-changed.ts';
import { decideBalanceAlerts } from '../domain/balance.ts';
import { definitionOf } from '../notifications/catalogue.ts';
import type { BalanceAlertStore } from '../ports/alerts.ts';
import type { BusEvent } from './accept-event.ts';
import { admitCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface EvaluateBalanceDeps extends NotifyDeps, CustomerGateDeps {
  balanceAlerts: BalanceAlertStore;
}

/**
 * Balance.Changed (low balance, overdraft, credit utilisation, each with hysteresis: domain/balance.ts):
 * 1. reads the profile and the account's alert states in one read, and admits the customer as
 *    `admitKnownCustomer` does, with the profile read (`admitCustomer`, shared/application/erasure-gate.ts);
 * 2. decides, per alert, whether it fires, re-arms, or (the common case) does nothing;
 * 3. a firing alert's state is written first, conditionally: only the event that wins that write alerts;
 * 4. the alert goes through `notify` (channels, consent, quiet hours, exactly once per bank event).
 */
export async function evaluateBalance(
  event: BusEvent,
  detail: BalanceChanged,
  deps: EvaluateBalanceDeps,
): Promise<void> {
  const read = await deps.balanceAlerts.read(detail.customerId, detail.accountId);
  if (!(await admitCustomer(event, detail, read?.profile, deps)) || !read) return;
  for (const step of decideBalanceAlerts(read.profile, detail, read.states)) {
    const changed =
      step.action === 'resume' ||
      (await deps.balanceAlerts.transition(
        detail.customerId,
        detail.accountId,
        step.kind,
        step.previous,
        step.next,
      ));
    const spec = definitionOf(step.intent.type);
    if (changed && step.action !== 'rearm' && spec) await notify(read.profile, step.intent, spec, deps);
  }
}
