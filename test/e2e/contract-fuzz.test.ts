// The contract fuzz end to end: one seeded JSON-lines file of a few hundred bank events, valid and broken
// ones of every DetailType mixed, replayed through the local stack as `herald replay` plays it. Every broken
// event leaves exactly one `rejected` record naming the broken field, whatever the functions it reaches and
// their retries; no valid event is rejected; no rejection is left over; nothing crashes the replay.
// HERALD_FUZZ_SEED=N replays another file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '#contract/examples.ts';
import { type BankDetailType, bankEvents, type EventModule } from '#contract/registry.ts';
import type { OutputRecord } from '../../local/records.ts';
import { replay } from '../../local/replay.ts';
import type { RejectedRecord } from '../../shared/domain/delivery-record.ts';
import {
  brokenDetail,
  namesPath,
  type Path,
  renderPath,
  toJsonText,
  validDetail,
} from '../support/contract-fuzz.ts';

const SEED = Number(process.env.HERALD_FUZZ_SEED ?? 20_260_310);
const EVENTS = 240;
/** Each fuzzed event has a slot of its own on the simulated clock, longer than a function's retries. */
const SLOT_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
const START = Date.parse('2026-03-02T08:00:00Z');

const detailTypes = Object.keys(bankEvents) as BankDetailType[];
const customers = ['fz-c1', 'fz-c2', 'fz-c3', 'fz-c4', 'fz-c5', 'fz-c6'];
const CHANNELS = ['email', 'sms', 'push', 'whatsapp'];

interface Line {
  /** 1-based line of the file. */
  line: number;
  detailType: string;
  time: number;
  eventId: string;
  /** Set for a broken event: the field it broke. */
  broken?: { path: Path; mutation: string };
  text: string;
}

const iso = (time: number) => new Date(time).toISOString();
const dateOf = (time: number) => iso(time).slice(0, 10);
const entryText = (detailType: string, detail: unknown, time: number) =>
  toJsonText({ Source: 'bank.core', DetailType: detailType, Detail: detail, Time: iso(time) });

/**
 * Customers (with every consent), a fraud case each (so that a valid Customer.Replied has a case to answer),
 * and one customer per erasure to come: valid events that set the scene, in the first minutes.
 */
function scene(erased: readonly string[]): Line[] {
  const lines: Line[] = [];
  let time = START;
  const add = (detailType: BankDetailType, detail: Record<string, unknown>) => {
    time += 1000;
    const full: Record<string, unknown> = { ...detail, occurredAt: iso(time) };
    lines.push({
      line: lines.length + 1,
      detailType,
      time,
      eventId: String(full.eventId),
      text: entryText(detailType, full, time),
    });
  };
  for (const customerId of [...customers, ...erased]) {
    add('Customer.Upserted', { ...examples['Customer.Upserted'], eventId: `up-${customerId}`, customerId });
  }
  for (const customerId of customers) {
    for (const channel of CHANNELS) {
      for (const category of ['transactional', 'marketing']) {
        add('Consent.Changed', {
          eventId: `consent-${customerId}-${channel}-${category}`,
          customerId,
          channel,
          category,
          granted: true,
          source: 'app',
        });
      }
    }
    add('Fraud.Suspected', {
      ...examples['Fraud.Suspected'],
      eventId: `case-${customerId}`,
      customerId,
      caseId: `case-${customerId}`,
    });
  }
  return lines;
}

/** A valid Detail of `detailType` for event `n`, at `time`: ids, dates and references that fit the scene. */
function baseDetail(detailType: BankDetailType, n: number, time: number, customerId: string) {
  const detail = structuredClone(examples[detailType]) as unknown as Record<string, unknown>;
  detail.eventId = `fz-${n}`;
  detail.occurredAt = iso(time);
  if ('customerId' in detail) {
    detail.customerId = detailType === 'Customer.ErasureRequested' ? erasedBy(n) : customerId;
  }
  if (detailType === 'Customer.Replied') detail.caseId = `case-${customerId}`;
  if (detailType === 'Payment.Due') detail.dueDate = dateOf(time + 14 * DAY_MS);
  if (detailType === 'TaxReminder.Set') detail.date = dateOf(time + 30 * DAY_MS);
  if (detailType === 'Loan.PreApproved') detail.expiresAt = iso(time + 30 * DAY_MS);
  return detail;
}

interface Planned {
  detailType: BankDetailType;
  broken: boolean;
  customer: string;
}

/** What the fuzzed events are, seeded: about three in four broken in one field, the others valid. */
function plan(): Planned[] {
  const [planned] = fc.sample(
    fc.array(
      fc.record({
        detailType: fc.constantFrom(...detailTypes),
        broken: fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())),
        customer: fc.constantFrom(...customers),
      }),
      { minLength: EVENTS, maxLength: EVENTS },
    ),
    { seed: SEED, numRuns: 1 },
  );
  return planned ?? [];
}

