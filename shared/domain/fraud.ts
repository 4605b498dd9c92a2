// Suspicious activity: the bank suspects fraud on a card and Herald asks the customer whether it was them.
// The alert carries everything the reply loop needs later: the case, the card, and the deadline after
// which no answer counts as NO (Card.HoldRequested).

import type { FraudSuspected } from '../contract/events/fraud-suspected.ts';
import type { Intent } from './notification.ts';

/** One suspicious transaction of a Fraud.Suspected. */
export type FraudTransaction = FraudSuspected['transactions'][number];

/** The deployment's fraud settings (infra/config.ts `fraud`). */
export interface FraudPolicy {
  /** How long the customer has to answer, from the bank's `occurredAt`. */
  replyWindowMinutes: number;
  /** Cases scored below this are not sent to the customer (the bus rule filters them first). */
  minRiskScore: number;
}

export const DEFAULT_FRAUD_POLICY: Readonly<FraudPolicy> = { replyWindowMinutes: 30, minRiskScore: 0 };

/**
 * When the customer's answer is due: the bank's `occurredAt` plus the reply window, as a UTC ISO time. It
 * counts from the bank's event, not from Herald's clock, so a redelivered or late event never extends it.
 */
export function replyDeadline(occurredAt: string, replyWindowMinutes: number): string {
  const start = Date.parse(occurredAt);
  if (Number.isNaN(start)) throw new RangeError('occurredAt is not an ISO-8601 date-time');
  return new Date(start + replyWindowMinutes * 60_000).toISOString();
}

/** The message types the fraud alert raises (its function's render queues follow from their definitions). */
export const FRAUD_ALERT_TYPES = ['fraud.alert'] as const;

/**
 * The fraud alert for one Fraud.Suspected, or undefined when the case scores below the deployment's
 * threshold. A security message: consent, caps and quiet hours do not hold it back (see notify).
 */
export function decideFraudAlert(
  event: FraudSuspected,
  policy: FraudPolicy,
): Intent<(typeof FRAUD_ALERT_TYPES)[number]> | undefined {
  if (event.riskScore < policy.minRiskScore) return undefined;
  return {
    type: 'fraud.alert',
    category: 'security',
    customerId: event.customerId,
    eventId: event.eventId,
    occurredAt: event.occurredAt,
    data: {
      caseId: event.caseId,
      cardLast4: event.cardLast4,
      transactions: event.transactions.map(({ amount, currency, merchant, occurredAt }) => ({
        amount,
        currency,
        merchant,
        occurredAt,
      })),
      replyBy: replyDeadline(event.occurredAt, policy.replyWindowMinutes),
    },
  };
}
