// The fraud reply loop: after a fraud alert (Fraud.Suspected → fraud.alert) a workflow waits for the
// customer's answer and acts on it. The case is one DynamoDB item under the customer; the workflow is one
// Standard execution per case (infra/constructs/fraud-reply.ts) that parks in a `.waitForTaskToken` Task
// with the task token stored on the case. Every way of answering — a signed link, an SMS reply, a WhatsApp
// quick reply, Customer.Replied from the bank's app — records the answer on the case with one conditional
// write (the first answer wins; a second, late or forged one changes nothing) and then resumes the SAME
// execution with the stored token. No answer by the deadline: one escalation on another channel, a short
// second window, then the bank's default (`fraud.defaultOnNoAnswer`).
//
// Pure: what a reply says, what a case's ending decides. Storage and callbacks go through ports.
import { createHash } from 'node:crypto';
import type { FraudSuspected } from '../../contract/events/fraud-suspected.ts';

export const FRAUD_REPLY = 'fraud_reply';

/**
 * A case's status. `awaiting`: answers count (until `answerBy`). `answered`: an answer was recorded, the
 * workflow has not acted on it yet. `closed`: the workflow acted (on the answer or the default).
 */
export type FraudCaseStatus = 'awaiting' | 'answered' | 'closed';

/** genuine = "it was me" (YES); fraud = "not me" (NO): the words of Customer.Replied and Fraud.CustomerReplied. */
export type FraudAnswer = 'genuine' | 'fraud';
/** How the answer arrived; `none` when the default applied. */
export type ReplyChannel = 'app' | 'link' | 'sms' | 'whatsapp';

/** One fraud case, as stored. No contact, no token text in here is ever logged. */
export interface FraudCase {
  customerId: string;
  caseId: string;
  cardId: string;
  cardLast4: string;
  /** The Fraud.Suspected eventId: the loop's messages and log lines carry it. */
  eventId: string;
  /** Fraud.Suspected.occurredAt. */
  occurredAt: string;
  /** The alert's deadline (fraud.alert `replyBy`): the signed links expire then; the escalation goes then. */
  replyBy: string;
  /** The last moment an answer counts: `replyBy` plus the escalation window. */
  answerBy: string;
  status: FraudCaseStatus;
  answer?: FraudAnswer;
  channel?: ReplyChannel;
  answeredAt?: string;
  /** Set when the workflow closes the case: what it did. */
  outcome?: FraudOutcome['kind'];
}

export interface FraudCaseRef {
  customerId: string;
  caseId: string;
}

/** The deployment's reply-loop settings (infra/config.ts `fraud`). */
export interface FraudReplySettings {
  /** How long the customer has, from Fraud.Suspected.occurredAt (the alert's `replyBy`). */
  replyWindowMinutes: number;
  /** After the deadline, one escalation message and this much longer for an answer. */
  escalationWindowMinutes: number;
  /** What happens when nobody answered at all: put the card on hold, or not. */
  defaultOnNoAnswer: 'hold' | 'no_hold';
}

export const DEFAULT_FRAUD_REPLY: Readonly<FraudReplySettings> = {
  replyWindowMinutes: 30,
  escalationWindowMinutes: 15,
  defaultOnNoAnswer: 'hold',
};

const plusMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** A new case for a Fraud.Suspected (its deadline as the alert computes it: shared/domain/fraud.ts). */
export function newFraudCase(
  event: Pick<FraudSuspected, 'eventId' | 'occurredAt' | 'customerId' | 'caseId' | 'cardId' | 'cardLast4'>,
  replyBy: string,
  settings: Pick<FraudReplySettings, 'escalationWindowMinutes'>,
): FraudCase {
  return {
    customerId: event.customerId,
    caseId: event.caseId,
    cardId: event.cardId,
    cardLast4: event.cardLast4,
    eventId: event.eventId,
    occurredAt: event.occurredAt,
    replyBy,
    answerBy: plusMinutes(replyBy, settings.escalationWindowMinutes),
    status: 'awaiting',
  };
}

/**
 * The execution name of a case: deterministic, so a redelivered Fraud.Suspected starts nothing new. Step
 * Functions allows 80 characters from a restricted set: the customer and case go in as a hash.
 */
export function fraudReplyExecutionName(ref: FraudCaseRef): string {
  const hash = createHash('sha256')
    .update(`${FRAUD_REPLY}\u0000${ref.customerId}\u0000${ref.caseId}`)
    .digest('base64url')
    .slice(0, 40);
  return `fraud-reply-${hash}`;
}

/** The two waits of a case: until the alert's deadline, then (after the escalation) until `answerBy`. */
export type FraudWait = 'reply' | 'escalated';

