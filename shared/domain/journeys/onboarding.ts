// The onboarding journey (Kyc.Completed): a short educational sequence about the product, chosen by the
// customer's `segment` (Customer.Upserted): self-employed customers learn expense tracking and invoicing,
// students budgeting and round-ups, everyone else the app's basics and savings goals. Each segment is one
// phase of the state machine, so the sequence is fixed when the journey starts.
//
// Educational content about the bank's own product promotes it: the lessons are marketing, sent only with
// the customer's marketing opt-in, within the marketing cap, with an unsubscribe link.

import type { KycCompleted } from '../../contract/events/kyc-completed.ts';
import {
  DAY_SECONDS,
  type JourneyDefinition,
  type JourneyItem,
  type JourneyKind,
  type JourneyPhase,
  stepType,
} from './journey.ts';

export const ONBOARDING = 'onboarding';

/** The one status: the lessons go until the sequence ends (or the customer is erased). */
export const ONBOARDING_ACTIVE = 'active';

/** The segments with a sequence of their own; any other segment (or none) gets `general`. */
export const ONBOARDING_SEGMENTS = ['self_employed', 'student', 'general'] as const;
export type OnboardingSegment = (typeof ONBOARDING_SEGMENTS)[number];

/**
 * Each segment's lessons, in order: the step names (unique in the journey: the delivery records' `step`)
 * and the message type, whose copy has one `topic` per lesson.
 */
export type OnboardingType = 'onboarding.self_employed' | 'onboarding.student' | 'onboarding.general';

export const ONBOARDING_LESSONS: Readonly<
  Record<OnboardingSegment, { type: OnboardingType; topics: string[] }>
> = {
  self_employed: { type: 'onboarding.self_employed', topics: ['expense-tracking', 'invoices'] },
  student: { type: 'onboarding.student', topics: ['budgeting', 'round-ups'] },
  general: { type: 'onboarding.general', topics: ['app-basics', 'savings-goals'] },
};

export const ONBOARDING_TYPES = ONBOARDING_SEGMENTS.map((s) => ONBOARDING_LESSONS[s].type);

/** The deployment's timings (infra/config.ts `onboarding`). */
export interface OnboardingSettings {
  /** Days after Kyc.Completed on which each lesson goes (two lessons per segment; ascending, ≥ 1). */
  lessonDays: number[];
}

export const DEFAULT_ONBOARDING: Readonly<OnboardingSettings> = { lessonDays: [1, 4] };

/** One phase per segment, each with its lessons on the configured days. */
export function onboardingJourney(settings: OnboardingSettings = DEFAULT_ONBOARDING): JourneyDefinition {
  const phases: JourneyPhase[] = ONBOARDING_SEGMENTS.map((segment) => {
    const { type, topics } = ONBOARDING_LESSONS[segment];
    return {
      name: segment,
      requires: ONBOARDING_ACTIVE,
      steps: topics.map((topic, i) => ({
        step: topic,
        type,
        waitSeconds: ((settings.lessonDays[i] ?? 0) - (settings.lessonDays[i - 1] ?? 0)) * DAY_SECONDS,
        // The copy's `topic` (a select key: no hyphens).
        params: { topic: topic.replace(/-/g, '_') },
      })),
    };
  });
  return { name: ONBOARDING, phases };
}

/** Checks a deployment's settings; returns the problems, each naming the field. */
export function onboardingProblems(settings: OnboardingSettings): string[] {
  const problems: string[] = [];
  const days = settings.lessonDays;
  const lessons = ONBOARDING_LESSONS.general.topics.length;
  if (days.length !== lessons) problems.push(`lessonDays: must list ${lessons} days, one per lesson`);
  days.forEach((day, i) => {
    if (!Number.isInteger(day) || day < 1 || day > 365)
      problems.push(`lessonDays[${i}]: must be a whole number of days from 1 to 365`);
    else if (i > 0 && day <= (days[i - 1] as number))
      problems.push(`lessonDays[${i}]: must be after the one before`);
  });
  return problems;
}

/** The sequence of a customer's segment (free text in the contract): a known one, else `general`. */
export function onboardingSegment(segment: string | undefined): OnboardingSegment {
  const known = ONBOARDING_SEGMENTS.find((s) => s === segment);
  return known ?? 'general';
}

/** A customer's onboarding journey: one per customer, its segment fixed when it starts. */
export function onboardingItem(event: KycCompleted, segment: string | undefined): JourneyItem {
  return {
    journey: ONBOARDING,
    customerId: event.customerId,
    key: event.customerId,
    status: ONBOARDING_ACTIVE,
    startedAt: event.occurredAt,
    startEventId: event.eventId,
    attributes: { segment: onboardingSegment(segment) },
    goals: {},
    steps: {},
  };
}

/** The phase a stored journey runs: its segment's. */
export const onboardingPhase = (item: JourneyItem): OnboardingSegment =>
  onboardingSegment(item.attributes.segment);

export const onboardingKind: JourneyKind<OnboardingType> = {
  name: ONBOARDING,
  phases: Object.fromEntries(ONBOARDING_SEGMENTS.map((s) => [s, ONBOARDING_ACTIVE])),
  types: ONBOARDING_TYPES,
  message: (_item, step) => ({
    type: stepType(ONBOARDING_TYPES, step),
    data: { topic: step.params?.topic ?? step.step },
  }),
};
