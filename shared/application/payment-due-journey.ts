// The payment-due journey's events: Payment.Due starts a bill's reminders (or, on autopay, ends them);
// Payment.Completed for the bill ends them.

import type { PaymentCompleted } from '../contract/events/payment-completed.ts';
import type { PaymentDue } from '../contract/events/payment-due.ts';
import { executionInput, executionName, type JourneyRef } from '../domain/journeys/journey.ts';
import {
  BILL_AUTOPAY_GOAL,
  BILL_DUE,
  BILL_PAID_GOAL,
  type BillDue,
  billIdsOf,
  DUE_PHASE,
  PAYMENT_DUE,
  type PaymentDueSettings,
  paymentDueAt,
  paymentDueItem,
  paymentDueSchedule,
} from '../domain/journeys/payment-due.ts';
import { type BusEvent, rejectEvent } from './accept-event.ts';
import { admitKnownCustomer } from './erasure-gate.ts';
import type { JourneyEventDeps, JourneyEventOutcome } from './journeys.ts';

export type PaymentDueOutcome = JourneyEventOutcome | 'autopay';

const billRef = (customerId: string, billId: string): JourneyRef => ({
  journey: PAYMENT_DUE,
  customerId,
  key: billId,
});

/**
 * Payment.Due → the bill's reminders:
 * 1. a bill on autopay gets none; if it was being reminded of (autopay switched on since), its reminders
 *    end (goal `autopay`, execution stopped);
 * 2. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 3. the reminders' instants are worked out in the customer's time zone; a due date already past or too far
 *    ahead is rejected, naming `detail.dueDate`;
 * 4. the journey is created with those instants (a duplicate finds the stored ones, so it starts the very
 *    same execution input), and the execution starts by its deterministic name.
 */
export async function startPaymentDue(
  event: BusEvent,
  detail: BillDue & Pick<PaymentDue, 'autopay'>,
  deps: JourneyEventDeps & { paymentDue: PaymentDueSettings },
): Promise<PaymentDueOutcome> {
  const ref = billRef(detail.customerId, detail.billId);
  if (detail.autopay) {
    const ended = await deps.journeys.reachGoal(ref, {
      ...BILL_AUTOPAY_GOAL,
      at: detail.occurredAt,
      eventId: detail.eventId,
    });
    if (ended === 'reached' || ended === 'already')
      await deps.executions.stop(PAYMENT_DUE, executionName(ref, DUE_PHASE), 'autopay');
    return 'autopay';
  }
  const profile = await admitKnownCustomer(event, detail, deps);
  if (!profile) return 'rejected';
  const schedule = paymentDueSchedule({
    dueDate: detail.dueDate,
    timeZone: profile.timeZone,
    now: deps.now(),
    settings: deps.paymentDue,
  });
  if ('rejected' in schedule) {
    await rejectEvent(event, schedule.rejected, deps);
    return 'rejected';
  }
  const { created, item } = await deps.journeys.create(paymentDueItem(detail, schedule.at));
  if (item.status !== BILL_DUE) return 'already_started';
  await deps.executions.start(
    PAYMENT_DUE,
    executionName(item, DUE_PHASE),
    executionInput(ref, DUE_PHASE, item.startEventId, paymentDueAt(item)),
  );
  return created ? 'started' : 'already_started';
}

/**
 * Payment.Completed → the bill it pays (its `reference`, else its `paymentId`, as the bill's id) is paid:
 * the goal is recorded and the waiting execution stopped. A payment for no bill Herald reminds of records
 * nothing (most payments are not bill payments).
 */
export async function recordBillPaid(
  detail: Pick<PaymentCompleted, 'eventId' | 'occurredAt' | 'customerId' | 'paymentId' | 'reference'>,
  deps: Pick<JourneyEventDeps, 'journeys' | 'executions'>,
): Promise<JourneyEventOutcome> {
  let recorded: JourneyEventOutcome = 'no_journey';
  for (const billId of billIdsOf(detail)) {
    const ref = billRef(detail.customerId, billId);
    const outcome = await deps.journeys.reachGoal(ref, {
      ...BILL_PAID_GOAL,
      at: detail.occurredAt,
      eventId: detail.eventId,
    });
    if (outcome === 'not_found') continue;
    if (outcome === 'other_status') {
      recorded = 'not_a_goal';
      continue;
    }
    await deps.executions.stop(PAYMENT_DUE, executionName(ref, DUE_PHASE), 'Payment.Completed');
    return outcome === 'reached' ? 'goal_recorded' : 'goal_already_recorded';
  }
  return recorded;
}
