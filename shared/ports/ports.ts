// The ports Herald's use cases depend on. Adapters for AWS live in shared/adapters; the local runtime
// reaches the same adapters through local endpoints.

import type { FraudReplyWorkflowInput } from '../contract/internal/fraud-reply.ts';
import type { MessageJob, PlannedJob } from '../contract/internal/jobs.ts';
import type { AccountAlertStates, AlertState, BalanceAlertKind } from '../domain/balance.ts';
import type { SentTouch } from '../domain/conversions.ts';
import type { DeliveryRecord, RejectedRecord } from '../domain/delivery-record.ts';
import type { Erasure } from '../domain/erasure.ts';
import type {
  FraudAnswer,
  FraudCase,
  FraudCaseRef,
  FraudOutcome,
  ReplyChannel,
} from '../domain/journeys/fraud-reply.ts';
import type { JourneyExecutionInput, JourneyItem, JourneyRef } from '../domain/journeys/journey.ts';
import type { ConsentLedgerEntry } from '../domain/policy/consent-ledger.ts';
import type {
  AlertChange,
  CrossedRange,
  FiredAlert,
  LastTick,
  PriceAlert,
  PriceTick,
} from '../domain/price-alerts.ts';
import type { Category, Channel, CustomerProfile, SettingName } from '../domain/profile.ts';
import type {
  TaxReminder,
  TaxReminderSet,
  SetOutcome as TaxReminderSetOutcome,
} from '../domain/tax-reminders.ts';

export interface Clock {
  now(): Date;
}

export interface ProfileUpsert {
  customerId: string;
  occurredAt: string;
  name?: CustomerProfile['name'];
  locale: string;
  timeZone: string;
  contacts: CustomerProfile['contacts'];
  segment?: string;
}

/** Reads a customer's profile; undefined until the bank has sent Customer.Upserted. */
export interface ProfileReader {
  get(customerId: string): Promise<CustomerProfile | undefined>;
}

export interface ProfileWriter {
  /** Applies the profile unless a newer Customer.Upserted was already applied. Returns false when stale. */
  upsert(profile: ProfileUpsert): Promise<boolean>;
  /** Keeps a grant or withdrawal in the consent ledger, and makes it current unless a later one was applied. */
  setConsent(entry: ConsentLedgerEntry, recordedAt: Date): Promise<'applied' | 'stale'>;
  /** Sets one of the customer's settings unless a later change to it was already applied. */
  setSetting(customerId: string, name: SettingName, value: unknown, at: string): Promise<'applied' | 'stale'>;
  /**
   * Marks the profile of a customer who came back after an erasure with the erasure's time (the later one
   * is kept), so that a function reading the profile refuses an event from before it without reading the
   * tombstone (CustomerProfile `erasedAt`).
   */
  markErasedBefore(customerId: string, erasedAt: string): Promise<void>;
}

// The jobs between the functions are parsed where they are read: their schemas are the one place their
// fields are written (shared/contract/internal/jobs.ts).
export type { MessageJob, PlannedJob } from '../contract/internal/jobs.ts';

/** Where triggers hand planned messages to the render function. */
export interface PlanQueue {
  submit(job: PlannedJob): Promise<void>;
}

export interface ClaimKey {
  customerId: string;
  eventId: string;
  type: string;
  channel: Channel;
  /** Which of the event's messages of the type (shared/domain/notification.ts `Intent.occurrence`). */
  occurrence?: string | undefined;
}

/** The trigger's side of the message ledger. */
export interface MessageClaims {
  /**
   * Records the decision for one message. 'duplicate' when this event already decided it and the message is
   * settled (sent, failed, suppressed); 'pending' when it was decided but not yet sent, so the caller queues
   * it again (the sender's lease keeps that from sending twice).
   */
  claim(
    key: ClaimKey,
    decision: { status: 'queued' | 'suppressed'; notificationId: string; at: Date },
  ): Promise<'claimed' | 'pending' | 'duplicate'>;
}

/** What the ledger keeps of a sent message, so a later conversion can be recorded against it. */
export interface SentMessageFacts {
  notificationId: string;
  category: Category;
  locale: string;
  template: string;
  variant?: string;
  journey?: string;
  step?: string;
  occurrence?: string;
}

