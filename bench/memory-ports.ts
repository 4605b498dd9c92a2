// In-memory implementations of the ports the trigger use cases take (shared/ports/), for measuring
// the handlers' own CPU time without a network or a database. Each keeps the semantics its DynamoDB
// adapter has (conditional writes, stale changes ignored, one Query per crossed range), so the use cases
// take the same paths; none is meant for anything but `npm run bench`.
import type { AccountAlertStates, AlertState, BalanceAlertKind } from '../shared/domain/balance.ts';
import type { DeliveryRecord, RejectedRecord } from '../shared/domain/delivery-record.ts';
import type { Erasure } from '../shared/domain/erasure.ts';
import type { ConsentLedgerEntry } from '../shared/domain/policy/consent-ledger.ts';
import {
  type AlertChange,
  alertSortKey,
  type CrossedRange,
  type FiredAlert,
  type LastTick,
  type PriceAlert,
  type PriceTick,
} from '../shared/domain/price-alerts.ts';
import type { Channel, ConsentState, CustomerProfile, SettingName } from '../shared/domain/profile.ts';
import {
  applySet,
  type SetOutcome,
  type TaxReminder,
  type TaxReminderSet,
} from '../shared/domain/tax-reminders.ts';
import type {
  BalanceAlertStore,
  PriceAlertStore,
  StoredPriceAlert,
  TaxReminders,
} from '../shared/ports/alerts.ts';
import type {
  ErasureRecords,
  ProfileReader,
  ProfileUpsert,
  ProfileWriter,
} from '../shared/ports/customers.ts';
import type { DeliveryLog } from '../shared/ports/delivery.ts';
import type { RejectionClaims } from '../shared/ports/events.ts';
import type { ClaimKey, MessageClaims } from '../shared/ports/message-ledger.ts';
import type { CapCounter, SuppressionList } from '../shared/ports/policy.ts';
import type { DeadLetters, PlannedJob, PlanQueue, WakeUps } from '../shared/ports/queues.ts';

interface ProfileRecord {
  profile?: Omit<ProfileUpsert, 'occurredAt'> & { atMs: number };
  consents: Map<string, ConsentState & { atMs: number }>;
  settings: Map<SettingName, { value: unknown; atMs: number }>;
  balanceAlerts: Map<string, AlertState>;
}

/** Profiles as the profile item keeps them: the profile, each consent and setting guarded by its time. */
export class MemoryProfiles implements ProfileReader, ProfileWriter, BalanceAlertStore {
  readonly ledger: ConsentLedgerEntry[] = [];
  private readonly records = new Map<string, ProfileRecord>();

  private record(customerId: string): ProfileRecord {
    let record = this.records.get(customerId);
    if (!record) {
      record = { consents: new Map(), settings: new Map(), balanceAlerts: new Map() };
      this.records.set(customerId, record);
    }
    return record;
  }

  async get(customerId: string): Promise<CustomerProfile | undefined> {
    const record = this.records.get(customerId);
    return record && profileOf(customerId, record);
  }

  async upsert({ customerId, occurredAt, ...fields }: ProfileUpsert): Promise<boolean> {
    const record = this.record(customerId);
    const atMs = Date.parse(occurredAt);
    if (record.profile && record.profile.atMs > atMs) return false;
    record.profile = { customerId, ...fields, atMs };
    return true;
  }

  async setConsent(entry: ConsentLedgerEntry): Promise<'applied' | 'stale'> {
    this.ledger.push(entry);
    const record = this.record(entry.customerId);
    const key = `${entry.channel}:${entry.category}`;
    const atMs = Date.parse(entry.occurredAt);
    if ((record.consents.get(key)?.atMs ?? -Infinity) > atMs) return 'stale';
    const { granted, source, occurredAt: at, eventId } = entry;
    record.consents.set(key, { granted, source, at, eventId, atMs });
    return 'applied';
  }

  async setSetting(customerId: string, name: SettingName, value: unknown, at: string) {
    const record = this.record(customerId);
    const atMs = Date.parse(at);
    if ((record.settings.get(name)?.atMs ?? -Infinity) > atMs) return 'stale' as const;
    record.settings.set(name, { value, atMs });
    return 'applied' as const;
  }

  async markErasedBefore(): Promise<void> {
    // The bench's customers were never erased.
  }

  async read(customerId: string, accountId: string) {
    const record = this.records.get(customerId);
    const profile = record && profileOf(customerId, record);
    if (!record || !profile) return undefined;
    const states: AccountAlertStates = {};
    for (const kind of ['low', 'overdraft', 'credit'] as const) {
      const state = record.balanceAlerts.get(`${kind}:${accountId}`);
      if (state) states[kind] = { ...state };
    }
    return { profile, states };
  }

  async transition(
    customerId: string,
    accountId: string,
    kind: BalanceAlertKind,
    previous: AlertState | undefined,
    next: AlertState,
  ): Promise<boolean> {
    const record = this.records.get(customerId);
    if (!record?.profile) return false;
    const key = `${kind}:${accountId}`;
    const current = record.balanceAlerts.get(key);
    const same = previous
      ? current?.atMs === previous.atMs &&
        current.eventId === previous.eventId &&
        current.fired === previous.fired
      : current === undefined;
    if (!same) return false;
    record.balanceAlerts.set(key, { ...next });
    return true;
  }
}

