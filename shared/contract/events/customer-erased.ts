import * as v from 'valibot';
import { customerEventFields, identifier, objectOf } from '../common.ts';

/** Herald → bank (Source `herald`): Herald erased everything it kept about the customer. */
export const detailType = 'Customer.Erased';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). Herald erased everything it kept about the customer; requestEventId is the ' +
  'eventId of the Customer.ErasureRequested that asked for it.';

export const schema = objectOf({
  ...customerEventFields,
  requestEventId: v.optional(identifier(256)),
});

export type CustomerErased = v.InferOutput<typeof schema>;
