// Customers' SMS and WhatsApp replies, as the inbound topic delivers them: each goes where it belongs. A
// "Set up autopay" quick reply (shared/domain/journeys/autopay-reply.ts) goes to the bank as
// Payment.AutopayRequested; a consent keyword (STOP, START, HELP and their equivalents) changes the
// channel's consent (consent-keywords.ts); anything else is an answer to a fraud alert (fraud-replies.ts).
import { autopayRequest, parseAutopayPayload } from '../domain/journeys/autopay-reply.ts';
import { phoneKey } from '../domain/journeys/fraud-reply.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { BankEvents } from '../ports/events.ts';
import { type ConsentKeywordDeps, type KeywordResult, takeConsentKeyword } from './consent-keywords.ts';
import { type FraudCaseDeps, type InboundOutcome, replyByPhone } from './fraud-replies.ts';

/**
 * A reply as it arrived (shared/adapters/sns/inbound-replies.ts): the sender's number, text or a payload,
 * the provider's message id and when it arrived.
 */
export type InboundReply = Parameters<typeof replyByPhone>[0] & { messageId: string; receivedAt?: string };

/**
 * `requested`: the bank was told. `unknown_customer`: no profile for the payload's customer (erased, or a
 * payload Herald never sent). `not_the_customer`: the sender's number is not the customer's.
 */
export type AutopayOutcome = 'requested' | 'unknown_customer' | 'not_the_customer';

export interface AutopayDeps {
  profiles: ProfileReader;
  events: BankEvents;
  now: () => Date;
}

/**
 * A tap on "Set up autopay":
 * 1. the payload names the customer and the bill; the customer's profile must exist;
 * 2. the tap must come from the customer's own WhatsApp (or phone) number, compared by hash, so a payload
 *    copied to another number asks for nothing;
 * 3. `Payment.AutopayRequested` goes to the bank, its eventId derived from the customer and the bill (a
 *    second tap, or a redelivered webhook, names the same request). A failed PutEvents throws: SNS retries
 *    the reply, then keeps it in the subscription's dead-letter queue.
 */
export async function requestAutopay(
  reply: { phone: string; customerId: string; billId: string },
  deps: AutopayDeps,
): Promise<AutopayOutcome> {
  const profile = await deps.profiles.get(reply.customerId);
  if (!profile) return 'unknown_customer';
  const sender = phoneKey(reply.phone);
  const own = [profile.contacts.whatsapp, profile.contacts.phone].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  if (!own.some((p) => phoneKey(p) === sender)) return 'not_the_customer';
  const { detailType, detail } = autopayRequest(reply, deps.now());
  await deps.events.emit(detailType, detail);
  return 'requested';
}

/** What became of one inbound reply (logged without the number or the text). */
export type InboundResult =
  | { kind: 'autopay'; outcome: AutopayOutcome; billId?: string }
  | ({ kind: 'consent' } & KeywordResult)
  | { kind: 'fraud'; outcome: InboundOutcome; caseId?: string };

/** One inbound reply, routed by what it is: an autopay quick reply, a consent keyword, else a fraud answer. */
export async function takeInboundReply(
  reply: InboundReply,
  deps: FraudCaseDeps & AutopayDeps & ConsentKeywordDeps,
): Promise<InboundResult> {
  const autopay =
    reply.channel === 'whatsapp' && reply.quickReply !== undefined
      ? parseAutopayPayload(reply.quickReply)
      : undefined;
  if (autopay) {
    const outcome = await requestAutopay({ phone: reply.phone, ...autopay }, deps);
    return { kind: 'autopay', outcome, ...(outcome === 'requested' ? { billId: autopay.billId } : {}) };
  }
  if (reply.text !== undefined) {
    const keyword = await takeConsentKeyword({ ...reply, text: reply.text }, deps);
    if (keyword) return { kind: 'consent', ...keyword };
  }
  return { kind: 'fraud', ...(await replyByPhone(reply, deps)) };
}
