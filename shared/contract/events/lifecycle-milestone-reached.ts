import type * as v from 'valibot';
import { customerEventFields, objectOf, oneOf } from '../common.ts';

/** Bank → Herald: the customer reached a lifecycle milestone (one survey per milestone). */
export const detailType = 'Lifecycle.MilestoneReached';
export const version = 1;
export const description =
  'Bank → Herald. The customer reached a lifecycle milestone (one survey per milestone).';

export const schema = objectOf({
  ...customerEventFields,
  milestone: oneOf(['onboarding_completed', 'first_90_days', 'account_closed']),
});

export type LifecycleMilestoneReached = v.InferOutput<typeof schema>;
