// The data of `payment.confirmation` (transactional): Payment.Completed.
import * as v from 'valibot';

export const schema = v.object({
  paymentId: v.string(),
  amount: v.string(),
  currency: v.string(),
  payee: v.string(),
  reference: v.optional(v.string()),
  /** Payment.Completed.occurredAt. */
  completedAt: v.string(),
  /** Link to manage payments; falls back to the brand's link. */
  manageUrl: v.optional(v.string()),
});

export type PaymentConfirmationData = v.InferOutput<typeof schema>;
