// The onboarding journey's start: Kyc.Completed begins the educational sequence of the customer's segment.

import type { KycCompleted } from '../contract/events/kyc-completed.ts';
import { executionInput, executionName } from '../domain/journeys/journey.ts';
import {
  ONBOARDING,
  ONBOARDING_ACTIVE,
  onboardingItem,
  onboardingPhase,
} from '../domain/journeys/onboarding.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer } from './erasure-gate.ts';
import type { JourneyEventDeps, JourneyEventOutcome } from './journeys.ts';

/**
 * Kyc.Completed → the onboarding lessons:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts): the segment, the
 *    language and the consent all come from the profile;
 * 2. the journey is created with the segment of the profile as it is now (conditional put: a duplicate
 *    finds it, and keeps the segment the journey started with);
 * 3. the segment's phase starts by its deterministic name; a duplicate starts nothing new.
 */
export async function startOnboarding(
  event: BusEvent,
  detail: KycCompleted,
  deps: JourneyEventDeps,
): Promise<JourneyEventOutcome> {
  const profile = await admitKnownCustomer(event, detail, deps);
  if (!profile) return 'rejected';
  const { created, item } = await deps.journeys.create(onboardingItem(detail, profile.segment));
  if (item.status !== ONBOARDING_ACTIVE) return 'already_started';
  const phase = onboardingPhase(item);
  await deps.executions.start(
    ONBOARDING,
    executionName(item, phase),
    executionInput(item, phase, item.startEventId),
  );
  return created ? 'started' : 'already_started';
}
