// The registration (KYC) journey (Customer.SignedUp): reminders on the configured days that name exactly the
// verification steps the customer has not completed yet (selfie, ID document, proof of address), until
// Kyc.Completed. Each Kyc.StepCompleted is recorded on the journey, so a reminder written later names only
// what is still missing; once all three are in, the reminders stop too (the bank's review is not something
// the customer can do anything about).

import type { CustomerSignedUp } from '../../contract/events/customer-signed-up.ts';
import {
  DAY_SECONDS,
  type JourneyDefinition,
  type JourneyItem,
  type JourneyKind,
  type JourneyStep,
  stepType,
} from './journey.ts';

export const KYC = 'kyc';

/** The verification steps of contract v1 (`Kyc.StepCompleted.step`), in the order reminders list them. */
export const KYC_STEPS = ['selfie', 'id_document', 'proof_of_address'] as const;
export type KycStep = (typeof KYC_STEPS)[number];

/** Statuses: steps missing; every step in (waiting for the bank); verified (Kyc.Completed). */
export const KYC_PENDING = 'pending';
export const KYC_SUBMITTED = 'submitted';
export const KYC_COMPLETED = 'completed';

/** The one phase: from sign-up until the steps are in or KYC is complete. */
export const SIGNED_UP_PHASE = 'signed_up';

export const KYC_TYPES = ['kyc.reminder'] as const;

/** The deployment's timings (infra/config.ts `kyc`). */
export interface KycSettings {
  /** Days after Customer.SignedUp on which a reminder goes while steps are missing (ascending, ≥ 1). */
  reminderDays: number[];
}

export const DEFAULT_KYC: Readonly<KycSettings> = { reminderDays: [1, 3, 7] };

/** The journey's steps for the deployment's timings. */
export function kycJourney(settings: KycSettings = DEFAULT_KYC): JourneyDefinition {
  const reminders: JourneyStep[] = settings.reminderDays.map((day, i) => ({
    step: `reminder-${i + 1}`,
    type: 'kyc.reminder',
    waitSeconds: (day - (settings.reminderDays[i - 1] ?? 0)) * DAY_SECONDS,
    params: { reminder: String(i + 1), reminders: String(settings.reminderDays.length) },
  }));
  return { name: KYC, phases: [{ name: SIGNED_UP_PHASE, requires: KYC_PENDING, steps: reminders }] };
}

/** Checks a deployment's settings; returns the problems, each naming the field. */
export function kycProblems(settings: KycSettings): string[] {
  const problems: string[] = [];
  const days = settings.reminderDays;
  if (days.length === 0) problems.push('reminderDays: at least one reminder');
  if (days.length > 10) problems.push('reminderDays: at most 10 reminders');
  days.forEach((day, i) => {
    if (!Number.isInteger(day) || day < 1 || day > 365)
      problems.push(`reminderDays[${i}]: must be a whole number of days from 1 to 365`);
    else if (i > 0 && day <= (days[i - 1] as number))
      problems.push(`reminderDays[${i}]: must be after the one before`);
  });
  return problems;
}

/** A customer's KYC journey: one per customer, keyed by the customer id. */
export function kycItem(event: Pick<CustomerSignedUp, 'eventId' | 'occurredAt' | 'customerId'>): JourneyItem {
  return {
    journey: KYC,
    customerId: event.customerId,
    key: event.customerId,
    status: KYC_PENDING,
    startedAt: event.occurredAt,
    startEventId: event.eventId,
    attributes: {},
    goals: {},
    steps: {},
  };
}

/** A completed step is a goal that keeps the status: it only changes what the next reminder names. */
export const kycStepGoal = (step: KycStep) => ({ name: step, from: KYC_PENDING, to: KYC_PENDING }) as const;
/** Every step in: the reminders stop. */
export const KYC_SUBMITTED_GOAL = { name: 'submitted', from: KYC_PENDING, to: KYC_SUBMITTED } as const;
/** Kyc.Completed, from either status before it. */
export const kycCompletedGoal = (from: typeof KYC_PENDING | typeof KYC_SUBMITTED) =>
  ({ name: 'completed', from, to: KYC_COMPLETED }) as const;

/** The steps the customer has not completed, in KYC_STEPS order. */
export function missingSteps(item: Pick<JourneyItem, 'goals'>): KycStep[] {
  return KYC_STEPS.filter((step) => !Object.hasOwn(item.goals, step));
}

/** What the reminders say: the missing steps, and which reminder this is. */
export const kycKind: JourneyKind<(typeof KYC_TYPES)[number]> = {
  name: KYC,
  phases: { [SIGNED_UP_PHASE]: KYC_PENDING },
  types: KYC_TYPES,
  message(item, step) {
    const params = step.params ?? {};
    return {
      type: stepType(KYC_TYPES, step),
      data: {
        missing: missingSteps(item),
        reminder: params.reminder ?? '1',
        reminders: params.reminders ?? '1',
      },
    };
  },
  // Steps recorded while the status stays pending: a reminder with nothing left to name is not sent (the
  // submitted goal normally stops the phase first; this covers the moment in between).
  skip: (item) => (missingSteps(item).length === 0 ? 'nothing_missing' : undefined),
};
