// The registration (KYC) journey's events: Customer.SignedUp starts it, Kyc.StepCompleted records a step
// (and, with all three in, ends the reminders), Kyc.Completed ends it.

import type { CustomerSignedUp } from '../contract/events/customer-signed-up.ts';
import type { KycCompleted } from '../contract/events/kyc-completed.ts';
import type { KycStepCompleted } from '../contract/events/kyc-step-completed.ts';
import { executionInput, executionName } from '../domain/journeys/journey.ts';
import {
  KYC,
  KYC_COMPLETED,
  KYC_PENDING,
  KYC_SUBMITTED,
  KYC_SUBMITTED_GOAL,
  kycCompletedGoal,
  kycItem,
  kycStepGoal,
  missingSteps,
  SIGNED_UP_PHASE,
} from '../domain/journeys/kyc.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer } from './erasure-gate.ts';
import type { JourneyEventDeps, JourneyEventOutcome } from './journeys.ts';

const kycRef = (customerId: string) => ({ journey: KYC, customerId, key: customerId });

/**
 * Customer.SignedUp → the KYC reminders:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the journey is created with a conditional put; one that exists already (a duplicate, or steps that
 *    arrived before the sign-up, which EventBridge does not order) is kept as it is;
 * 3. while steps are still missing, the execution starts by its deterministic name: a duplicate starts
 *    nothing new. A journey already submitted or completed starts nothing.
 */
export async function startKyc(
  event: BusEvent,
  detail: CustomerSignedUp,
  deps: JourneyEventDeps,
): Promise<JourneyEventOutcome> {
  if (!(await admitKnownCustomer(event, detail, deps))) return 'rejected';
  const { created, item } = await deps.journeys.create(kycItem(detail));
  if (item.status !== KYC_PENDING) return 'already_started';
  // The sign-up starts the reminders (the journey may have been created by a step before it).
  await deps.executions.start(
    KYC,
    executionName(item, SIGNED_UP_PHASE),
    executionInput(kycRef(detail.customerId), SIGNED_UP_PHASE, detail.eventId),
  );
  return created ? 'started' : 'already_started';
}

/**
 * Kyc.StepCompleted → the step is recorded on the journey, so the next reminder no longer names it:
 * 1. a step recorded already (a redelivery, or the step done again) changes nothing;
 * 2. otherwise it is recorded as a goal that keeps the status pending; without a journey yet (the step came
 *    before the sign-up), the journey is created with the step, and the sign-up will start it;
 * 3. with every step in, the journey moves to submitted and the waiting execution is stopped.
 */
export async function recordKycStep(
  detail: KycStepCompleted,
  deps: Pick<JourneyEventDeps, 'journeys' | 'executions'>,
): Promise<JourneyEventOutcome> {
  const ref = kycRef(detail.customerId);
  const recorded = { at: detail.occurredAt, eventId: detail.eventId };
  const before = await deps.journeys.get(ref);
  if (before && Object.hasOwn(before.goals, detail.step)) return 'goal_already_recorded';
  if (!before) {
    const { created } = await deps.journeys.create({
      ...kycItem(detail),
      goals: { [detail.step]: recorded },
    });
    return created ? 'goal_recorded' : recordKycStep(detail, deps);
  }
  const outcome = await deps.journeys.reachGoal(ref, { ...kycStepGoal(detail.step), ...recorded });
  if (outcome !== 'reached') return 'not_a_goal';
  // Read again, not derived from `before`: of two last steps recorded at once, each then sees the other.
  const after = await deps.journeys.get(ref);
  if (after?.status === KYC_PENDING && missingSteps(after).length === 0) {
    await deps.journeys.reachGoal(ref, { ...KYC_SUBMITTED_GOAL, ...recorded });
    await deps.executions.stop(KYC, executionName(ref, SIGNED_UP_PHASE), 'all KYC steps completed');
  }
  return 'goal_recorded';
}

/**
 * Kyc.Completed → the reminders end: the journey moves to completed (from pending or submitted) and its
 * execution is stopped. Without a journey (no sign-up seen), one is created completed, so a late
 * Customer.SignedUp sends nothing.
 */
export async function recordKycCompleted(
  detail: KycCompleted,
  deps: Pick<JourneyEventDeps, 'journeys' | 'executions'>,
): Promise<JourneyEventOutcome> {
  const ref = kycRef(detail.customerId);
  const at = { at: detail.occurredAt, eventId: detail.eventId };
  let outcome = await deps.journeys.reachGoal(ref, { ...kycCompletedGoal(KYC_PENDING), ...at });
  if (outcome === 'other_status')
    outcome = await deps.journeys.reachGoal(ref, { ...kycCompletedGoal(KYC_SUBMITTED), ...at });
  if (outcome === 'not_found') {
    const goals = { completed: at };
    const { created } = await deps.journeys.create({ ...kycItem(detail), status: KYC_COMPLETED, goals });
    if (!created) return recordKycCompleted(detail, deps);
    return 'goal_recorded';
  }
  if (outcome === 'other_status') return 'not_a_goal';
  await deps.executions.stop(KYC, executionName(ref, SIGNED_UP_PHASE), 'Kyc.Completed');
  return outcome === 'reached' ? 'goal_recorded' : 'goal_already_recorded';
}