/** The conversions' side of the message ledger. */
export interface ConversionLedger {
  /** The customer's messages sent between `since` and `until` whose type starts with one of `typePrefixes`. */
  sentBetween(
    customerId: string,
    typePrefixes: readonly string[],
    since: Date,
    until: Date,
  ): Promise<SentTouch[]>;
  /** Credits the message with the goal event, once: false when a goal was credited to it before. */
  markConverted(key: ClaimKey, goalEventId: string, at: Date): Promise<boolean>;
}

/** The sender's side of the message ledger. */
export interface SendLedger {
  /**
   * Takes the right to call the provider for a queued message (or a dead-lettered one, redriven, that no
   * fallback superseded), for `leaseMs`:
   * - 'go': call the provider;
   * - 'sent': a previous attempt settled the message (sent or failed): do nothing;
   * - 'erased': the message has no claim any more: the customer was erased since it was decided;
   * - 'busy': another attempt holds an unexpired lease: try again later;
   * - 'abandoned': an earlier attempt's lease expired without an outcome, and `reclaimExpiredLease` is false,
   *   so the provider may or may not have the message. With `reclaimExpiredLease` such a message is sent
   *   again instead ('go').
   */
  beginSend(
    key: ClaimKey,
    now: Date,
    leaseMs: number,
    options: { reclaimExpiredLease: boolean },
  ): Promise<'go' | 'sent' | 'erased' | 'busy' | 'abandoned'>;
  /**
   * Records the provider's message id; with `facts`, also what a conversion credited to this message later
   * reports (its delivery record's descriptive fields). Only on a message that still exists: 'erased' when
   * erasure deleted it between `beginSend` and now (nothing is recreated).
   */
  markSent(
    key: ClaimKey,
    providerMessageId: string,
    at: Date,
    facts?: SentMessageFacts,
  ): Promise<'recorded' | 'erased'>;
  /** The message's status (`queued`, `sending`, `sent`, `failed`, `suppressed`); undefined without a claim. */
  statusOf(key: ClaimKey): Promise<string | undefined>;
  /** Claims a fallback message for sending; a claim that exists already is left as it is. */
  claimFallback(key: ClaimKey, notificationId: string, at: Date): Promise<void>;
  /**
   * Settles a message that will not be sent: `failed` (with the provider's reason) or `suppressed`.
   * Like `markSent`, it writes only to a message that still exists: 'erased' when erasure deleted it
   * meanwhile (nothing is recreated).
   */
  markUnsent(
    key: ClaimKey,
    outcome: { status: 'failed' | 'suppressed'; reason: string },
    at: Date,
  ): Promise<'recorded' | 'erased'>;
  /**
   * Gives back the lease taken by `beginSend` at `leaseUntilMs` (its `now` + `leaseMs`): the message is
   * `queued` again, so that the next attempt takes it as a fresh one, not as one an attempt abandoned.
   * False when that lease is no longer held (it expired and another attempt took the message, or the
   * message was settled or erased meanwhile).
   */
  releaseSend(key: ClaimKey, leaseUntilMs: number): Promise<boolean>;
  /**
   * Marks a message whose job is given up on (its last receive; the queue moves it to the dead-letter
   * queue) `failed` with reason `dead_lettered`, so that its fallback can go: only a message still
   * `queued` or `sending`, or dead-lettered before and not superseded by its fallback. 'settled' when it
   * was sent, failed or suppressed meanwhile; 'missing' without a claim (erased).
   */
  markDeadLettered(key: ClaimKey, at: Date): Promise<'marked' | 'settled' | 'missing'>;
  /**
   * Records, before a fallback is claimed, that the channel before it (failed or suppressed) is superseded:
   * a redriven dead-lettered job of that channel is then never sent. False when that message is no longer
   * failed or suppressed (a redriven job has taken it again): the fallback must wait.
   */
  supersede(key: ClaimKey, by: Channel, at: Date): Promise<boolean>;
}

export interface JobQueue {
  /**
   * Queues the job for its channel's sender: at once; after `delaySeconds` (at most 900); or, with
   * `notBefore`, at that time.
   */
  enqueue(job: MessageJob, options?: { notBefore?: Date; delaySeconds?: number }): Promise<void>;
}

