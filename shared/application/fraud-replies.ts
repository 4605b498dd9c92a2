// The fraud reply loop's use cases (shared/domain/journeys/fraud-reply.ts): opening a case when the alert
// goes out, taking an answer from any channel, and the workflow's steps (plan, wait, escalate, conclude).

import type { FraudSuspected } from '../contract/events/fraud-suspected.ts';
import { replyDeadline } from '../domain/fraud.ts';
import {
  acceptsAnswer,
  answerOfLink,
  decideOutcome,
  FRAUD_REPLY,
  type FRAUD_REPLY_TYPES,
  type FraudAnswer,
  type FraudCaseRef,
  type FraudReplySettings,
  type FraudWait,
  fraudReplyExecutionName,
  newFraudCase,
  type OutcomeEvent,
  outcomeEvents,
  outcomeMessageType,
  parseQuickReply,
  parseSmsAnswer,
  phoneKey,
  type ReplyChannel,
  waitSeconds,
} from '../domain/journeys/fraud-reply.ts';
import { verifyReplyToken } from '../domain/reply-link.ts';
import type { MessageData } from '../notifications/catalogue.ts';
import type { NotificationDefinition } from '../notifications/definition.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { FraudCaseStore, FraudReplyWorkflow } from '../ports/fraud.ts';
import type { MacVerifier } from '../ports/links.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface FraudCaseDeps {
  cases: FraudCaseStore;
  workflow: FraudReplyWorkflow;
  now: () => Date;
}

export type OpenOutcome = 'opened' | 'already_open' | 'no_customer' | 'below_threshold';

/**
 * Fraud.Suspected → the case and its workflow:
 * 1. a case below the risk threshold gets no alert, so no case; a customer Herald has no profile for gets
 *    no alert either (fraud-alerts rejects that event, with its reason: not rejected twice);
 * 2. the case is stored with a conditional put, with the alert's deadline (computed as the alert computes
 *    it, from the bank's occurredAt) and the hashes of the customer's phone and WhatsApp numbers, by which
 *    SMS and WhatsApp replies find it;
 * 3. the workflow starts by the case's deterministic name: a redelivered event starts nothing new.
 */
export async function openFraudCase(
  detail: Omit<FraudSuspected, 'transactions'>,
  deps: FraudCaseDeps & {
    profiles: ProfileReader;
    settings: Pick<FraudReplySettings, 'replyWindowMinutes' | 'escalationWindowMinutes'> & {
      minRiskScore: number;
    };
  },
): Promise<OpenOutcome> {
  if (detail.riskScore < deps.settings.minRiskScore) return 'below_threshold';
  const profile = await deps.profiles.get(detail.customerId);
  if (!profile) return 'no_customer';
  const replyBy = replyDeadline(detail.occurredAt, deps.settings.replyWindowMinutes);
  const phones = [profile.contacts.phone, profile.contacts.whatsapp].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const { created, item } = await deps.cases.create(newFraudCase(detail, replyBy, deps.settings), [
    ...new Set(phones.map(phoneKey)),
  ]);
  await deps.workflow.start(fraudReplyExecutionName(item), {
    customerId: item.customerId,
    caseId: item.caseId,
    eventId: item.eventId,
  });
  return created ? 'opened' : 'already_open';
}

export type ReplyOutcome = 'recorded' | 'already_answered' | 'too_late' | 'not_found';

/**
 * An answer, from any channel: recorded on the case with one conditional write (the first answer before
 * `answerBy` wins), then the waiting execution is resumed with the token stored on the case. When no token
 * is stored yet (the answer came before the wait began) or the Task stopped waiting a moment ago, the
 * workflow finds the answer on the case itself. Anything after the first answer changes nothing.
 */
export async function receiveReply(
  reply: FraudCaseRef & { answer: FraudAnswer; channel: ReplyChannel },
  deps: FraudCaseDeps,
): Promise<ReplyOutcome> {
  const result = await deps.cases.recordAnswer(reply, {
    answer: reply.answer,
    channel: reply.channel,
    at: deps.now(),
  });
  if (result.outcome !== 'recorded') return result.outcome;
  if (result.taskToken) await deps.workflow.resume(result.taskToken, { answer: reply.answer });
  return 'recorded';
}

/** The workflow's view of a case before a wait: wait (for how long), act on an answer, or stop. */
export interface FraudPlan {
  status: 'awaiting' | 'answered' | 'gone';
  /** Seconds until the wait ends: the Task's TimeoutSecondsPath. */
  seconds: number;
}

