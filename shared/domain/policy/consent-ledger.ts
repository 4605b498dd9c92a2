import { type Category, type Channel, consentKey } from '../profile.ts';

export type ConsentCategory = Exclude<Category, 'security'>;

/**
 * One grant or withdrawal, as recorded: the ledger is every entry of one customer, in any order. The bank's
 * Consent.Changed is one; a change on the customer's own word (shared/application/change-consent.ts) is
 * another, with one of Herald's sources and `causedBy`.
 */
export interface ConsentLedgerEntry {
  customerId: string;
  channel: Channel;
  category: ConsentCategory;
  granted: boolean;
  /** The bank's source text of a Consent.Changed, or one of Herald's (CUSTOMER_CONSENT_SOURCES). */
  source: string;
  /** When it happened: ISO-8601 with an offset (`Z` or `±HH:MM`), compared as an instant. */
  occurredAt: string;
  /** The event that set it: the bank's Consent.Changed, or the Consent.ChangedByCustomer Herald emitted. */
  eventId: string;
  /** For a change on the customer's word: what the customer did (inbound message id, link id, refused send). */
  causedBy?: string;
}

/** The latest entry per `consentKey(channel, category)`: what a profile item keeps. */
export type ConsentLedgerState = Readonly<Partial<Record<string, ConsentLedgerEntry>>>;

/** All entries of one customer (any order), or their folded state (`currentConsent`). */
export type ConsentLedger = readonly ConsentLedgerEntry[] | ConsentLedgerState;

/** The ledger entry a decision relied on. */
export interface ConsentBasis {
  eventId: string;
  occurredAt: string;
  source: string;
}

export type ConsentLedgerDecision =
  | { allowed: true; basis: ConsentBasis | 'security' | 'transactional_default' }
  /** `basis` is the withdrawal relied on, or null when the ledger has no entry for the channel and category. */
  | { allowed: false; reason: 'consent'; basis: ConsentBasis | null };

export interface ConsentOptions {
  /**
   * Deployment option: with 'granted', transactional messages go on a channel for which the ledger has no
   * entry at all (basis 'transactional_default'); an explicit withdrawal still wins. Default 'denied': every
   * transactional message needs a grant. Marketing always needs an explicit grant.
   */
  transactionalDefault?: 'granted' | 'denied' | undefined;
}

const instant = (entry: ConsentLedgerEntry): number => {
  const time = Date.parse(entry.occurredAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/**
 * Whether `a` replaces `b`: a later occurredAt (as an instant, whatever the offset); on a tie, the greater
 * eventId (code-unit order); on the same eventId, a withdrawal over a grant. A total order, so the outcome
 * does not depend on the order entries arrive in.
 */
export function supersedes(a: ConsentLedgerEntry, b: ConsentLedgerEntry): boolean {
  const ta = instant(a);
  const tb = instant(b);
  if (ta !== tb) return ta > tb;
  if (a.eventId !== b.eventId) return a.eventId > b.eventId;
  return !a.granted && b.granted;
}

/** The state after one more entry, in whatever order entries arrive; `state` itself is left untouched. */
export function applyConsent(state: ConsentLedgerState, entry: ConsentLedgerEntry): ConsentLedgerState {
  const key = consentKey(entry.channel, entry.category);
  const current = state[key];
  return current && !supersedes(entry, current) ? state : { ...state, [key]: entry };
}

export const currentConsent = (entries: readonly ConsentLedgerEntry[]): ConsentLedgerState =>
  entries.reduce<ConsentLedgerState>(applyConsent, {});

const isEntries = (ledger: ConsentLedger): ledger is readonly ConsentLedgerEntry[] => Array.isArray(ledger);

/** The entry in force for a channel and category, if any. */
export function latestEntry(
  ledger: ConsentLedger,
  channel: Channel,
  category: ConsentCategory,
): ConsentLedgerEntry | undefined {
  if (!isEntries(ledger)) return ledger[consentKey(channel, category)];
  let latest: ConsentLedgerEntry | undefined;
  for (const entry of ledger) {
    if (entry.channel === channel && entry.category === category && (!latest || supersedes(entry, latest))) {
      latest = entry;
    }
  }
  return latest;
}

const basisOf = ({ eventId, occurredAt, source }: ConsentLedgerEntry): ConsentBasis => ({
  eventId,
  occurredAt,
  source,
});

/**
 * May a message of `category` go to the customer on `channel`? The latest ledger entry for the channel and
 * category decides and is named in the decision. Security needs no consent (basis 'security').
 */
export function decideConsent(
  ledger: ConsentLedger,
  channel: Channel,
  category: Category,
  options: ConsentOptions = {},
): ConsentLedgerDecision {
  if (category === 'security') return { allowed: true, basis: 'security' };
  const entry = latestEntry(ledger, channel, category);
  if (entry?.granted) return { allowed: true, basis: basisOf(entry) };
  if (!entry && category === 'transactional' && options.transactionalDefault === 'granted') {
    return { allowed: true, basis: 'transactional_default' };
  }
  return { allowed: false, reason: 'consent', basis: entry ? basisOf(entry) : null };
}
