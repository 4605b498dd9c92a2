import type * as v from 'valibot';
import { customerEventFields, objectOf } from '../common.ts';

/** Bank → Herald: KYC is complete (stops the KYC reminders, starts onboarding). */
export const detailType = 'Kyc.Completed';
export const version = 1;
export const description = 'Bank → Herald. KYC is complete: stops the KYC reminders and starts onboarding.';

export const schema = objectOf({
  ...customerEventFields,
});

export type KycCompleted = v.InferOutput<typeof schema>;
