// The data of a lesson of the onboarding journey (shared/domain/journeys/onboarding.ts) for student customers.
import * as v from 'valibot';

export const schema = v.object({
  /** The lesson, a select key of the type's copy (e.g. `expense_tracking`). */
  topic: v.string(),
  url: v.optional(v.string()),
  unsubscribeUrl: v.optional(v.string()),
});

export type OnboardingStudentData = v.InferOutput<typeof schema>;
