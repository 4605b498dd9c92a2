// The saved Logs Insights queries (infra/constructs/observability.ts) run locally over delivery-log records, so
// `herald report` shows what an analyst's query returns in CloudWatch. Each function follows its query text
// command by command (filter, then `stats … by`, then sort) and reads exactly the fields the text names
// (test/unit/insights.test.ts holds them to it). The journey funnel at the end is the one view with no saved
// query: it counts customers sent each step's message, where `journey-funnel` counts deliveries of every status.
import type { HeraldQueryId } from '../infra/constructs/observability.ts';
import { CUSTOMER_TIMELINE_FIELDS, CUSTOMER_TIMELINE_LIMIT } from '../infra/constructs/query-fields.ts';

/** One line of the delivery log as Logs Insights sees it: any JSON object; fields may be absent. */
export type LogRecord = Readonly<Record<string, unknown>>;
/** A value in a result row. Logs Insights groups events that lack a `by` field under an empty value: null here. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface DeliveriesByStatusRow extends Row {
  type: Cell;
  channel: Cell;
  status: Cell;
  deliveries: number;
}
export interface FailuresByReasonRow extends Row {
  status: Cell;
  reason: Cell;
  channel: Cell;
  deliveries: number;
}
export interface JourneyStepRow extends Row {
  journey: Cell;
  step: Cell;
  status: Cell;
  deliveries: number;
}
export interface VariantRow extends Row {
  type: Cell;
  variant: Cell;
  status: Cell;
  deliveries: number;
}
export interface LatencyRow extends Row {
  type: Cell;
  p50: number | null;
  p95: number | null;
  sent: number;
}
export interface RejectedRow extends Row {
  reason: Cell;
  rejected: number;
}

/** The log's lines as records: delivery, rejected and emitted records are all plain JSON objects. */
const all = (records: Iterable<object>) => [...records] as LogRecord[];

const cell = (value: unknown): Cell =>
  value === undefined || value === null ? null : typeof value === 'number' ? value : String(value);
/** `ispresent(field)`. */
const isPresent = (value: unknown) => value !== undefined && value !== null;

interface Group {
  key: Cell[];
  records: LogRecord[];
}

/** `stats … by a, b, c`: the records in groups of equal values, in order of first appearance. */
function groupBy(records: readonly LogRecord[], key: (record: LogRecord) => unknown[]): Group[] {
  const groups = new Map<string, Group>();
  for (const record of records) {
    const values = key(record).map(cell);
    const id = JSON.stringify(values);
    const group = groups.get(id);
    if (group) group.records.push(record);
    else groups.set(id, { key: values, records: [record] });
  }
  return [...groups.values()];
}

/** Ascending order of cells: numbers by value, strings by code unit, absent values last. */
function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/**
 * `sort field asc|desc`. Logs Insights leaves the order of ties open; here ties follow the group's `by` values
 * in ascending order, so the same log gives the same rows on every run.
 */