const planOf = (
  item: { status: string; replyBy: string; answerBy: string } | undefined,
  wait: FraudWait,
  now: Date,
): FraudPlan => {
  if (!item || item.status === 'closed') return { status: 'gone', seconds: 1 };
  if (item.status === 'answered') return { status: 'answered', seconds: 1 };
  return { status: 'awaiting', seconds: waitSeconds(item, wait, now) };
};

/** The workflow's first step: how long to wait for the answer (until the alert's deadline). */
export async function planFraudReply(
  ref: FraudCaseRef,
  deps: Pick<FraudCaseDeps, 'cases' | 'now'>,
): Promise<FraudPlan> {
  return planOf(await deps.cases.get(ref), 'reply', deps.now());
}

/**
 * The `.waitForTaskToken` Task: stores its token on the case while the case is awaiting an answer. An
 * answer recorded before the token was stored finds no token to resume with: this resumes the Task at once
 * with it. A case that is gone (erased) resumes it with nothing, and the workflow ends.
 */
export async function awaitReply(
  input: FraudCaseRef & { taskToken: string },
  deps: FraudCaseDeps,
): Promise<'waiting' | 'answered_before' | 'gone'> {
  const ref = { customerId: input.customerId, caseId: input.caseId };
  const { stored, item } = await deps.cases.storeTaskToken(ref, input.taskToken);
  if (stored) return 'waiting';
  if (item?.answer) {
    await deps.workflow.resume(input.taskToken, { answer: item.answer });
    return 'answered_before';
  }
  await deps.workflow.resume(input.taskToken, {});
  return 'gone';
}

export interface FraudStepDeps extends NotifyDeps {
  cases: FraudCaseStore;
  profiles: ProfileReader;
  messageTypes: Readonly<Record<string, NotificationDefinition>>;
  settings: Pick<FraudReplySettings, 'defaultOnNoAnswer'>;
  /** The Herald bus, named in the events the state machine puts on it. */
  eventBusName: string;
}

/**
 * Sends one of the loop's messages, as an intent of the case's Fraud.Suspected (its records' `eventId`):
 * each of the loop's message types once per case (its occurrence), however often a step is retried.
 */
async function tell<T extends (typeof FRAUD_REPLY_TYPES)[number]>(
  ref: FraudCaseRef & { eventId: string },
  type: T,
  data: MessageData[T],
  deps: FraudStepDeps,
): Promise<void> {
  const spec = Object.hasOwn(deps.messageTypes, type) ? deps.messageTypes[type] : undefined;
  const profile = await deps.profiles.get(ref.customerId);
  if (!spec || !profile) return;
  await notify(
    profile,
    {
      type,
      category: spec.category,
      customerId: ref.customerId,
      eventId: ref.eventId,
      occurrence: `${FRAUD_REPLY}:${ref.caseId}:${type}`,
      occurredAt: deps.now().toISOString(),
      data,
      journey: FRAUD_REPLY,
      step: type.slice(type.indexOf('.') + 1),
    },
    spec,
    deps,
  );
}

/**
 * The deadline passed without an answer: one escalation message (shared/notifications/<type>/definition.ts gives it
 * a channel order of its own, so it goes first where the alert did not), then the second wait, until the
 * case's `answerBy`. An answer recorded meanwhile skips both. The escalation is identified by the case
 * and its type (`tell`): a retried step sends it once.
 */
export async function escalateFraudCase(ref: FraudCaseRef, deps: FraudStepDeps): Promise<FraudPlan> {
  const item = await deps.cases.get(ref);
  const plan = planOf(item, 'escalated', deps.now());
  if (plan.status !== 'awaiting' || !item || !acceptsAnswer(item, deps.now())) return plan;
  await tell(
    item,
    'fraud.escalation',
    { caseId: item.caseId, cardLast4: item.cardLast4, answerBy: item.answerBy },
    deps,
  );
  return plan;
}

/** What the conclude step hands the state machine: the events it puts on the bus (PutEvents entries). */
export interface FraudConclusion {
  outcome: 'hold' | 'genuine' | 'no_hold' | 'gone';
  entries: { EventBusName: string; Source: 'herald'; DetailType: string; Detail: Record<string, unknown> }[];
}

/**
 * The workflow's last step: the recorded answer, or the default when nobody answered. The case is closed
 * with one conditional write first, so a retried step neither tells the customer twice nor emits twice:
 * the customer is told (confirmation of the hold, or thanks), and the events go back to the state machine,
 * which puts them on the bus. An answer racing the deadline either was recorded before the close (and
 * counts) or finds the case closed (and changes nothing).
 */
