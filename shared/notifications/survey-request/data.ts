// The data of `survey.request` (marketing): Lifecycle.MilestoneReached, one per milestone
// (shared/domain/journeys/surveys.ts).
import * as v from 'valibot';

export const schema = v.object({
  /** Lifecycle.MilestoneReached.milestone: onboarding_completed, first_90_days or account_closed. */
  milestone: v.string(),
  /** The survey; defaults to `<brand.url>/survey/<milestone>`. */
  url: v.optional(v.string()),
  unsubscribeUrl: v.optional(v.string()),
});

export type SurveyRequestData = v.InferOutput<typeof schema>;
