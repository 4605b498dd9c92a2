// The data of `fraud.thanks` (security): the customer answered `genuine`; the card stays active (the fraud
// reply loop, shared/domain/journeys/fraud-reply.ts).
import * as v from 'valibot';

export const schema = v.object({ caseId: v.string(), cardLast4: v.string() });

export type FraudThanksData = v.InferOutput<typeof schema>;
