// Notifications decided by one bank event alone, with no state: payment confirmation, statement ready,
// loan pre-approval.

import type { LoanPreApproved } from '../contract/events/loan-pre-approved.ts';
import type { PaymentCompleted } from '../contract/events/payment-completed.ts';
import type { StatementReady } from '../contract/events/statement-ready.ts';
import type { MessageData } from '../notifications/catalogue.ts';
import { exampleFor, type LoanOfferSettings } from './loan-offers.ts';
import type { Intent } from './notification.ts';

/** The message types the account notices raises (its function's render queues follow from their definitions). */
export const ACCOUNT_NOTICE_TYPES = ['payment.confirmation', 'statement.ready', 'loan.preapproved'] as const;

export type AccountNoticeType = (typeof ACCOUNT_NOTICE_TYPES)[number];

type Base = Pick<PaymentCompleted, 'eventId' | 'occurredAt' | 'customerId'>;

const intentOf = <T extends AccountNoticeType>(
  type: T,
  category: Intent['category'],
  event: Base,
  data: MessageData[T],
): Intent<T> => ({
  type,
  category,
  customerId: event.customerId,
  eventId: event.eventId,
  occurredAt: event.occurredAt,
  data,
});

export function decidePaymentConfirmation(event: PaymentCompleted): Intent<'payment.confirmation'> {
  const { paymentId, amount, currency, payee, reference } = event;
  return intentOf('payment.confirmation', 'transactional', event, {
    paymentId,
    amount,
    currency,
    payee,
    ...(reference !== undefined ? { reference } : {}),
    completedAt: event.occurredAt,
  });
}

/** The statement's link goes in the message; its figures never do. */
export function decideStatementReady(event: StatementReady): Intent<'statement.ready'> {
  return intentOf('statement.ready', 'transactional', event, {
    accountId: event.accountId,
    accountLast4: event.accountLast4,
    period: event.period,
    url: event.url,
  });
}

/**
 * A pre-approved loan offer is marketing, and is never sent once it has expired: an expired offer is still
 * decided (so the decision is recorded), with `suppress: 'expired'`.
 */
export function decideLoanPreApproval(
  event: LoanPreApproved,
  now: Date,
  loanOffers?: LoanOfferSettings,
): { intent: Intent<'loan.preapproved'>; suppress?: string } {
  const { offerId, amount, currency, expiresAt } = event;
  // The representative example in the offer's currency goes with it; without one it is not sent.
  const example = exampleFor(loanOffers, currency);
  const intent = {
    ...intentOf('loan.preapproved', 'marketing', event, {
      offerId,
      amount,
      currency,
      expiresAt,
      ...(example.ok ? { representativeExample: example.example } : {}),
    }),
    notAfter: expiresAt,
  };
  if (Date.parse(expiresAt) <= now.getTime()) return { intent, suppress: 'expired' };
  return example.ok ? { intent } : { intent, suppress: example.reason };
}
