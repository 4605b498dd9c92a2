import {
  decideLoanPreApproval,
  decidePaymentConfirmation,
  decideStatementReady,
} from '../domain/account-notices.ts';
import { messageTypes } from '../domain/message-types.ts';
import type { Intent } from '../domain/notification.ts';
import type { ProfileReader } from '../ports/ports.ts';
import type { BusEvent } from './accept-event.ts';
import { admitCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export type AccountNotice =
  | { detailType: 'Payment.Completed'; detail: Parameters<typeof decidePaymentConfirmation>[0] }
  | { detailType: 'Statement.Ready'; detail: Parameters<typeof decideStatementReady>[0] }
  | { detailType: 'Loan.PreApproved'; detail: Parameters<typeof decideLoanPreApproval>[0] };

export interface AccountNoticeDeps extends NotifyDeps, CustomerGateDeps {
  profiles: ProfileReader;
}

/**
 * Payment.Completed, Statement.Ready, Loan.PreApproved:
 * 1. an event for a customer Herald has no profile for is rejected (`unknown customer`), or one from before the customer's erasure (`erased customer`: shared/application/erasure-gate.ts);
 * 2. the event decides the intent (a loan offer past its expiry decides none);
 * 3. the intent goes through `notify` (marketing: explicit opt-in and the daily cap).
 */
export async function sendAccountNotice(
  event: BusEvent,
  notice: AccountNotice,
  deps: AccountNoticeDeps,
): Promise<void> {
  const profile = await admitCustomer(
    event,
    notice.detail,
    await deps.profiles.get(notice.detail.customerId),
    deps,
  );
  if (!profile) return;
  let intent: Intent | undefined;
  switch (notice.detailType) {
    case 'Payment.Completed':
      intent = decidePaymentConfirmation(notice.detail);
      break;
    case 'Statement.Ready':
      intent = decideStatementReady(notice.detail);
      break;
    case 'Loan.PreApproved':
      intent = decideLoanPreApproval(notice.detail, deps.now());
      break;
  }
  const spec = intent && messageTypes[intent.type];
  if (intent && spec) await notify(profile, intent, spec, deps);
}
