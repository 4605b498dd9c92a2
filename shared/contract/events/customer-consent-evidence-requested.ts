import type * as v from 'valibot';
import { customerEventFields, objectOf } from '../common.ts';

/** Bank → Herald: send back the customer's consent ledger (Customer.ConsentEvidence). */
export const detailType = 'Customer.ConsentEvidenceRequested';
export const version = 1;
export const description =
  'Bank → Herald. Send back every grant and withdrawal of consent Herald keeps for the customer, with its ' +
  'time, source and the event that caused it, to answer a data-subject request or a complaint (GDPR Art. ' +
  '7(1): the bank must be able to show the customer consented). Herald answers with Customer.ConsentEvidence.';

export const schema = objectOf({
  ...customerEventFields,
});

export type CustomerConsentEvidenceRequested = v.InferOutput<typeof schema>;
