// The message ledger: one item per message, claimed once, sent once, credited with conversions, read by its
// channels' outcomes. Each function takes the side it uses; one adapter implements them all (MessageLedger).
import type { SentTouch } from '../domain/conversions.ts';
import type { Category, Channel } from '../domain/profile.ts';
import type { ChannelOutcome } from '../domain/status-events.ts';

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
    decision: {
      status: 'queued' | 'suppressed';
      notificationId: string;
      at: Date;
      /**
       * Every channel the message is planned for, in order (its fallbacks included): whether it reached none
       * of them is decided on these (shared/domain/status-events.ts `undeliverable`).
       */
      channels?: readonly Channel[];
      /** Why a `suppressed` message is not sent (its record's reason). */
      reason?: string;
    },
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

/** The status events' side of the message ledger: a message read by its channels. */
export interface MessageOutcomes {
  /**
   * The message the notification `notificationId` (one channel of it) belongs to: a key naming the message
   * whatever its channel, and the outcome of each channel that has a claim. Undefined without a claim (the
   * customer was erased).
   */
  messageOf(record: {
    customerId: string;
    eventId: string;
    notificationId: string;
  }): Promise<{ message: string; channels: ChannelOutcome[] } | undefined>;
}

/** The whole ledger: every side of the one message item. */
export type MessageLedger = MessageClaims & SendLedger & ConversionLedger & MessageOutcomes;