export interface DeadLetters {
  /** Keeps an input Herald could not accept, with the reason, for inspection and redrive. */
  reject(entry: {
    source: string;
    detailType: string;
    eventId?: string;
    reason: string;
    event: unknown;
  }): Promise<void>;
}

/**
 * The rejections already recorded (shared/domain/rejection.ts `rejectionKey`), so that a bad event leaves
 * one `rejected` record and one DLQ message however often it is retried or redelivered.
 */
export interface RejectionClaims {
  /** Whether the rejection of the event `key` names was claimed (a consistent read). */
  isClaimed(key: string): Promise<boolean>;
  /** Claims the rejection of the event `key` names: false when it was claimed before. */
  claim(key: string, at: Date): Promise<boolean>;
}

export interface DeliveryLog {
  write(record: DeliveryRecord | RejectedRecord): void;
}

export class PermanentSendError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

/**
 * The provider throttled the call (a rate or quota limit): not a failure of the message, which is tried
 * again later. Its message names only the provider's error, never the provider's text.
 */
export class ThrottledSendError extends Error {
  constructor(readonly providerError: string) {
    super(`provider throttled the call (${providerError})`);
    this.name = 'ThrottledSendError';
  }
}

export interface MessageSender {
  /**
   * Returns the provider's message id. Throws PermanentSendError when retrying cannot help, and
   * ThrottledSendError when the provider throttled the call.
   */
  send(job: MessageJob): Promise<string>;
}

/**
 * Addresses no message may go to any more: hard bounces and complaints. Keyed by a hash of the address,
 * so the list itself holds no address.
 */
export interface SuppressionList {
  reasonFor(channel: Channel, address: string): Promise<string | undefined>;
  suppress(channel: Channel, address: string, reason: string, at: Date): Promise<void>;
}

/** Counts marketing messages per customer and local day, for the frequency cap. */
export interface CapCounter {
  /**
   * Takes one of the day's `cap` slots for the bank event `eventId`; false when the day's slots are used
   * up. Asking again for the same event (a redelivery) gives the same answer without taking a slot.
   */
  consume(customerId: string, localDay: string, cap: number, eventId: string, at: Date): Promise<boolean>;
}

/** Everything Herald keeps about one customer, for erasure. */
export interface CustomerData {
  /**
   * Deletes every item of the customer (profile, settings, message ledger, caps) and rewrites the consent
   * ledger under a pseudonym. Journeys are left to the journeys function, which stops their executions
   * first. Returns how many items were deleted, how many ledger entries were kept, and how many journeys
   * are still there.
   */
  erase(
    customerId: string,
    pseudonym: string,
    at: Date,
  ): Promise<{ deleted: number; keptConsents: number; journeysLeft: number }>;
}

/**
 * The tombstones of erased customers (shared/domain/erasure.ts), each under a keyed pseudonym of the
 * customer id, never the id itself.
 */
export interface ErasureRecords {
  /** The customer's last erasure; undefined for a customer never erased. */
  get(customerId: string): Promise<Erasure | undefined>;
  /**
   * Records that the erasure requested by `requestEventId` runs at `at`: the tombstone's time becomes `at`
   * (unless it is later already), and the erasure is not complete until `complete`.
   */
  begin(customerId: string, requestEventId: string, at: Date): Promise<void>;
  /** Records that the erasure requested by `requestEventId` has finished (Customer.Erased is sent). */
  complete(customerId: string, requestEventId: string): Promise<void>;
}

/** Herald → bank events on the bus (Source `herald`). */
export interface BankEvents {
  emit(detailType: string, detail: Record<string, unknown>): Promise<void>;
}

/** The customers' tax-date reminders (TaxReminder.Set), one item each under the customer. */
export interface TaxReminders {
  /** Applies a Set unless a later one was applied (shared/domain/tax-reminders.ts `applySet`). */
  apply(set: TaxReminderSet): Promise<TaxReminderSetOutcome>;
  get(customerId: string, reminderId: string): Promise<TaxReminder | undefined>;
}

/** One-off wake-ups: `body` is delivered to the due-reminder consumer at `at` (once per `id`). */
export interface WakeUps {
  arrange(wakeUp: { id: string; at: Date; body: string }): Promise<void>;
}

