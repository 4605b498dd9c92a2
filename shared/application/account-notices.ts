import {
  type AccountNoticeType,
  decideLoanPreApproval,
  decidePaymentConfirmation,
  decideStatementReady,
} from '../domain/account-notices.ts';
import type { LoanOfferSettings } from '../domain/loan-offers.ts';
import type { OneOfIntents } from '../domain/notification.ts';
import { definitionOf } from '../notifications/catalogue.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export type AccountNotice =
  | { detailType: 'Payment.Completed'; detail: Parameters<typeof decidePaymentConfirmation>[0] }
  | { detailType: 'Statement.Ready'; detail: Parameters<typeof decideStatementReady>[0] }
  | { detailType: 'Loan.PreApproved'; detail: Parameters<typeof decideLoanPreApproval>[0] };

export interface AccountNoticeDeps extends NotifyDeps, CustomerGateDeps {
  profiles: ProfileReader;
  /** The deployment's loan offers (infra/config.ts `loanOffers`): the representative example, or off. */
  loanOffers?: LoanOfferSettings;
}

/**
 * Payment.Completed, Statement.Ready, Loan.PreApproved:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the event decides the intent; a loan offer past its expiry, or without a representative example in its
 *    currency (or with loan offers off), is decided too, to be suppressed;
 * 3. the intent goes through `notify` (marketing: explicit opt-in and the daily cap); an expired offer is
 *    recorded `suppressed` with reason `expired` on the channel it would have gone on, and never sent.
 */
export async function sendAccountNotice(
  event: BusEvent,
  notice: AccountNotice,
  deps: AccountNoticeDeps,
): Promise<void> {
  const profile = await admitKnownCustomer(event, notice.detail, deps);
  if (!profile) return;
  let decision: { intent: OneOfIntents<AccountNoticeType>; suppress?: string };
  switch (notice.detailType) {
    case 'Payment.Completed':
      decision = { intent: decidePaymentConfirmation(notice.detail) };
      break;
    case 'Statement.Ready':
      decision = { intent: decideStatementReady(notice.detail) };
      break;
    case 'Loan.PreApproved':
      decision = decideLoanPreApproval(notice.detail, deps.now(), deps.loanOffers);
      break;
  }
  const spec = definitionOf(decision.intent.type);
  if (!spec) throw new Error(`no message type ${decision.intent.type}`);
  await notify(
    profile,
    decision.intent,
    spec,
    deps,
    decision.suppress ? { suppress: decision.suppress } : {},
  );
}
