import type * as v from 'valibot';
import { customerEventFields, id, objectOf, oneOf } from '../common.ts';

/** Bank → Herald: the customer answered a fraud check through the bank's own app (resumes the workflow). */
export const detailType = 'Customer.Replied';
export const version = 1;
export const description =
  "Bank → Herald. The customer answered a fraud check (genuine = it was me, fraud = not me), e.g. in the bank's " +
  'own app; resumes the paused workflow like a link click or an SMS reply.';

export const schema = objectOf({
  ...customerEventFields,
  caseId: id,
  answer: oneOf(['genuine', 'fraud']),
  channel: oneOf(['app', 'link', 'sms', 'whatsapp']),
});

export type CustomerReplied = v.InferOutput<typeof schema>;
