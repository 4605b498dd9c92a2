import * as v from 'valibot';
import { customerEventFields, objectOf, text } from '../common.ts';

/** Bank → Herald: a customer signed up (starts the registration / KYC reminders). */
export const detailType = 'Customer.SignedUp';
export const version = 1;
export const description =
  'Bank → Herald. A customer signed up (starts the registration / KYC reminders). channel is free text, e.g. "app".';

export const schema = objectOf({
  ...customerEventFields,
  channel: v.optional(text(64)),
});

export type CustomerSignedUp = v.InferOutput<typeof schema>;
