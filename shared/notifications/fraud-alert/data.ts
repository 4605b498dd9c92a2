// The data of `fraud.alert` (security): Fraud.Suspected; the customer answers YES (it was me) or NO. The
// YES/NO links are not data: render.ts signs them for the e-mail and push (sign()).
import * as v from 'valibot';

export const schema = v.object({
  /** Fraud.Suspected.caseId: carried in the WhatsApp quick reply payloads. */
  caseId: v.string(),
  cardLast4: v.string(),
  /** Fraud.Suspected.transactions: at least one. */
  transactions: v.pipe(
    v.array(
      v.object({ amount: v.string(), currency: v.string(), merchant: v.string(), occurredAt: v.string() }),
    ),
    v.minLength(1),
  ),
  /** When the card is put on hold if the customer has not answered (ISO-8601). */
  replyBy: v.string(),
});

export type FraudAlertData = v.InferOutput<typeof schema>;
