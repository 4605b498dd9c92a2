import type * as v from 'valibot';
import { customerEventFields, objectOf } from '../common.ts';

/** Bank → Herald: erase everything Herald keeps about the customer. */
export const detailType = 'Customer.ErasureRequested';
export const version = 1;
export const description =
  'Bank → Herald. Erase everything Herald keeps about the customer; Herald answers with Customer.Erased.';

export const schema = objectOf({
  ...customerEventFields,
});

export type CustomerErasureRequested = v.InferOutput<typeof schema>;
