// The journeys whose steps the journey-step function runs: their message types are the types that function
// raises (its manifest, functions/journey-step/function.ts, gives it the render queues of those types).
import { cardActivationKind } from './card-activation.ts';
import type { JourneyKind } from './journey.ts';
import { kycKind } from './kyc.ts';
import { onboardingKind } from './onboarding.ts';
import { paymentDueKind } from './payment-due.ts';
import { surveyKind } from './surveys.ts';
import { winBackKind } from './win-back.ts';

export const JOURNEY_KINDS: readonly JourneyKind[] = [
  cardActivationKind,
  kycKind,
  onboardingKind,
  paymentDueKind,
  winBackKind,
  surveyKind,
];

/** The message types of every journey's steps. */
export const JOURNEY_TYPES = JOURNEY_KINDS.flatMap((kind) => kind.types);
