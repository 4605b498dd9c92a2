// The data of `fraud.confirmation` (security): the card is being blocked, on a `fraud` answer or on no answer.
import * as v from 'valibot';

export const schema = v.object({
  caseId: v.string(),
  cardLast4: v.string(),
  /** Card.HoldRequested.reason. */
  reason: v.picklist(['customer_reported_fraud', 'no_reply_by_deadline']),
});

export type FraudConfirmationData = v.InferOutput<typeof schema>;
