import type * as v from 'valibot';
import { customerEventFields, objectOf, oneOf } from '../common.ts';

/** Bank → Herald: the customer completed one KYC step. */
export const detailType = 'Kyc.StepCompleted';
export const version = 1;
export const description =
  'Bank → Herald. The customer completed one KYC step; reminders name the steps still missing.';

export const schema = objectOf({
  ...customerEventFields,
  step: oneOf(['selfie', 'id_document', 'proof_of_address']),
});

export type KycStepCompleted = v.InferOutput<typeof schema>;