/** Whole seconds from `now` until the wait's end; at least 1 (Step Functions refuses a timeout of 0). */
export function waitSeconds(
  item: Pick<FraudCase, 'replyBy' | 'answerBy'>,
  wait: FraudWait,
  now: Date,
): number {
  const end = Date.parse(wait === 'reply' ? item.replyBy : item.answerBy);
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** Whether an answer at `at` still counts for the case (it must be awaiting, and not past `answerBy`). */
export function acceptsAnswer(item: Pick<FraudCase, 'status' | 'answerBy'>, at: Date): boolean {
  return item.status === 'awaiting' && at.getTime() < Date.parse(item.answerBy);
}

// --- What a reply says ------------------------------------------------------------------------------

/**
 * YES and NO as customers write them in Herald's six languages (en, id, ar, ro, vi, de), lower case and
 * without diacritics (Romanian and Vietnamese SMS often come without them). YES = it was me = genuine.
 */
// Vietnamese "phải" (right) is left out: it is in "không phải tôi" (not me) too.
const YES_WORDS = new Set([
  'yes',
  'y',
  'yeah',
  'yep',
  'ok',
  'ya',
  'iya',
  'benar',
  'da',
  'co',
  'vang',
  'ja',
  'نعم',
  'ايوه',
]);
const NO_WORDS = new Set([
  'no',
  'n',
  'nope',
  'tidak',
  'bukan',
  'nggak',
  'gak',
  'nu',
  'khong',
  'ko',
  'nein',
  'لا',
  'كلا',
]);

/** Lower case, diacritics removed (đ → d), Arabic-Indic forms left as they are. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/**
 * The answer in an SMS reply: the first word decides (`YES`, `Da`, `nein danke`, `không`, `نعم`), as
 * long as no other word says the opposite (`yes no` is no answer). Anything else is no answer: the
 * customer is asked again, never guessed for.
 */
export function parseSmsAnswer(text: string): FraudAnswer | undefined {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const first = words[0];
  if (first === undefined || words.length > 6) return undefined;
  const yes = YES_WORDS.has(first);
  const no = NO_WORDS.has(first);
  if (yes === no) return undefined;
  const contradicted = words.slice(1).some((w) => (yes ? NO_WORDS.has(w) : YES_WORDS.has(w)));
  if (contradicted) return undefined;
  return yes ? 'genuine' : 'fraud';
}

/** The fraud alert's WhatsApp quick replies carry `FRAUD_YES:<caseId>` / `FRAUD_NO:<caseId>`. */
export function parseQuickReply(payload: string): { caseId: string; answer: FraudAnswer } | undefined {
  const match = /^FRAUD_(YES|NO):(.{1,128})$/.exec(payload);
  if (!match?.[2]) return undefined;
  return { caseId: match[2], answer: match[1] === 'YES' ? 'genuine' : 'fraud' };
}

/** A signed link's `yes` / `no` (shared/domain/reply-link.ts) in the loop's words. */
export const answerOfLink = (answer: 'yes' | 'no'): FraudAnswer => (answer === 'yes' ? 'genuine' : 'fraud');

// --- What the ending of a case decides ---------------------------------------------------------------

/** What the workflow does when it wakes: on the recorded answer, or on the default once nobody answered. */
export type FraudOutcome =
  | { kind: 'hold'; answer: 'fraud'; reason: 'customer_reported_fraud' }
  | { kind: 'genuine'; answer: 'genuine' }
  | { kind: 'hold'; answer?: undefined; reason: 'no_reply_by_deadline' }
  | { kind: 'no_hold'; answer?: undefined };

export function decideOutcome(
  item: Pick<FraudCase, 'answer'>,
  settings: Pick<FraudReplySettings, 'defaultOnNoAnswer'>,
): FraudOutcome {
  if (item.answer === 'fraud') return { kind: 'hold', answer: 'fraud', reason: 'customer_reported_fraud' };
  if (item.answer === 'genuine') return { kind: 'genuine', answer: 'genuine' };
  return settings.defaultOnNoAnswer === 'hold'
    ? { kind: 'hold', reason: 'no_reply_by_deadline' }
    : { kind: 'no_hold' };
}

/** An event for the bank (Source `herald`), as the state machine puts it on the bus. */
export interface OutcomeEvent {
  detailType: 'Card.HoldRequested' | 'Fraud.CustomerReplied';
  detail: Record<string, unknown>;
}

/**
 * The events of an outcome: every answer is told to the bank (Fraud.CustomerReplied); a hold is requested
 * on a `fraud` answer and, with the default `hold`, on no answer. With the default `no_hold` and no
 * answer, Fraud.CustomerReplied says `genuine` with `noAnswer: true` (an added field: the bank can tell a
 * default from a reply). Each event's eventId is derived from the case, so a retried PutEvents names the
 * same event.
 */
export function outcomeEvents(item: FraudCase, outcome: FraudOutcome, at: Date): OutcomeEvent[] {
  const base = { occurredAt: at.toISOString(), customerId: item.customerId, caseId: item.caseId };
  const events: OutcomeEvent[] = [];
  if (outcome.answer !== undefined)
    events.push({
      detailType: 'Fraud.CustomerReplied',
      detail: { eventId: `fraud-case:${item.caseId}:replied`, ...base, answer: outcome.answer },
    });
  if (outcome.kind === 'no_hold')
    events.push({
      detailType: 'Fraud.CustomerReplied',
      detail: { eventId: `fraud-case:${item.caseId}:replied`, ...base, answer: 'genuine', noAnswer: true },
    });
  if (outcome.kind === 'hold')
    events.push({
      detailType: 'Card.HoldRequested',
      detail: {
        eventId: `fraud-case:${item.caseId}:hold`,
        ...base,
        cardId: item.cardId,
        reason: outcome.reason,
      },
    });
  return events;
}

/** The message that tells the customer what happened (none when the default was not to hold). */
export function outcomeMessageType(outcome: FraudOutcome): 'fraud.confirmation' | 'fraud.thanks' | undefined {
  if (outcome.kind === 'hold') return 'fraud.confirmation';
  if (outcome.kind === 'genuine') return 'fraud.thanks';
  return undefined;
}

export const FRAUD_REPLY_TYPES = ['fraud.escalation', 'fraud.confirmation', 'fraud.thanks'] as const;

/** The phone-number key of the SMS / WhatsApp lookup: a hash, never the number. */
export function phoneKey(e164: string): string {
  const digits = e164.replace(/[^\d]/g, '');
  return createHash('sha256').update(`herald-reply:+${digits}`).digest('base64url');
}
