// An SMS or WhatsApp reply that is a consent keyword (shared/domain/sms-keywords.ts): STOP and its
// equivalents withdraw the channel's consent, START re-grants it, HELP is answered.
import { phoneKey } from '../domain/journeys/fraud-reply.ts';
import { type ConsentKeyword, parseConsentKeyword } from '../domain/sms-keywords.ts';
import type { CustomersByNumber } from '../ports/customers.ts';
import { type ChangeConsentDeps, changeConsentOnCustomersWord } from './change-consent.ts';

/** A reply as the inbound topic delivers it (shared/adapters/sns/inbound-replies.ts). */
export interface KeywordReply {
  phone: string;
  channel: 'sms' | 'whatsapp';
  text: string;
  /** The provider's id of the inbound message: what caused the change (`causedBy`). */
  messageId: string;
  /** When the message arrived (the topic's timestamp: the same on a redelivery); now when unknown. */
  receivedAt?: string;
}

export interface ConsentKeywordDeps extends ChangeConsentDeps {
  numbers: CustomersByNumber;
}

/**
 * `changed`: the consent of `customers` customers changed (0 when the number is no customer's now).
 * `help`: the customers whose number it is, to be answered.
 */
export type KeywordResult =
  | { keyword: Exclude<ConsentKeyword, 'help'>; customers: number }
  | { keyword: 'help'; customerIds: string[] };

/**
 * A reply that is a keyword, or undefined for any other reply (a fraud answer, a question):
 * 1. the text is the keyword alone, case, accents, spaces and punctuation aside;
 * 2. the customers whose current number on the reply's channel it is (SMS: phone; WhatsApp: WhatsApp),
 *    found by the number's keyed hash, never by the number;
 * 3. opt-out / opt-in: each one's consent on that channel, transactional and marketing, changes on their
 *    word (changeConsentOnCustomersWord: ledger entry with source sms_keyword or whatsapp_keyword and the
 *    inbound message as its cause, and Consent.ChangedByCustomer to the bank). Security alerts need no
 *    consent and still go (README "Consent customers can exercise").
 */
export async function takeConsentKeyword(
  reply: KeywordReply,
  deps: ConsentKeywordDeps,
): Promise<KeywordResult | undefined> {
  // 1.
  const keyword = parseConsentKeyword(reply.text);
  if (!keyword) return undefined;
  // 2.
  const key = phoneKey(reply.phone);
  const customerIds: string[] = [];
  for (const customerId of await deps.numbers.customersOf(key)) {
    const profile = await deps.profiles.get(customerId);
    const number = reply.channel === 'sms' ? profile?.contacts.phone : profile?.contacts.whatsapp;
    if (number && phoneKey(number) === key) customerIds.push(customerId);
  }
  if (keyword === 'help') return { keyword, customerIds };
  // 3.
  let customers = 0;
  for (const customerId of customerIds) {
    const result = await changeConsentOnCustomersWord(
      {
        customerId,
        channel: reply.channel,
        categories: ['transactional', 'marketing'],
        granted: keyword === 'opt_in',
        source: reply.channel === 'sms' ? 'sms_keyword' : 'whatsapp_keyword',
        causedBy: reply.messageId,
        occurredAt: reply.receivedAt ?? deps.now().toISOString(),
      },
      deps,
    );
    if (result.outcome === 'recorded') customers += 1;
  }
  return { keyword, customers };
}