function sortRows<T extends Row>(
  rows: T[],
  field: keyof T,
  direction: 'asc' | 'desc',
  ties: (keyof T)[],
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const first = compareCells(a[field] as Cell, b[field] as Cell);
    if (first !== 0) return a[field] === null || b[field] === null ? first : sign * first;
    for (const tie of ties) {
      const order = compareCells(a[tie] as Cell, b[tie] as Cell);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * `pct(field, p)`, by nearest rank: of the n values in ascending order, the one at rank ⌈p/100 × n⌉ (the first
 * for p = 0), i.e. the smallest observed value with at least p % of the values at or below it. Logs Insights
 * describes pct as the value p percent of the values lie below, without saying how it interpolates, and
 * estimates it over large result sets; this one is exact and always an observed value. Null for no values.
 */
export function pct(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

const delivery = (record: LogRecord) => record.kind === 'delivery';

/** deliveries-by-type-channel-status. */
export function deliveriesByStatus(records: Iterable<object>): DeliveriesByStatusRow[] {
  const filtered = all(records).filter(delivery);
  const rows = groupBy(filtered, (r) => [r.type, r.channel, r.status]).map(
    ({ key: [type = null, channel = null, status = null], records: group }): DeliveriesByStatusRow => ({
      type,
      channel,
      status,
      deliveries: group.length,
    }),
  );
  return sortRows(rows, 'deliveries', 'desc', ['type', 'channel', 'status']);
}

const NOT_DONE = ['failed', 'suppressed', 'deferred'];

/** failures-and-suppressions-by-reason. */
export function failuresByReason(records: Iterable<object>): FailuresByReasonRow[] {
  const filtered = all(records)
    .filter(delivery)
    .filter((r) => NOT_DONE.includes(r.status as string));
  const rows = groupBy(filtered, (r) => [r.status, r.reason, r.channel]).map(
    ({ key: [status = null, reason = null, channel = null], records: group }): FailuresByReasonRow => ({
      status,
      reason,
      channel,
      deliveries: group.length,
    }),
  );
  return sortRows(rows, 'deliveries', 'desc', ['status', 'reason', 'channel']);
}

/** customer-timeline, with `customerId` in place of the placeholder: every record of one customer, oldest first. */
export function customerTimeline(records: Iterable<object>, customerId: string): Row[] {
  const rows = all(records)
    .filter((r) => r.customerId === customerId)
    .map((r) => {
      const row: Row = {};
      for (const field of CUSTOMER_TIMELINE_FIELDS) {
        const value = r[field];
        if (isPresent(value)) row[field] = cell(value);
      }
      return row;
    });
  // A stable sort: records of the same instant keep the order they were logged in.
  return rows.sort((a, b) => compareCells(a.time ?? null, b.time ?? null)).slice(0, CUSTOMER_TIMELINE_LIMIT);
}

/** journey-funnel-by-step. */
export function journeyStepCounts(records: Iterable<object>): JourneyStepRow[] {
  const filtered = all(records)
    .filter(delivery)
    .filter((r) => isPresent(r.journey));
  const rows = groupBy(filtered, (r) => [r.journey, r.step, r.status]).map(
    ({ key: [journey = null, step = null, status = null], records: group }): JourneyStepRow => ({
      journey,
      step,
      status,
      deliveries: group.length,
    }),
  );
  return sortRows(rows, 'journey', 'asc', ['step', 'status']);
}

/** ab-variant-comparison. */
export function variantComparison(records: Iterable<object>): VariantRow[] {
  const filtered = all(records)
    .filter(delivery)
    .filter((r) => isPresent(r.variant));
  const rows = groupBy(filtered, (r) => [r.type, r.variant, r.status]).map(
    ({ key: [type = null, variant = null, status = null], records: group }): VariantRow => ({
      type,
      variant,
      status,
      deliveries: group.length,
    }),
  );
  return sortRows(rows, 'type', 'asc', ['variant', 'status']);
}

/** send-latency-p50-p95-by-type: time from the bank's `occurredAt` to the provider accepting the message. */
export function latencyByType(records: Iterable<object>): LatencyRow[] {
  const filtered = all(records)
    .filter(delivery)
    .filter((r) => r.status === 'sent')
    .filter((r) => isPresent(r.latencyMs));
  const rows = groupBy(filtered, (r) => [r.type]).map(
    ({ key: [type = null], records: group }): LatencyRow => {
      // Logs Insights leaves values that are not numbers out of pct; count(*) still counts their events.
      const latencies = group.map((r) => Number(r.latencyMs)).filter((ms) => Number.isFinite(ms));
      return { type, p50: pct(latencies, 50), p95: pct(latencies, 95), sent: group.length };
    },
  );
  return sortRows(rows, 'p95', 'desc', ['type']);
}

/** rejected-events-by-reason. */
export function rejectedByReason(records: Iterable<object>): RejectedRow[] {
  const filtered = all(records).filter((r) => r.kind === 'rejected');
  const rows = groupBy(filtered, (r) => [r.reason]).map(
    ({ key: [reason = null], records: group }): RejectedRow => ({ reason, rejected: group.length }),
  );
  return sortRows(rows, 'rejected', 'desc', ['reason']);
}

export interface QueryParams {
  /** For customer-timeline: the customerId that replaces the saved query's placeholder. */
  customerId?: string;
}

/** Each saved query's local implementation, under the saved query's id. */
export const LOCAL_QUERIES: Readonly<
  Record<HeraldQueryId, (records: Iterable<object>, params?: QueryParams) => Row[]>
> = {
  'deliveries-by-status': deliveriesByStatus,
  'failures-by-reason': failuresByReason,
  'customer-timeline': (records, params = {}) => {
    if (params.customerId === undefined) throw new Error('customer-timeline: a customerId is required');
    return customerTimeline(records, params.customerId);
  },
  'journey-funnel': journeyStepCounts,
  'variant-comparison': variantComparison,
  'latency-by-type': latencyByType,
  'rejected-by-reason': rejectedByReason,
};

/**
 * The statuses that mean a step's message went out to the customer. A decision not to send (`suppressed`,
 * `deferred`) or a `failed` send is not a message the customer got, so it does not bring anyone to a step.
 */
export const FUNNEL_SENT_STATUSES: readonly string[] = ['sent', 'delivered'];

export interface FunnelStep {
  step: string;
  /** Customers sent this step's message: at least one record at the step is `sent` or `delivered`. */
  customers: number;
  /** customers ÷ the first step's customers. */
  rate: number;
  /** Customers whose goal was credited to this step's message (a `converted` record at the step). */
  converted: number;
}

export interface JourneyFunnel {
  journey: string;
  /** Customers sent the first step's message. */
  customers: number;
  /** Customers with a `converted` record in this journey, at any step: those who reached the goal. */
  converted: number;
  conversionRate: number;
  steps: FunnelStep[];
}

/**
 * The funnel of each journey: its steps in order, how many customers were sent each step's message, and the
 * share of the first step's customers that were. A `converted` record carries the step of the message the
 * goal was credited to (shared/domain/conversions.ts), so the goal is counted apart, per journey and
 * per credited step, never as a step of its own. A journey's steps carry no number, so their order comes
 * from the log: step A comes before step B when, of the customers sent both, more were sent A first. Steps
 * that no customer was sent together (branches) keep the order the log first shows them in, and a step no
 * customer was sent (every message suppressed, deferred or failed) comes last.
 */
export function journeyFunnels(records: Iterable<object>): JourneyFunnel[] {
  interface StepStats {
    customers: Set<string>;
    converted: Set<string>;
    firstSeen: number;
  }
  interface Journey {
    steps: Map<string, StepStats>;
    /** customerId → step → earliest time the customer was sent the step's message. */
    reached: Map<string, Map<string, number>>;
    converted: Set<string>;
  }
  const journeys = new Map<string, Journey>();
  let seen = 0;
  for (const r of all(records)) {
    if (r.kind !== 'delivery' || !isPresent(r.journey) || !isPresent(r.step) || !isPresent(r.customerId))
      continue;
    const name = String(r.journey);
    const step = String(r.step);
    const customerId = String(r.customerId);
    let journey = journeys.get(name);
    if (!journey) {
      journey = { steps: new Map(), reached: new Map(), converted: new Set() };
      journeys.set(name, journey);
    }
    let stats = journey.steps.get(step);
    if (!stats) {
      stats = { customers: new Set(), converted: new Set(), firstSeen: seen++ };
      journey.steps.set(step, stats);
    }
    if (r.status === 'converted') {
      stats.converted.add(customerId);
      journey.converted.add(customerId);
      continue;
    }
    if (!FUNNEL_SENT_STATUSES.includes(r.status as string)) continue;
    stats.customers.add(customerId);
    let path = journey.reached.get(customerId);
    if (!path) {
      path = new Map();
      journey.reached.set(customerId, path);
    }
    const parsed = Date.parse(String(r.time));
    const at = Number.isNaN(parsed) ? Infinity : parsed;
    const earlier = path.get(step);
    if (earlier === undefined || at < earlier) path.set(step, at);
  }

  return [...journeys.entries()]
    .sort(([a], [b]) => compareCells(a, b))
    .map(([name, journey]) => {
      const order = orderSteps(journey.steps, [...journey.reached.values()]);
      const first = journey.steps.get(order[0] ?? '')?.customers.size ?? 0;
      const rate = (n: number) => (first === 0 ? 0 : n / first);
      return {
        journey: name,
        customers: first,
        converted: journey.converted.size,
        conversionRate: rate(journey.converted.size),
        steps: order.map((step) => {
          const stats = journey.steps.get(step) as StepStats;
          return {
            step,
            customers: stats.customers.size,
            rate: rate(stats.customers.size),
            converted: stats.converted.size,
          };
        }),
      };
    });
}

/** Orders steps by the majority precedence among customers who reached both (see journeyFunnels). */
function orderSteps(
  steps: ReadonlyMap<string, { customers: ReadonlySet<string>; firstSeen: number }>,
  paths: readonly ReadonlyMap<string, number>[],
): string[] {
  const names = [...steps.keys()];
  const before = new Map<string, number>();
  const vote = (a: string, b: string) => `${a}\u0000${b}`;
  for (const path of paths) {
    for (const [a, at] of path) {
      for (const [b, bt] of path) if (at < bt) before.set(vote(a, b), (before.get(vote(a, b)) ?? 0) + 1);
    }
  }
  const precedes = (a: string, b: string) => (before.get(vote(a, b)) ?? 0) > (before.get(vote(b, a)) ?? 0);
  const stats = (name: string) => steps.get(name) as { customers: ReadonlySet<string>; firstSeen: number };
  const unsent = (name: string) => Number(stats(name).customers.size === 0);
  const tieBreak = (a: string, b: string) => unsent(a) - unsent(b) || stats(a).firstSeen - stats(b).firstSeen;
  const ordered: string[] = [];
  const remaining = new Set(names);
  while (remaining.size > 0) {
    const left = [...remaining];
    const free = left.filter((b) => !left.some((a) => a !== b && precedes(a, b)));
    // A cycle (customers disagree all round) has no free step: fall back to the tie-break alone.
    const [next] = (free.length > 0 ? free : left).sort(tieBreak);
    ordered.push(next as string);
    remaining.delete(next as string);
  }
  return ordered;
}
