// The saved Logs Insights queries run locally (local/insights.ts): each reads exactly the fields its query
// text names, and over a replay's delivery log returns what the query would, computed here by hand.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HERALD_QUERIES, type HeraldQueryId } from '../../infra/constructs/observability.ts';
import { fieldsOf } from '../../infra/constructs/query-fields.ts';
import {
  customerTimeline,
  journeyFunnels,
  LOCAL_QUERIES,
  type LogRecord,
  pct,
} from '../../local/insights.ts';
import { replay } from '../../local/replay.ts';

const fixture = (name: string) => readFileSync(new URL(`../e2e/fixtures/${name}`, import.meta.url), 'utf8');
const journeyLog: LogRecord[] = fixture('delivery-log-journeys.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

const entry = (time: string, detailType: string, detail: Record<string, unknown>, occurredAt = time) =>
  JSON.stringify({
    Source: 'bank.core',
    DetailType: detailType,
    Time: time,
    Detail: { occurredAt, ...detail },
  });
const profile = (id: string, optIn: boolean) => [
  entry('2026-03-02T09:00:00Z', 'Customer.Upserted', {
    eventId: `${id}-u`,
    customerId: id,
    name: { given: 'Ioana' },
    locale: 'ro-RO',
    timeZone: 'Europe/Bucharest',
    contacts: { email: `${id}@example.com` },
  }),
  ...(optIn
    ? [
        entry('2026-03-02T09:00:01Z', 'Consent.Changed', {
          eventId: `${id}-m`,
          customerId: id,
          channel: 'email',
          category: 'marketing',
          granted: true,
          source: 'web',
        }),
      ]
    : []),
];
const offer = (id: string, time: string) =>
  entry(time, 'Loan.PreApproved', {
    eventId: `${id}-o`,
    customerId: id,
    offerId: 'o1',
    amount: '15000.00',
    currency: 'RON',
    expiresAt: '2026-04-01T00:00:00Z',
  });
/** A payment confirmed at minute `n`, `delayS` seconds after the bank saw it: the send latency. */
const payment = (n: number, delayS: number) => {
  const sentAt = Date.parse(`2026-03-04T12:0${n}:00Z`);
  return entry(
    new Date(sentAt).toISOString(),
    'Payment.Completed',
    {
      eventId: `p-${n}`,
      customerId: 'c-1',
      paymentId: `PAY-${n}`,
      amount: '10.00',
      currency: 'GBP',
      payee: 'Utilities',
    },
    new Date(sentAt - delayS * 1000).toISOString(),
  );
};

/**
 * The scenario: low-balance.jsonl (customer c-1: one low-balance alert by e-mail and SMS, 2 s after the
 * event, suppressed on push and WhatsApp (no_contact); one event rejected for a numeric balance), four payment confirmations to c-1 sent 1, 4, 9 and 60 s
 * after their events, and the loan offer to three Bucharest customers: cust-ro-1 (opted in, variant A) at
 * 10:00 local, sent at once; cust-ro-5 (opted in, variant B) at 23:30 local, deferred to 07:00 (7.5 h);
 * cust-ro-9 (variant B, no marketing consent, no push token, no phone) suppressed on e-mail, push and SMS. Last, an event
 * for a customer Herald never heard of.
 */
const scenario = [
  fixture('low-balance.jsonl').trim(),
  ...profile('cust-ro-1', true),
  ...profile('cust-ro-5', true),
  ...profile('cust-ro-9', false),
  offer('cust-ro-1', '2026-03-03T08:00:00Z'),
  offer('cust-ro-5', '2026-03-03T21:30:00Z'),
  offer('cust-ro-9', '2026-03-03T08:00:00Z'),
  payment(1, 1),
  payment(2, 4),
  payment(3, 9),
  payment(4, 60),
  entry('2026-03-05T09:00:00Z', 'Balance.Changed', {
    eventId: 'x-1',
    customerId: 'c-404',
    accountId: 'ACC-404',
    balance: '1.00',
    currency: 'EUR',
  }),
].join('\n');

let log: LogRecord[] = [];
beforeAll(async () => {
  const herald = await replay(scenario, { operationalLog: () => undefined });
  log = herald.records as unknown as LogRecord[];
});

/** The fields `run` reads from the records: each record is a proxy that notes every property read. */
function fieldsRead(run: (records: LogRecord[]) => unknown, records: readonly LogRecord[]): string[] {
  const read = new Set<string>();
  const watched = records.map(
    (record) =>
      new Proxy(record, {
        get: (target, key, receiver) => {
          if (typeof key === 'string') read.add(key);
          return Reflect.get(target, key, receiver);
        },
        // Enumerating a record (spread, Object.keys, JSON.stringify) reads every field.
        ownKeys: (target) => {
          read.add('*');
          return Reflect.ownKeys(target);
        },
        has: (target, key) => {
          if (typeof key === 'string') read.add(key);
          return Reflect.has(target, key);
        },
      }),
  );
  run(watched);
  return [...read].sort();
}

const queryIds = Object.keys(HERALD_QUERIES) as HeraldQueryId[];

describe('local saved queries read the fields their query text names', () => {
  it('the field tracker is not vacuous', () => {
    const records = [{ kind: 'delivery', type: 'balance.low' }];
    expect(fieldsRead((rs) => rs.map((r) => r.type), records)).toEqual(['type']);
    expect(fieldsRead((rs) => rs.map((r) => ({ ...r })), records)).toContain('*');
  });

  it('there is a local implementation for every saved query and no other', () => {
    expect(Object.keys(LOCAL_QUERIES).sort()).toEqual([...queryIds].sort());
  });

  it.each(queryIds)('%s', (id) => {
    // Records of every kind, so that every filter passes for some and fails for others.
    const records = [...log, ...journeyLog];
    const read = fieldsRead((rs) => LOCAL_QUERIES[id](rs, { customerId: 'c-1' }), records);

    expect(read).toEqual(fieldsOf(HERALD_QUERIES[id].text).sort());
  });
});

describe('local saved queries over a replay (expected results computed by hand)', () => {
  it('deliveries-by-status: count by type, channel, status; most first, ties by the group values', () => {
    expect(LOCAL_QUERIES['deliveries-by-status'](log)).toEqual([
      { type: 'payment.confirmation', channel: 'email', status: 'sent', deliveries: 4 },
      { type: 'loan.preapproved', channel: 'email', status: 'sent', deliveries: 2 },
      { type: 'balance.low', channel: 'email', status: 'sent', deliveries: 1 },
      { type: 'balance.low', channel: 'push', status: 'suppressed', deliveries: 1 },
      { type: 'balance.low', channel: 'sms', status: 'sent', deliveries: 1 },
      { type: 'balance.low', channel: 'whatsapp', status: 'suppressed', deliveries: 1 },
      { type: 'loan.preapproved', channel: 'email', status: 'deferred', deliveries: 1 },
      { type: 'loan.preapproved', channel: 'email', status: 'suppressed', deliveries: 1 },
      { type: 'loan.preapproved', channel: 'push', status: 'suppressed', deliveries: 1 },
      { type: 'loan.preapproved', channel: 'sms', status: 'suppressed', deliveries: 1 },
    ]);
  });

  it('failures-by-reason: only failed, suppressed and deferred deliveries, by status, reason, channel', () => {
    expect(LOCAL_QUERIES['failures-by-reason'](log)).toEqual([
      { status: 'suppressed', reason: 'no_contact', channel: 'push', deliveries: 2 },
      { status: 'deferred', reason: 'quiet_hours', channel: 'email', deliveries: 1 },
      { status: 'suppressed', reason: 'consent', channel: 'email', deliveries: 1 },
      { status: 'suppressed', reason: 'no_contact', channel: 'sms', deliveries: 1 },
      { status: 'suppressed', reason: 'no_contact', channel: 'whatsapp', deliveries: 1 },
    ]);
  });

  it('customer-timeline: one customer, oldest first, only the fields the query shows', () => {
    const timeline = LOCAL_QUERIES['customer-timeline'](log, { customerId: 'c-1' });
    const row = (time: string, type: string, channel: string, eventId: string) => ({
      time,
      kind: 'delivery',
      type,
      channel,
      status: 'sent',
      template: `${type}/${channel}/en`,
      notificationId: expect.any(String),
      eventId,
    });
    const noContact = (time: string, type: string, channel: string, eventId: string) => ({
      ...row(time, type, channel, eventId),
      status: 'suppressed',
      reason: 'no_contact',
    });

    expect(timeline).toEqual([
      noContact('2026-03-03T10:00:00.000Z', 'balance.low', 'push', 'e-5'),
      noContact('2026-03-03T10:00:00.000Z', 'balance.low', 'whatsapp', 'e-5'),
      row('2026-03-03T10:00:00.000Z', 'balance.low', 'email', 'e-5'),
      row('2026-03-03T10:00:00.000Z', 'balance.low', 'sms', 'e-5'),
      row('2026-03-04T12:01:00.000Z', 'payment.confirmation', 'email', 'p-1'),
      row('2026-03-04T12:02:00.000Z', 'payment.confirmation', 'email', 'p-2'),
      row('2026-03-04T12:03:00.000Z', 'payment.confirmation', 'email', 'p-3'),
      row('2026-03-04T12:04:00.000Z', 'payment.confirmation', 'email', 'p-4'),
    ]);
    expect(() => LOCAL_QUERIES['customer-timeline'](log)).toThrow(/customerId/);
    expect(customerTimeline(log, 'nobody')).toEqual([]);
  });

  it('variant-comparison: deliveries with a variant, by type, variant, status', () => {
    expect(LOCAL_QUERIES['variant-comparison'](log)).toEqual([
      { type: 'loan.preapproved', variant: 'A', status: 'sent', deliveries: 1 },
      { type: 'loan.preapproved', variant: 'B', status: 'deferred', deliveries: 1 },
      { type: 'loan.preapproved', variant: 'B', status: 'sent', deliveries: 1 },
      { type: 'loan.preapproved', variant: 'B', status: 'suppressed', deliveries: 3 },
    ]);
  });

  it('latency-by-type: nearest-rank p50 and p95 of the sent deliveries, slowest p95 first', () => {
    expect(LOCAL_QUERIES['latency-by-type'](log)).toEqual([
      // [0, 7.5 h]: p50 is rank ⌈1⌉ = 0, p95 rank ⌈1.9⌉ = 7.5 h.
      { type: 'loan.preapproved', p50: 0, p95: 27_000_000, sent: 2 },
      // [1, 4, 9, 60] s: p50 is rank ⌈2⌉ = 4 s (interpolation would say 6.5 s), p95 rank ⌈3.8⌉ = 60 s.
      { type: 'payment.confirmation', p50: 4000, p95: 60_000, sent: 4 },
      { type: 'balance.low', p50: 2000, p95: 2000, sent: 2 },
    ]);
  });

  it('rejected-by-reason: rejected records by reason', () => {
    expect(LOCAL_QUERIES['rejected-by-reason'](log)).toEqual([
      {
        reason: 'detail.balance: expected a decimal string such as "1250.00", got number',
        rejected: 1,
      },
      { reason: 'detail.customerId: unknown customer (no Customer.Upserted received)', rejected: 1 },
    ]);
  });

  it('journey-funnel: nothing without journey records', () => {
    expect(LOCAL_QUERIES['journey-funnel'](log)).toEqual([]);
    expect(journeyFunnels(log)).toEqual([]);
  });
});

describe('journeys (test/e2e/fixtures/delivery-log-journeys.jsonl)', () => {
  it('journey-funnel counts deliveries by journey, step, status', () => {
    expect(LOCAL_QUERIES['journey-funnel'](journeyLog)).toEqual([
      { journey: 'card_activation', step: 'reminder_1', status: 'converted', deliveries: 2 },
      { journey: 'card_activation', step: 'reminder_1', status: 'sent', deliveries: 5 },
      { journey: 'card_activation', step: 'reminder_2', status: 'converted', deliveries: 1 },
      { journey: 'card_activation', step: 'reminder_2', status: 'sent', deliveries: 3 },
      { journey: 'card_activation', step: 'reminder_3', status: 'sent', deliveries: 3 },
      { journey: 'card_activation', step: 'welcome', status: 'converted', deliveries: 3 },
      { journey: 'card_activation', step: 'welcome', status: 'deferred', deliveries: 1 },
      { journey: 'card_activation', step: 'welcome', status: 'failed', deliveries: 1 },
      { journey: 'card_activation', step: 'welcome', status: 'opened', deliveries: 1 },
      { journey: 'card_activation', step: 'welcome', status: 'sent', deliveries: 7 },
      { journey: 'card_activation', step: 'welcome', status: 'suppressed', deliveries: 2 },
      { journey: 'win_back', step: 'what_you_missed_1', status: 'converted', deliveries: 1 },
      { journey: 'win_back', step: 'what_you_missed_1', status: 'sent', deliveries: 3 },
      { journey: 'win_back', step: 'what_you_missed_2', status: 'converted', deliveries: 1 },
      { journey: 'win_back', step: 'what_you_missed_2', status: 'sent', deliveries: 2 },
    ]);
  });

  // card_activation: six customers are sent the welcome; a01 and a05 activate after it, a02 after reminder 1,
  // a03 after reminder 2 (each `converted` record carries the step of the message credited, as Herald writes
  // it); a04 and a06 get all three reminders and never activate. a07's welcome is suppressed on e-mail and
  // deferred on SMS past the log's end: a07 is in the journey but was sent nothing. win_back: three
  // customers, w01 comes back after two messages, w02 after one, w03 never.
  const expected = [
    {
      journey: 'card_activation',
      customers: 6,
      converted: 4,
      conversionRate: 4 / 6,
      steps: [
        { step: 'welcome', customers: 6, rate: 1, converted: 2 },
        { step: 'reminder_1', customers: 4, rate: 4 / 6, converted: 1 },
        { step: 'reminder_2', customers: 3, rate: 3 / 6, converted: 1 },
        { step: 'reminder_3', customers: 2, rate: 2 / 6, converted: 0 },
      ],
    },
    {
      journey: 'win_back',
      customers: 3,
      converted: 2,
      conversionRate: 2 / 3,
      steps: [
        { step: 'what_you_missed_1', customers: 3, rate: 1, converted: 1 },
        { step: 'what_you_missed_2', customers: 2, rate: 2 / 3, converted: 1 },
      ],
    },
  ];

  it('the funnel: customers sent each step, in journey order, rate from the first step, the goal apart', () => {
    expect(journeyFunnels(journeyLog)).toEqual(expected);
  });

  const record = (customerId: string, step: string, status: string, time: string) => ({
    kind: 'delivery',
    v: 1,
    time,
    customerId,
    type: `j.${step}`,
    channel: 'email',
    status,
    journey: 'j',
    step,
  });

  it.each(['suppressed', 'deferred', 'failed'])(
    'a customer whose step message was %s did not reach the step',
    (status) => {
      const log = [
        record('c-1', 'first', 'sent', '2026-03-02T09:00:00.000Z'),
        record('c-2', 'first', 'sent', '2026-03-02T09:00:00.000Z'),
        record('c-1', 'second', 'sent', '2026-03-03T09:00:00.000Z'),
        record('c-2', 'second', status, '2026-03-03T09:00:00.000Z'),
      ];

      const [funnel] = journeyFunnels(log);

      expect(funnel?.steps.map((s) => [s.step, s.customers])).toEqual([
        ['first', 2],
        ['second', 1],
      ]);
    },
  );

  it('a step no customer was sent comes last, with no one at it; a delivered message counts as sent', () => {
    const log = [
      record('c-1', 'never-sent', 'suppressed', '2026-03-02T08:00:00.000Z'),
      record('c-1', 'first', 'delivered', '2026-03-02T09:00:00.000Z'),
      record('c-1', 'second', 'sent', '2026-03-03T09:00:00.000Z'),
    ];

    const [funnel] = journeyFunnels(log);

    expect(funnel?.customers).toBe(1);
    expect(funnel?.steps.map((s) => [s.step, s.customers])).toEqual([
      ['first', 1],
      ['second', 1],
      ['never-sent', 0],
    ]);
  });

  it('the funnel does not depend on the order the log lines arrive in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(journeyLog, { minLength: journeyLog.length }), (shuffled) => {
        expect(journeyFunnels(shuffled)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('pct (nearest rank)', () => {
  it.each([
    [[1000, 4000, 9000, 60_000], 50, 4000],
    [[1000, 4000, 9000, 60_000], 95, 60_000],
    [[60_000, 1000, 9000, 4000], 25, 1000],
    [[5], 95, 5],
    [[3, 1, 2], 0, 1],
    [[3, 1, 2], 100, 3],
  ])('pct(%j, %d) = %d', (values, p, value) => {
    expect(pct(values, p)).toBe(value);
  });

  it('is null for no values', () => {
    expect(pct([], 50)).toBeNull();
  });

  it('is the smallest observed value with at least p % of the values at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const result = pct(values, p) as number;
          const atOrBelow = values.filter((v) => v <= result).length;
          const below = values.filter((v) => v < result).length;

          expect(values).toContain(result);
          expect(atOrBelow).toBeGreaterThanOrEqual((p / 100) * values.length);
          expect(below).toBeLessThan((p / 100) * values.length);
        },
      ),
    );
  });
});
