import * as v from 'valibot';
import { customerEventFields, objectOf, oneOf } from '../common.ts';

/** Bank → Herald: the customer was active (stops win-back). */
export const detailType = 'Customer.Active';
export const version = 1;
export const description =
  'Bank → Herald. The customer was active in the app or on the web (stops win-back).';

export const schema = objectOf({
  ...customerEventFields,
  surface: v.optional(oneOf(['app', 'web'])),
});

export type CustomerActive = v.InferOutput<typeof schema>;
