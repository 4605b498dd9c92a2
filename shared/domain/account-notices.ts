// Notifications decided by one bank event alone, with no state: payment confirmation, statement ready,
// loan pre-approval.
import type { Intent } from './notification.ts';

interface Base {
  eventId: string;
  occurredAt: string;
  customerId: string;
}

const intentOf = (
  type: string,
  category: Intent['category'],
  event: Base,
  data: Record<string, string | undefined>,
): Intent => ({
  type,
  category,
  customerId: event.customerId,
  eventId: event.eventId,
  occurredAt: event.occurredAt,
  data: Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => e[1] !== undefined)),
});

export function decidePaymentConfirmation(
  event: Base & { paymentId: string; amount: string; currency: string; payee: string; reference?: string },
): Intent {
  const { paymentId, amount, currency, payee, reference } = event;
  return intentOf('payment.confirmation', 'transactional', event, {
    paymentId,
    amount,
    currency,
    payee,
    reference,
    completedAt: event.occurredAt,
  });
}

/** The statement's link goes in the message; its figures never do. */
export function decideStatementReady(
  event: Base & { accountId: string; period: string; url?: string },
): Intent {
  return intentOf('statement.ready', 'transactional', event, {
    accountId: event.accountId,
    period: event.period,
    url: event.url,
  });
}

/**
 * A pre-approved loan offer is marketing, and is never sent once it has expired: an expired offer is still
 * decided (so the decision is recorded), with `suppress: 'expired'`.
 */
export function decideLoanPreApproval(
  event: Base & { offerId: string; amount: string; currency: string; expiresAt: string },
  now: Date,
): { intent: Intent; suppress?: 'expired' } {
  const { offerId, amount, currency, expiresAt } = event;
  const intent = {
    ...intentOf('loan.preapproved', 'marketing', event, { offerId, amount, currency, expiresAt }),
    notAfter: expiresAt,
  };
  return Date.parse(expiresAt) <= now.getTime() ? { intent, suppress: 'expired' } : { intent };
}