/** Signs reply links (domain/reply-link.ts) with an HMAC key that never leaves KMS. */
export interface LinkSigner {
  /** HMAC-SHA-256 of `message`. */
  mac(message: Uint8Array): Promise<Uint8Array>;
}

/** Checks a reply link's MAC with the same key; false when it does not match. */
export interface MacVerifier {
  verifyMac(message: Uint8Array, mac: Uint8Array): Promise<boolean>;
}

/**
 * The balance alerts' state per account (shared/domain/balance.ts), kept on the customer's profile item so
 * that the one profile read returns it.
 */
export interface BalanceAlertStore {
  /** The profile and the account's alert states; undefined for a customer Herald does not know. */
  read(
    customerId: string,
    accountId: string,
  ): Promise<{ profile: CustomerProfile; states: AccountAlertStates } | undefined>;
  /** Stores `next` if the alert's state is still `previous` (none: never stored); false when it is not. */
  transition(
    customerId: string,
    accountId: string,
    kind: BalanceAlertKind,
    previous: AlertState | undefined,
    next: AlertState,
  ): Promise<boolean>;
}

/** A price alert as stored, with the tick that fired it while its customer is being notified. */
export type StoredPriceAlert = PriceAlert & { firedBy?: FiredAlert['firedBy'] };

/**
 * Price alerts (shared/domain/price-alerts.ts): the armed alerts of each symbol, currency and direction in
 * level order, each alert's last change under its customer, and the last tick of each symbol and currency.
 */
export interface PriceAlertStore {
  /** The last Set or Removed of an alert, with the alert as set (none once removed). */
  lastChange(
    customerId: string,
    alertId: string,
  ): Promise<(AlertChange & { alert?: PriceAlert }) | undefined>;
  /** Arms `alert`, disarming `previous` (the same alert at its earlier level) when that is stored elsewhere. */
  arm(alert: PriceAlert, change: AlertChange, previous?: PriceAlert): Promise<void>;
  /** Disarms the alert wherever `known` says it may be, and remembers the removal for a while. */
  disarm(customerId: string, alertId: string, known: PriceAlert[], change: AlertChange): Promise<void>;
  lastTick(symbol: string, currency: string): Promise<LastTick | undefined>;
  /** Records `tick` as the last one if `expected` still is (none: no tick yet); false when it is not. */
  recordTick(tick: PriceTick, expected: LastTick | undefined): Promise<boolean>;
  /** The armed alerts in `range`, in one query; `scanned` is how many items DynamoDB read for it. */
  crossed(
    symbol: string,
    currency: string,
    range: CrossedRange,
  ): Promise<{ alerts: StoredPriceAlert[]; scanned: number }>;
  /** Marks an alert fired by a tick; false when another tick fired it first or it is no longer armed. */
  markFired(alert: PriceAlert, firedBy: FiredAlert['firedBy']): Promise<boolean>;
  /** Deletes a fired alert once its customer was notified; an alert set again meanwhile stays. */
  settle(alert: FiredAlert): Promise<void>;
}

/** Customers' journeys (shared/domain/journeys/journey.ts), one item each under the customer. */
export interface JourneyStore {
  /** Stores a new journey unless one exists for the same journey, customer and key; returns the stored one. */
  create(item: JourneyItem): Promise<{ created: boolean; item: JourneyItem }>;
  get(ref: JourneyRef): Promise<JourneyItem | undefined>;
  /**
   * Records a goal event, moving the status `from` → `to` atomically: 'already' when this goal was recorded
   * before, 'other_status' when the journey is in another status, 'not_found' without a journey.
   */
  reachGoal(
    ref: JourneyRef,
    goal: { name: string; from: string; to: string; at: string; eventId: string },
  ): Promise<'reached' | 'already' | 'other_status' | 'not_found'>;
  /** Claims a step while the journey is still in `requires`; false once it is not (a goal was recorded). */
  claimStep(ref: JourneyRef, step: string, requires: string, at: Date): Promise<boolean>;
  /** The customer's journeys of one kind whose attribute `name` is `value` (e.g. a card's last four digits). */
  findByAttribute(customerId: string, journey: string, name: string, value: string): Promise<JourneyItem[]>;
  /** Every journey of the customer, of every kind. */
  listForCustomer(customerId: string): Promise<JourneyItem[]>;
  /** Deletes a journey (erasure, once its executions are stopped). */
  delete(ref: JourneyRef): Promise<void>;
}