export async function concludeFraudCase(ref: FraudCaseRef, deps: FraudStepDeps): Promise<FraudConclusion> {
  const now = deps.now();
  const item = await deps.cases.get(ref);
  if (!item || item.status === 'closed') return { outcome: 'gone', entries: [] };
  const outcome = decideOutcome(item, deps.settings);
  if (!(await deps.cases.close(ref, outcome, now))) return { outcome: 'gone', entries: [] };
  const type = outcomeMessageType(outcome);
  const card = { caseId: item.caseId, cardLast4: item.cardLast4 };
  if (type === 'fraud.confirmation')
    await tell(
      item,
      type,
      { ...card, reason: outcome.kind === 'hold' ? outcome.reason : 'customer_reported_fraud' },
      deps,
    );
  else if (type === 'fraud.thanks') await tell(item, type, card, deps);
  const entries = outcomeEvents(item, outcome, now).map((e: OutcomeEvent) => ({
    EventBusName: deps.eventBusName,
    Source: 'herald' as const,
    DetailType: e.detailType,
    Detail: e.detail,
  }));
  return { outcome: outcome.kind, entries };
}

/** `open`: a preview of a link that can still answer. */
export type LinkOutcome = ReplyOutcome | 'expired' | 'invalid' | 'open';

/**
 * A signed link (shared/domain/reply-link.ts), previewed (GET: the page asks to confirm) or used (POST).
 * The token is checked first — its MAC by KMS VerifyMac, then its expiry, which is the alert's deadline —
 * and nothing in it is trusted before. A POST then takes the link's id once (a conditional write: a second
 * click is `already_answered`) and answers as any reply does. A mail scanner that opens the link (GET)
 * therefore answers nothing.
 */
export async function replyByLink(
  token: string,
  use: boolean,
  deps: FraudCaseDeps & { verifier: MacVerifier },
): Promise<{ outcome: LinkOutcome; answer?: FraudAnswer; caseId?: string }> {
  const check = await verifyReplyToken(token, deps.now(), deps.verifier);
  if (!check.ok) return { outcome: check.reason.startsWith('token: expired') ? 'expired' : 'invalid' };
  const { claims } = check;
  const answer = answerOfLink(claims.answer);
  const ref = { customerId: claims.customerId, caseId: claims.caseId };
  if (!use) {
    const item = await deps.cases.get(ref);
    if (!item) return { outcome: 'not_found' };
    if (!acceptsAnswer(item, deps.now()))
      return { outcome: item.answer ? 'already_answered' : 'too_late', caseId: claims.caseId };
    return { outcome: 'open', answer, caseId: claims.caseId };
  }
  if (!(await deps.cases.useLink(claims.customerId, claims.id, claims.expiresAt)))
    return { outcome: 'already_answered', caseId: claims.caseId };
  return {
    outcome: await receiveReply({ ...ref, answer, channel: 'link' }, deps),
    answer,
    caseId: claims.caseId,
  };
}

export type InboundOutcome = ReplyOutcome | 'unrecognised' | 'no_open_case';

/**
 * An SMS or WhatsApp reply, found by the sender's number: the number is hashed (`phoneKey`) and looked up
 * among the cases opened for it; it is never stored or logged as it is. An SMS answers the customer's open
 * case (the latest, should there be two); a WhatsApp quick reply names its case, which must be one opened
 * for the sender's number, so a payload sent from another number answers nothing. Text that is neither
 * YES nor NO in a language Herald writes answers nothing either.
 */
export async function replyByPhone(
  reply: { phone: string; channel: 'sms' | 'whatsapp'; text?: string; quickReply?: string },
  deps: FraudCaseDeps,
): Promise<{ outcome: InboundOutcome; caseId?: string }> {
  const quick = reply.quickReply !== undefined ? parseQuickReply(reply.quickReply) : undefined;
  const answer = quick?.answer ?? (reply.text !== undefined ? parseSmsAnswer(reply.text) : undefined);
  if (!answer) return { outcome: 'unrecognised' };
  const now = deps.now();
  const candidates = (await deps.cases.casesByPhone(phoneKey(reply.phone))).filter(
    (ref) => !quick || ref.caseId === quick.caseId,
  );
  const cases = (await Promise.all(candidates.map((ref) => deps.cases.get(ref)))).filter(
    (item): item is NonNullable<typeof item> => item !== undefined,
  );
  const open = cases
    .filter((item) => acceptsAnswer(item, now))
    .sort((a, b) => Date.parse(b.replyBy) - Date.parse(a.replyBy))[0];
  if (!open) {
    const answered = cases.find((item) => item.answer !== undefined);
    return answered
      ? { outcome: 'already_answered', caseId: answered.caseId }
      : { outcome: cases.length > 0 ? 'too_late' : 'no_open_case' };
  }
  const outcome = await receiveReply(
    { customerId: open.customerId, caseId: open.caseId, answer, channel: reply.channel },
    deps,
  );
  return { outcome, caseId: open.caseId };
}
