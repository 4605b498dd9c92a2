// The customer's profile and data: read, written, and erased.
import type { Erasure } from '../domain/erasure.ts';
import type { ConsentLedgerEntry } from '../domain/policy/consent-ledger.ts';
import type { CustomerProfile, SettingName } from '../domain/profile.ts';

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

/** The customers a phone or WhatsApp number was given for, by the number's keyed hash (`phoneKey`). */
export interface CustomersByNumber {
  customersOf(numberKey: string): Promise<string[]>;
}

/** A consent ledger entry with the time Herald recorded it. */
export type RecordedConsent = ConsentLedgerEntry & { recordedAt?: string };

/** Reads one customer's consent ledger: every grant and withdrawal kept, in no particular order. */
export interface ConsentLedgerReader {
  entries(customerId: string): Promise<RecordedConsent[]>;
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
