// The data of `fraud.escalation` (security): no answer by the alert's deadline; asked once more.
import * as v from 'valibot';

export const schema = v.object({
  caseId: v.string(),
  cardLast4: v.string(),
  /** The last moment an answer counts (ISO-8601): the alert's deadline plus the escalation window. */
  answerBy: v.string(),
});

export type FraudEscalationData = v.InferOutput<typeof schema>;