function profileOf(customerId: string, record: ProfileRecord): CustomerProfile | undefined {
  const base = record.profile;
  if (!base) return undefined;
  const consents: Record<string, ConsentState> = {};
  for (const [key, { atMs: _atMs, ...consent }] of record.consents) consents[key] = consent;
  const setting = <T>(name: SettingName) => record.settings.get(name)?.value as T | undefined;
  const lowBalance = setting<CustomerProfile['alerts']['lowBalance']>('lowBalance');
  const largeTransaction = setting<CustomerProfile['alerts']['largeTransaction']>('largeTransaction');
  const creditUtilization = setting<CustomerProfile['alerts']['creditUtilization']>('creditUtilization');
  const quietHours = setting<CustomerProfile['quietHours']>('quietHours');
  const channelOrder = setting<CustomerProfile['channelOrder']>('channelOrder');
  return {
    customerId,
    ...(base.name ? { name: base.name } : {}),
    locale: base.locale,
    timeZone: base.timeZone,
    contacts: base.contacts,
    ...(base.segment ? { segment: base.segment } : {}),
    consents,
    alerts: {
      ...(lowBalance ? { lowBalance } : {}),
      ...(largeTransaction ? { largeTransaction } : {}),
      ...(creditUtilization ? { creditUtilization } : {}),
    },
    ...(quietHours ? { quietHours } : {}),
    ...(channelOrder ? { channelOrder } : {}),
  };
}

const SETTLED = new Set(['sent', 'failed', 'suppressed']);
const claimKey = (k: ClaimKey) => `${k.customerId}\u0000${k.eventId}\u0000${k.type}\u0000${k.channel}`;

/** The message ledger's trigger side: the first decision about a message wins. */
export class MemoryClaims implements MessageClaims {
  private readonly statuses = new Map<string, string>();

  async claim(key: ClaimKey, decision: { status: 'queued' | 'suppressed' }) {
    const id = claimKey(key);
    const status = this.statuses.get(id);
    if (status === undefined) {
      this.statuses.set(id, decision.status);
      return 'claimed' as const;
    }
    return SETTLED.has(status) ? ('duplicate' as const) : ('pending' as const);
  }
}

/** The marketing cap: the events that took a slot, per customer and local day. */
export class MemoryCaps implements CapCounter {
  private readonly days = new Map<string, Set<string>>();

  async consume(customerId: string, localDay: string, cap: number, eventId: string): Promise<boolean> {
    const key = `${customerId}\u0000${localDay}`;
    const events = this.days.get(key) ?? new Set<string>();
    if (events.has(eventId)) return true;
    if (events.size >= cap) return false;
    events.add(eventId);
    this.days.set(key, events);
    return true;
  }
}

/** Addresses that hard-bounced or complained, per channel, as the table keeps them (trimmed; e-mail in lower case). */
export class MemorySuppressions implements SuppressionList {
  private readonly reasons = new Map<string, string>();

  private key(channel: Channel, address: string): string {
    return `${channel}\u0000${channel === 'email' ? address.trim().toLowerCase() : address.trim()}`;
  }

  async reasonFor(channel: Channel, address: string): Promise<string | undefined> {
    return this.reasons.get(this.key(channel, address));
  }

  async suppress(channel: Channel, address: string, reason: string): Promise<void> {
    this.reasons.set(this.key(channel, address), reason);
  }
}

interface Partition {
  keys: string[];
  alerts: Map<string, StoredPriceAlert>;
}

/** The first index in sorted `keys` whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Price alerts: each symbol, currency and direction's armed alerts in sort-key order, as the table has. */
export class MemoryPriceAlerts implements PriceAlertStore {
  private readonly partitions = new Map<string, Partition>();
  private readonly changes = new Map<string, AlertChange & { alert?: PriceAlert }>();
  private readonly ticks = new Map<string, LastTick>();

  private partition(a: Pick<PriceAlert, 'symbol' | 'currency' | 'direction'>): Partition {
    const pk = `${a.symbol}#${a.currency}#${a.direction}`;
    let partition = this.partitions.get(pk);
    if (!partition) {
      partition = { keys: [], alerts: new Map() };
      this.partitions.set(pk, partition);
    }
    return partition;
  }

  private put(alert: StoredPriceAlert) {
    const partition = this.partition(alert);
    const sk = alertSortKey(alert);
    if (!partition.alerts.has(sk)) partition.keys.splice(lowerBound(partition.keys, sk), 0, sk);
    partition.alerts.set(sk, alert);
  }

  private delete(alert: PriceAlert, unless?: (stored: StoredPriceAlert) => boolean) {
    const partition = this.partition(alert);
    const sk = alertSortKey(alert);
    const stored = partition.alerts.get(sk);
    if (!stored || unless?.(stored)) return;
    partition.alerts.delete(sk);
    partition.keys.splice(lowerBound(partition.keys, sk), 1);
  }

