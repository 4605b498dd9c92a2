import { decideLargeTransaction, type PostedTransaction } from '../domain/transactions.ts';
import { definitionOf } from '../notifications/catalogue.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface TransactionAlertDeps extends NotifyDeps, CustomerGateDeps {
  profiles: ProfileReader;
}

/**
 * Transaction.Posted:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the customer's `largeTransaction` setting decides whether the transaction is worth an alert;
 * 3. the alert goes through `notify` (channels, consent, quiet hours, exactly once per bank event).
 */
export async function evaluateTransaction(
  event: BusEvent,
  detail: PostedTransaction,
  deps: TransactionAlertDeps,
): Promise<void> {
  const profile = await admitKnownCustomer(event, detail, deps);
  if (!profile) return;
  const intent = decideLargeTransaction(profile, detail);
  const spec = intent && definitionOf(intent.type);
  if (intent && spec) await notify(profile, intent, spec, deps);
}