/** The customer a valid Customer.ErasureRequested erases: one of its own, so the others stay. */
const erasedBy = (n: number) => `fz-gone-${n}`;

/** The planned events as lines of the file, from line `first` on, one slot each from `firstTime` on. */
function fuzzed(planned: readonly Planned[], first: number, firstTime: number): Line[] {
  return planned.map(({ detailType, broken, customer }, i) => {
    const n = i + 1;
    const time = firstTime + i * SLOT_MS;
    const { schema }: EventModule = bankEvents[detailType];
    const base = baseDetail(detailType, n, time, customer);
    const line = { line: first + i, detailType, time, eventId: `fz-${n}` };
    if (broken) {
      const [mutated] = fc.sample(brokenDetail(schema, base), { seed: SEED + n, numRuns: 1 });
      if (!mutated) throw new Error('no mutation');
      return {
        ...line,
        broken: { path: mutated.path, mutation: mutated.mutation },
        text: entryText(detailType, mutated.detail, time),
      };
    }
    const [variation] = fc.sample(validDetail(schema, base, { keepIds: true }), {
      seed: SEED + n,
      numRuns: 1,
    });
    return { ...line, text: entryText(detailType, variation?.detail ?? base, time) };
  });
}

/** The event a rejected record is about: by its eventId when that is one of the file's, else by its time slot. */
function lineOf(record: RejectedRecord, lines: readonly Line[], byEventId: ReadonlyMap<string, Line>) {
  const known = record.eventId === undefined ? undefined : byEventId.get(record.eventId);
  if (known) return known;
  const time = Date.parse(record.time);
  return [...lines].reverse().find((l) => l.time <= time && time < l.time + SLOT_MS);
}

describe('contract fuzz through the local stack', () => {
  it(`seed ${SEED}: each broken event leaves one rejected record naming its field; valid events are not rejected`, async () => {
    // Prepare
    const planned = plan();
    const erased = planned.flatMap((p, i) =>
      p.detailType === 'Customer.ErasureRequested' && !p.broken ? [erasedBy(i + 1)] : [],
    );
    const setting = scene(erased);
    const events = fuzzed(planned, setting.length + 1, START + DAY_MS / 24);
    const lines = [...setting, ...events];
    const byEventId = new Map(
      lines.filter((l) => l.broken?.path[0] !== 'eventId').map((l) => [l.eventId, l]),
    );
    const records: OutputRecord[] = [];
    const operational: string[] = [];

    // Act
    let crash: unknown;
    try {
      await replay(lines.map((l) => l.text).join('\n'), {
        onRecord: (record) => records.push(record),
        operationalLog: (line) => operational.push(line),
      });
    } catch (error) {
      crash = error;
    }

    // Assess
    const rejected = records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    const rejectionsOf = new Map<Line, RejectedRecord[]>();
    const unattributed: RejectedRecord[] = [];
    for (const record of rejected) {
      const line = lineOf(record, lines, byEventId);
      if (line) rejectionsOf.set(line, [...(rejectionsOf.get(line) ?? []), record]);
      else unattributed.push(record);
    }
    const show = (l: Line) => ({
      line: l.line,
      detailType: l.detailType,
      ...(l.broken ? { field: renderPath(l.broken.path), mutation: l.broken.mutation } : {}),
      reasons: (rejectionsOf.get(l) ?? []).map((r) => r.reason.slice(0, 160)),
    });
    const brokenLines = lines.filter((l) => l.broken);

    expect.soft(crash, 'the replay finished without throwing').toBeUndefined();
    expect
      .soft(
        brokenLines.filter((l) => rejectionsOf.get(l)?.length !== 1).map(show),
        'broken events without exactly one rejected record',
      )
      .toEqual([]);
    expect
      .soft(
        brokenLines
          .filter((l) => (rejectionsOf.get(l) ?? []).some((r) => !namesPath(r.reason, l.broken?.path ?? [])))
          .map(show),
        'rejections that do not name the broken field',
      )
      .toEqual([]);
    expect
      .soft(
        lines.filter((l) => !l.broken && rejectionsOf.has(l)).map(show),
        'valid events that were rejected',
      )
      .toEqual([]);
    expect
      .soft(
        unattributed.map((r) => ({ ...r, reason: r.reason.slice(0, 160) })),
        'stray rejections',
      )
      .toEqual([]);
    // The file held both kinds.
    expect(brokenLines.length).toBeGreaterThan(EVENTS / 3);
    expect(events.length - brokenLines.length).toBeGreaterThan(EVENTS / 5);
  }, 900_000);
});