  async lastChange(customerId: string, alertId: string) {
    return this.changes.get(`${customerId}\u0000${alertId}`);
  }

  async arm(alert: PriceAlert, change: AlertChange, previous?: PriceAlert): Promise<void> {
    this.put({ ...alert });
    if (previous && alertSortKey(previous) !== alertSortKey(alert)) this.delete(previous);
    this.changes.set(`${alert.customerId}\u0000${alert.alertId}`, { ...change, alert });
  }

  async disarm(customerId: string, alertId: string, known: PriceAlert[], change: AlertChange) {
    for (const alert of known) this.delete(alert);
    this.changes.set(`${customerId}\u0000${alertId}`, { ...change });
  }

  async lastTick(symbol: string, currency: string) {
    return this.ticks.get(`${symbol}#${currency}`);
  }

  async recordTick(tick: PriceTick, expected: LastTick | undefined): Promise<boolean> {
    const key = `${tick.symbol}#${tick.currency}`;
    if (this.ticks.get(key)?.eventId !== expected?.eventId) return false;
    const { symbol, currency, eventId, price, occurredAt } = tick;
    this.ticks.set(key, {
      symbol,
      currency,
      eventId,
      price,
      occurredAt,
      ...(expected ? { previousPrice: expected.price } : {}),
    });
    return true;
  }

  async crossed(symbol: string, currency: string, range: CrossedRange) {
    const partition = this.partition({ symbol, currency, direction: range.direction });
    const alerts: StoredPriceAlert[] = [];
    for (let i = lowerBound(partition.keys, range.from); i < partition.keys.length; i++) {
      const sk = partition.keys[i] as string;
      if (sk > range.to) break;
      alerts.push({ ...(partition.alerts.get(sk) as StoredPriceAlert) });
    }
    return { alerts, scanned: alerts.length };
  }

  async markFired(alert: PriceAlert, firedBy: FiredAlert['firedBy']): Promise<boolean> {
    const stored = this.partition(alert).alerts.get(alertSortKey(alert));
    if (!stored || stored.firedBy) return false;
    stored.firedBy = firedBy;
    return true;
  }

  async settle(alert: FiredAlert): Promise<void> {
    this.delete(alert, (stored) => stored.firedBy?.eventId !== alert.firedBy.eventId);
  }
}

/** Tax reminders, applied with the domain's `applySet` as the DynamoDB adapter does. */
export class MemoryTaxReminders implements TaxReminders {
  private readonly reminders = new Map<string, TaxReminder>();

  async apply(set: TaxReminderSet): Promise<SetOutcome> {
    const key = `${set.customerId}\u0000${set.reminderId}`;
    const decided = applySet(this.reminders.get(key), set);
    if (decided.outcome === 'new' || decided.outcome === 'replaced')
      this.reminders.set(key, decided.reminder);
    return decided;
  }

  async get(customerId: string, reminderId: string) {
    return this.reminders.get(`${customerId}\u0000${reminderId}`);
  }
}

/** The ports that leave the process (queues, DLQ, delivery log): they only keep what they were given. */
/** No customer of the bench was ever erased: the tombstone read finds nothing. */
export class MemoryErasures implements ErasureRecords {
  private readonly tombstones = new Map<string, Erasure>();

  async get(customerId: string): Promise<Erasure | undefined> {
    return this.tombstones.get(customerId);
  }

  async begin(customerId: string, requestEventId: string, at: Date): Promise<void> {
    this.tombstones.set(customerId, { erasedAt: at.toISOString(), requestEventId, complete: false });
  }

  async complete(customerId: string, requestEventId: string): Promise<void> {
    const tombstone = this.tombstones.get(customerId);
    if (tombstone?.requestEventId === requestEventId) tombstone.complete = true;
  }
}

/** Rejections claimed once each, as the conditional put of the DynamoDB adapter does. */
export class MemoryRejectionClaims implements RejectionClaims {
  private readonly claimed = new Set<string>();

  async claim(key: string): Promise<boolean> {
    if (this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }

  async isClaimed(key: string): Promise<boolean> {
    return this.claimed.has(key);
  }
}

export class Recorded implements PlanQueue, DeadLetters, DeliveryLog, WakeUps {
  planned = 0;
  rejected = 0;
  records = 0;
  wakeUps = 0;
  /** The last few planned jobs, for checks; kept short so a long run does not grow the heap. */
  readonly recent: PlannedJob[] = [];
  readonly reasons: string[] = [];

  async submit(job: PlannedJob): Promise<void> {
    this.planned++;
    this.recent.push(job);
    if (this.recent.length > 32) this.recent.shift();
  }

  async reject(entry: { reason: string }): Promise<void> {
    this.rejected++;
    if (this.reasons.length < 32) this.reasons.push(entry.reason);
  }

  write(_record: DeliveryRecord | RejectedRecord): void {
    this.records++;
  }

  async arrange(): Promise<void> {
    this.wakeUps++;
  }
}