/** The executions of the journeys' state machines (Step Functions Standard). */
export interface JourneyExecutions {
  /** Starts an execution by name; starting a running one with the same input again starts nothing new. */
  start(journey: string, name: string, input: JourneyExecutionInput): Promise<'started' | 'exists'>;
  /** Stops an execution; one that has ended or never started is left as it is. */
  stop(journey: string, name: string, cause: string): Promise<void>;
}

/**
 * The win-back journey's own writes (shared/domain/journeys/win-back.ts), each one conditional update of
 * the customer's win-back journey item.
 */
export interface WinBackStore {
  /**
   * Records a newer activity on a journey that is watching with a watch armed at or after `rotateBefore`;
   * otherwise records nothing and answers with the stored journey (undefined when there is none).
   */
  recordActivity(
    ref: JourneyRef,
    activity: { at: string; eventId: string },
    rotateBefore: string,
  ): Promise<{ recorded: true } | { recorded: false; item: JourneyItem | undefined }>;
  /**
   * Arms watch `watch` (watching again, the activity recorded, the goal `returned` when `returned`), if the
   * journey is still in the status and watch `seen`; false when it has changed meanwhile.
   */
  rearm(
    ref: JourneyRef,
    seen: { status: string; watch: string },
    next: { watch: string; at: string; eventId: string; returned: boolean },
  ): Promise<boolean>;
  /** watching → lapsed, if no activity was recorded after `lastActiveAt`; false otherwise. */
  lapse(ref: JourneyRef, lastActiveAt: string, at: Date): Promise<boolean>;
}

/** Fraud cases (shared/domain/journeys/fraud-reply.ts), one item each under the customer. */
export interface FraudCaseStore {
  /** Stores a new case unless it exists; returns the stored one. */
  create(item: FraudCase, phoneKeys: string[]): Promise<{ created: boolean; item: FraudCase }>;
  get(ref: FraudCaseRef): Promise<FraudCase | undefined>;
  /** The task token the waiting execution resumes with, if one is stored. */
  taskToken(ref: FraudCaseRef): Promise<string | undefined>;
  /**
   * Records the first answer: only while the case is `awaiting` and `at` is before its `answerBy`. Returns
   * the case as it is then, with the stored task token when the answer was recorded.
   */
  recordAnswer(
    ref: FraudCaseRef,
    answer: { answer: FraudAnswer; channel: ReplyChannel; at: Date },
  ): Promise<
    | { outcome: 'recorded'; item: FraudCase; taskToken?: string }
    | { outcome: 'already_answered' | 'too_late'; item: FraudCase }
    | { outcome: 'not_found' }
  >;
  /** Stores the token of the waiting Task while the case is `awaiting`; the case as it is otherwise. */
  storeTaskToken(ref: FraudCaseRef, token: string): Promise<{ stored: boolean; item?: FraudCase }>;
  /** Closes the case with what the workflow did; false when it was closed before (a retried step). */
  close(ref: FraudCaseRef, outcome: FraudOutcome, at: Date): Promise<boolean>;
  /** Accepts a signed link's id once: false when it was used before. */
  useLink(customerId: string, linkId: string, expiresAt: number): Promise<boolean>;
  /** The open cases reachable by a phone number's key (shared/domain/journeys/fraud-reply.ts `phoneKey`). */
  casesByPhone(phoneKey: string): Promise<FraudCaseRef[]>;
}

/** The fraud reply workflow's executions and the callbacks that resume them (Step Functions). */
export interface FraudReplyWorkflow {
  /**
   * Starts the case's execution by its deterministic name; an existing one starts nothing new. The input
   * carries the Fraud.Suspected eventId, the correlation id of every log line of the workflow's steps.
   */
  start(name: string, input: FraudReplyWorkflowInput): Promise<'started' | 'exists'>;
  /** Resumes the Task waiting with `token`; `gone` when it is not waiting any more (timed out, ended). */
  resume(token: string, output: Record<string, unknown>): Promise<'resumed' | 'gone'>;
}
