// An SMS or WhatsApp reply that is a consent keyword (shared/domain/sms-keywords.ts): STOP and its
// equivalents withdraw the channel's consent, START re-grants it, HELP is answered.
import { phoneKey } from '../domain/journeys/fraud-reply.ts';
import type { CustomerProfile } from '../domain/profile.ts';
import { type ConsentKeyword, KEYWORD_REPLY_TYPES, parseConsentKeyword } from '../domain/sms-keywords.ts';
import { messageTypes } from '../notifications/catalogue.ts';
import type { CustomersByNumber } from '../ports/customers.ts';
import { type ChangeConsentDeps, changeConsentOnCustomersWord } from './change-consent.ts';
import { type NotifyDeps, notify } from './notify.ts';

const [HELP_TYPE] = KEYWORD_REPLY_TYPES;

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
  /** What the answer to HELP is planned with, as any message is (its own message claims and render queue). */
  help: NotifyDeps;
}

/**
 * `changed`: the consent of `customers` customers changed (0 when the number is no customer's now).
 * `help`: `customers` customers have the number; `answered` when the answer was planned (an SMS from a
 * customer's number), false for WhatsApp and for a number that is no customer's.
 */
export type KeywordResult =
  | { keyword: Exclude<ConsentKeyword, 'help'>; customers: number }
  | { keyword: 'help'; customers: number; answered: boolean };

/**
 * A reply that is a keyword, or undefined for any other reply (a fraud answer, a question):
 * 1. the text is the keyword alone, case, accents, spaces and punctuation aside;
 * 2. the customers whose current number on the reply's channel it is (SMS: phone; WhatsApp: WhatsApp),
 *    found by the number's keyed hash, never by the number;
 * 3. opt-out / opt-in: each one's consent on that channel, transactional and marketing, changes on their
 *    word (changeConsentOnCustomersWord: ledger entry with source sms_keyword or whatsapp_keyword and the
 *    inbound message as its cause, and Consent.ChangedByCustomer to the bank). Security alerts need no
 *    consent and still go (README "Consent customers can exercise");
 * 4. HELP by SMS: one answer per number (consent.help), in the language of the first customer whose number
 *    it is, as a message of the inbound message (its `eventId`), so a redelivered reply is answered once.
 *    Nothing is sent to a number that is no customer's, and a WhatsApp HELP is not answered (the type is
 *    SMS only: shared/notifications/consent-help/definition.ts).
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
  const customers: CustomerProfile[] = [];
  for (const customerId of await deps.numbers.customersOf(key)) {
    const profile = await deps.profiles.get(customerId);
    const number = reply.channel === 'sms' ? profile?.contacts.phone : profile?.contacts.whatsapp;
    if (profile && number && phoneKey(number) === key) customers.push(profile);
  }
  const occurredAt = reply.receivedAt ?? deps.now().toISOString();
  // 4.
  if (keyword === 'help') {
    const [first] = customers;
    if (reply.channel !== 'sms' || !first) return { keyword, customers: customers.length, answered: false };
    const help = messageTypes[HELP_TYPE];
    await notify(
      first,
      {
        type: HELP_TYPE,
        category: help.category,
        customerId: first.customerId,
        eventId: reply.messageId,
        occurredAt,
        data: {},
      },
      help,
      deps.help,
    );
    return { keyword, customers: customers.length, answered: true };
  }
  // 3.
  let changed = 0;
  for (const { customerId } of customers) {
    const result = await changeConsentOnCustomersWord(
      {
        customerId,
        channel: reply.channel,
        categories: ['transactional', 'marketing'],
        granted: keyword === 'opt_in',
        source: reply.channel === 'sms' ? 'sms_keyword' : 'whatsapp_keyword',
        causedBy: reply.messageId,
        occurredAt,
      },
      deps,
    );
    if (result.outcome === 'recorded') changed += 1;
  }
  return { keyword, customers: changed };
}
