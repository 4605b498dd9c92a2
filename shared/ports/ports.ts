// The ports Herald's use cases depend on. Adapters for AWS live in shared/adapters; the local runtime
// reaches the same adapters through local endpoints.
import type { DeliveryRecord, RejectedRecord } from '../domain/delivery-record.ts';
import type { ConsentLedgerEntry } from '../domain/policy/consent-ledger.ts';
import type { Category, Channel, CustomerProfile, SettingName } from '../domain/profile.ts';
import type { RenderedMessage } from '../domain/templates/render.ts';

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
}

/** A message handed from a trigger to a channel's sender. */
export interface MessageJob {
  notificationId: string;
  eventId: string;
  customerId: string;
  type: string;
  category: Category;
  channel: Channel;
  to: string;
  message: RenderedMessage;
  /** When the bank event occurred, for event-to-send latency. */
  occurredAt: string;
  /** The customer's A/B variant, when the message type runs an experiment. */
  variant?: string;
}

/**
 * A message decided but not yet written: the render function writes it in the customer's language, then
 * queues it for its channel (at `notBefore` when quiet hours defer it).
 */
export interface PlannedJob extends Omit<MessageJob, 'message'> {
  locale: string;
  timeZone: string;
  givenName?: string;
  /** The message type's data, as the type's template reads it. */
  data: Record<string, unknown>;
  /** ISO time before which it must not be sent (the end of the customer's quiet hours). */
  notBefore?: string;
}

/** Where triggers hand planned messages to the render function. */
export interface PlanQueue {
  submit(job: PlannedJob): Promise<void>;
}

export interface ClaimKey {
  customerId: string;
  eventId: string;
  type: string;
  channel: Channel;
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

/** The sender's side of the message ledger. */
export interface SendLedger {
  /**
   * Takes the right to call the provider for a queued message, for `leaseMs`:
   * - 'go': call the provider;
   * - 'sent': a previous attempt settled the message (sent or failed): do nothing;
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
  ): Promise<'go' | 'sent' | 'busy' | 'abandoned'>;
  markSent(key: ClaimKey, providerMessageId: string, at: Date): Promise<void>;
  /** Settles a message that will not be sent: `failed` (with the provider's reason) or `suppressed`. */
  markUnsent(
    key: ClaimKey,
    outcome: { status: 'failed' | 'suppressed'; reason: string },
    at: Date,
  ): Promise<void>;
}

export interface JobQueue {
  /** Queues the job for its channel's sender, at once or, with `notBefore`, at that time. */
  enqueue(job: MessageJob, options?: { notBefore?: Date }): Promise<void>;
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

export interface MessageSender {
  /** Returns the provider's message id. Throws PermanentSendError when retrying cannot help. */
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
   * ledger under a pseudonym. Returns how many items were deleted and how many ledger entries were kept.
   */
  erase(customerId: string, pseudonym: string, at: Date): Promise<{ deleted: number; keptConsents: number }>;
}

/** Herald → bank events on the bus (Source `herald`). */
export interface BankEvents {
  emit(detailType: string, detail: Record<string, unknown>): Promise<void>;
}
