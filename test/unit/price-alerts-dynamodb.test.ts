// Price alerts on a real DynamoDB API (dynalite): one Query per tick reading exactly the crossed alerts,
// conditional writes so an alert fires once, Set / Removed ordering, recovery after a crash, erasure.
import { BatchWriteItemCommand, QueryCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbCapCounter } from '../../shared/adapters/dynamodb/cap-counter.ts';
import { DynamoDbCustomerData } from '../../shared/adapters/dynamodb/customer-data.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { armedAlertItem, DynamoDbPriceAlerts } from '../../shared/adapters/dynamodb/price-alerts.ts';
import type { BusEvent } from '../../shared/application/accept-event.ts';
import {
  applyPriceTick,
  type PriceAlertDeps,
  removePriceAlert,
  setPriceAlert,
} from '../../shared/application/price-alerts.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { PriceAlert, PriceTick } from '../../shared/domain/price-alerts.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
/** Every Query and Scan the client sends, with the ScannedCount of the response. */
const reads: { command: string; pk?: string; scanned: number }[] = [];
beforeAll(async () => {
  table = await startTestTable();
  table.client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'QueryCommand' || context.commandName === 'ScanCommand') {
        const input = args.input as { ExpressionAttributeValues?: Record<string, { S?: string }> };
        const output = result.output as { ScannedCount?: number };
        reads.push({
          command: context.commandName,
          ...(input.ExpressionAttributeValues?.[':pk']?.S
            ? { pk: input.ExpressionAttributeValues[':pk'].S }
            : {}),
          scanned: output.ScannedCount ?? 0,
        });
      }
      return result;
    },
    { step: 'initialize', name: 'countReads' },
  );
});
afterAll(() => table.stop());

const profileOf = (customerId: string): CustomerProfile => ({
  customerId,
  locale: 'en-GB',
  timeZone: 'Europe/London',
  contacts: { email: `${customerId}@example.com` },
  consents: {},
  alerts: {},
});

/** The use case's ports: the real alert store and message ledger on dynalite, the rest recorded. */
function world(options: { known?: (customerId: string) => boolean; failPlans?: () => boolean } = {}) {
  const plans: PlannedJob[] = [];
  const log: (DeliveryRecord | RejectedRecord)[] = [];
  const rejected: { reason: string }[] = [];
  const profileReads: string[] = [];
  const deps: PriceAlertDeps = {
    alerts: new DynamoDbPriceAlerts(table.client, table.tableName),
    claims: new DynamoDbMessageLedger(table.client, table.tableName),
    caps: new DynamoDbCapCounter(table.client, table.tableName),
    profiles: {
      get: async (customerId) => {
        profileReads.push(customerId);
        return (options.known ?? (() => true))(customerId) ? profileOf(customerId) : undefined;
      },
    },
    plans: {
      submit: async (job) => {
        if (options.failPlans?.()) throw new Error('render queue unavailable');
        plans.push(job);
      },
    },
    log: { write: (record) => log.push(record) },
    deadLetters: { reject: async (entry) => void rejected.push(entry) },
    rejections: new MemoryRejectionClaims(),
    erasures: new MemoryErasures(),
    now: () => new Date('2026-03-03T12:00:00Z'),
    policy: {
      defaultQuietHours: { start: '00:00', end: '00:00' },
      marketingCap: 2,
      transactionalDefault: 'granted',
    },
  };
  return { deps, plans, log, rejected, profileReads };
}

let eventCount = 0;
const tick = (
  symbol: string,
  price: string,
  occurredAt: string,
  eventId = `t-${++eventCount}`,
): PriceTick => ({
  eventId,
  occurredAt,
  symbol,
  price,
  currency: 'USD',
});
const alertEvent = (
  customerId: string,
  alertId: string,
  symbol: string,
  direction: 'above' | 'below',
  price: string,
  occurredAt: string,
  eventId = `s-${++eventCount}`,
) => ({ eventId, occurredAt, customerId, alertId, symbol, direction, price, currency: 'USD' });
const busEvent = (detail: unknown): BusEvent => ({
  source: 'bank.core',
  'detail-type': 'PriceAlert.Set',
  detail,
});

async function batchWrite(requests: WriteRequest[]) {
  let pending = requests;
  while (pending.length > 0) {
    const result = await table.client.send(
      new BatchWriteItemCommand({ RequestItems: { [table.tableName]: pending } }),
    );
    pending = result.UnprocessedItems?.[table.tableName] ?? [];
  }
}

/** Writes the armed items in parallel chunks of 25 (BatchWriteItem's limit), `parallel` chunks at a time. */
async function armAll(alerts: PriceAlert[], parallel = 32) {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < alerts.length; i += 25) {
    chunks.push(alerts.slice(i, i + 25).map((a) => ({ PutRequest: { Item: armedAlertItem(a) } })));
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < chunks.length) await batchWrite(chunks[next++] as WriteRequest[]);
    }),
  );
}

/** How many armed alerts are left in a partition's level range (a Query, outside the counted reads). */
async function armedCount(symbol: string, direction: 'above' | 'below', currency = 'USD') {
  let count = 0;
  let startKey: Record<string, never> | undefined;
  do {
    const page = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': { S: `PRICEALERT#${symbol}#${currency}#${direction}` } },
        Select: 'COUNT',
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey as typeof startKey;
  } while (startKey);
  return count;
}

describe('a tick reads only the alerts it crosses (100,000 alerts on one symbol)', () => {
  const ALERTS = 100_000;
  const K = 37;
  // Levels 100.00, 100.01, … 1099.99, one customer per alert (customers wrap at 50,000, so some have two).
  const level = (i: number) => `${100 + Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')}`;
  const alerts: PriceAlert[] = Array.from({ length: ALERTS }, (_, i) => ({
    customerId: `c-${i % 50_000}`,
    alertId: `a-${i}`,
    symbol: 'ACME',
    direction: 'above',
    price: level(i),
    currency: 'USD',
  }));
  // Alerts the move must not read: the other direction and another currency, at the same levels.
  const others: PriceAlert[] = Array.from({ length: 2_000 }, (_, i) => ({
    customerId: `o-${i}`,
    alertId: `o-${i}`,
    symbol: 'ACME',
    direction: i % 2 ? 'below' : 'above',
    price: level(5_000 + i),
    currency: i % 2 ? 'USD' : 'EUR',
  }));
  let writeMs = 0;

  beforeAll(async () => {
    const started = performance.now();
    await armAll([...alerts, ...others]);
    writeMs = performance.now() - started;
  }, 300_000);

  it('holds the 100,000 alerts armed on one symbol', async () => {
    // Timed, not asserted: on a quiet 2-core machine the writes take a few seconds; under load, longer.
    console.info(`price alerts: ${ALERTS + others.length} armed in ${Math.round(writeMs)} ms`);
    expect(await armedCount('ACME', 'above')).toBe(ALERTS);
  });

  it(`fires exactly the ${K} crossed alerts with one Query that reads ${K} items, then a repeat fires nothing`, async () => {
    const { deps, plans, profileReads } = world();
    // The first tick only records the price.
    const first = await applyPriceTick(tick('ACME', '150.00', '2026-03-03T10:00:00Z'), deps);
    expect(first).toEqual({ decision: 'record', scanned: 0, fired: 0 });

    reads.length = 0;
    const crossing = tick('ACME', '150.37', '2026-03-03T10:00:01Z');
    const started = performance.now();
    const outcome = await applyPriceTick(crossing, deps);
    const tickMs = performance.now() - started;
    console.info(`price alerts: tick crossing ${K} of ${ALERTS} alerts took ${Math.round(tickMs)} ms`);

    // One Query, no Scan, and DynamoDB read exactly the crossed alerts: 150.00 < level <= 150.37.
    expect(reads).toEqual([{ command: 'QueryCommand', pk: 'PRICEALERT#ACME#USD#above', scanned: K }]);
    expect(outcome).toEqual({ decision: 'record', scanned: K, fired: K });
    const expected = alerts.slice(5_001, 5_001 + K);
    expect(expected.map((a) => a.price)).toEqual(
      Array.from({ length: K }, (_, i) => `150.${String(i + 1).padStart(2, '0')}`),
    );
    // One profile read and one message per customer of a crossed alert.
    expect(profileReads.sort()).toEqual(expected.map((a) => a.customerId).sort());
    expect(plans.map((p) => [p.customerId, p.eventId, p.type, (p.data.alertPrices as string[])[0]])).toEqual(
      expect.arrayContaining(expected.map((a) => [a.customerId, crossing.eventId, 'price.alert', a.price])),
    );
    expect(plans).toHaveLength(K);
    // Spent: the crossed alerts are gone, the rest stay armed.
    expect(await armedCount('ACME', 'above')).toBe(ALERTS - K);

    // The same tick delivered again, and a new tick at the same price: nothing read, nothing fired.
    reads.length = 0;
    expect(await applyPriceTick(crossing, deps)).toEqual({ decision: 'redelivered', scanned: 0, fired: 0 });
    expect(reads).toEqual([{ command: 'QueryCommand', pk: 'PRICEALERT#ACME#USD#above', scanned: 0 }]);
    reads.length = 0;
    const same = tick('ACME', '150.370', '2026-03-03T10:00:02Z');
    expect(await applyPriceTick(same, deps)).toEqual({ decision: 'record', scanned: 0, fired: 0 });
    expect(reads).toEqual([]);
    expect(plans).toHaveLength(K);
  });

  it('fires nothing for a stale tick, whatever its price', async () => {
    const { deps, plans } = world();
    reads.length = 0;
    expect(await applyPriceTick(tick('ACME', '900.00', '2026-03-03T09:00:00Z'), deps)).toEqual({
      decision: 'stale',
      scanned: 0,
      fired: 0,
    });
    expect(reads).toEqual([]);
    expect(plans).toEqual([]);
  });
});

describe('PriceAlert.Set and PriceAlert.Removed', () => {
  it('arms an alert, moves it when set again at a new level, and removes it', async () => {
    const { deps, plans } = world();
    await applyPriceTick(tick('MOVE', '100', '2026-03-03T10:00:00Z'), deps);
    await setPriceAlert(
      busEvent({}),
      alertEvent('c-1', 'a-1', 'MOVE', 'above', '105', '2026-03-03T09:00:00Z'),
      deps,
    );
    // Set again at 120: 105 no longer fires.
    await setPriceAlert(
      busEvent({}),
      alertEvent('c-1', 'a-1', 'MOVE', 'above', '120', '2026-03-03T09:01:00Z'),
      deps,
    );
    expect(await applyPriceTick(tick('MOVE', '110', '2026-03-03T10:00:01Z'), deps)).toMatchObject({
      fired: 0,
    });
    expect(await applyPriceTick(tick('MOVE', '121', '2026-03-03T10:00:02Z'), deps)).toMatchObject({
      fired: 1,
    });
    expect(plans.map((p) => p.data.alertPrices)).toEqual([['120']]);

    // Removed before the price gets there: nothing fires; removing it again, or an unknown one, is fine.
    await setPriceAlert(
      busEvent({}),
      alertEvent('c-1', 'a-2', 'MOVE', 'below', '90', '2026-03-03T10:01:00Z'),
      deps,
    );
    const removal = alertEvent('c-1', 'a-2', 'MOVE', 'below', '90', '2026-03-03T10:02:00Z');
    expect(await removePriceAlert(removal, deps)).toBe('removed');
    expect(await removePriceAlert(removal, deps)).toBe('stale');
    expect(
      await removePriceAlert(alertEvent('c-1', 'nope', 'MOVE', 'below', '1', '2026-03-03T10:02:00Z'), deps),
    ).toBe('removed');
    expect(await applyPriceTick(tick('MOVE', '80', '2026-03-03T10:03:00Z'), deps)).toMatchObject({
      fired: 0,
    });
    expect(plans).toHaveLength(1);
  });

  it('keeps the latest change: a Set older than a Removed, or a Set redelivered after firing, arms nothing', async () => {
    const { deps, plans } = world();
    await applyPriceTick(tick('LATE', '100', '2026-03-03T10:00:00Z'), deps);
    const set = alertEvent('c-1', 'a-1', 'LATE', 'above', '105', '2026-03-03T09:00:00Z');
    await removePriceAlert({ ...set, eventId: 'r-1', occurredAt: '2026-03-03T09:30:00Z' }, deps);
    expect(await setPriceAlert(busEvent(set), set, deps)).toBe('stale');
    expect(await applyPriceTick(tick('LATE', '110', '2026-03-03T10:00:01Z'), deps)).toMatchObject({
      fired: 0,
    });

    const again = alertEvent('c-1', 'a-9', 'LATE', 'below', '105', '2026-03-03T10:00:02Z');
    expect(await setPriceAlert(busEvent(again), again, deps)).toBe('armed');
    expect(await applyPriceTick(tick('LATE', '104', '2026-03-03T10:00:03Z'), deps)).toMatchObject({
      fired: 1,
    });
    expect(await setPriceAlert(busEvent(again), again, deps)).toBe('stale');
    expect(await applyPriceTick(tick('LATE', '110', '2026-03-03T10:00:04Z'), deps)).toMatchObject({
      fired: 0,
    });
    expect(await applyPriceTick(tick('LATE', '100', '2026-03-03T10:00:05Z'), deps)).toMatchObject({
      fired: 0,
    });
    expect(plans).toHaveLength(1);
  });

  it('rejects an alert of a customer Herald does not know, naming the field', async () => {
    const { deps, log, rejected } = world({ known: () => false });
    const set = alertEvent('ghost', 'a-1', 'GHOST', 'above', '1', '2026-03-03T09:00:00Z');
    expect(await setPriceAlert(busEvent(set), set, deps)).toBe('rejected');
    expect(log).toEqual([expect.objectContaining({ kind: 'rejected', eventId: set.eventId })]);
    expect(rejected).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/^detail\.customerId: /) }),
    ]);
    expect(await armedCount('GHOST', 'above')).toBe(0);
  });

  it('sends one message listing the levels when one tick crosses several alerts of one customer', async () => {
    const { deps, plans } = world();
    await applyPriceTick(tick('MULTI', '100', '2026-03-03T10:00:00Z'), deps);
    for (const [id, level] of [
      ['x', '101'],
      ['y', '103'],
      ['z', '102'],
    ] as const) {
      await setPriceAlert(
        busEvent({}),
        alertEvent('c-7', id, 'MULTI', 'above', level, '2026-03-03T09:00:00Z'),
        deps,
      );
    }
    expect(await applyPriceTick(tick('MULTI', '103', '2026-03-03T10:00:01Z'), deps)).toMatchObject({
      fired: 3,
    });
    expect(plans.map((p) => [p.customerId, p.data.alertPrices])).toEqual([['c-7', ['101', '102', '103']]]);
  });
});

describe('each alert fires once', () => {
  const spread = (symbol: string, n: number): PriceAlert[] =>
    Array.from({ length: n }, (_, i) => ({
      customerId: `c-${i}`,
      alertId: `a-${i}`,
      symbol,
      direction: 'above',
      price: `${101 + i}`,
      currency: 'USD',
    }));

  it('two ticks marking the same alerts at once: every alert has exactly one winner', async () => {
    const store = new DynamoDbPriceAlerts(table.client, table.tableName);
    const alerts = spread('RACE', 50);
    await armAll(alerts);
    const by = (eventId: string) => ({ eventId, occurredAt: '2026-03-03T10:00:00Z', price: '200' });
    const [one, two] = await Promise.all(
      ['t-a', 't-b'].map((eventId) => Promise.all(alerts.map((a) => store.markFired(a, by(eventId))))),
    );
    for (let i = 0; i < alerts.length; i++) expect([one?.[i], two?.[i]].filter(Boolean)).toHaveLength(1);
  });

  it('concurrent ticks fire every crossed alert once in total', async () => {
    const { deps, plans } = world();
    await applyPriceTick(tick('BUSY', '100', '2026-03-03T10:00:00Z'), deps);
    await armAll(spread('BUSY', 40)); // levels 101 … 140
    const outcomes = await Promise.all([
      applyPriceTick(tick('BUSY', '120', '2026-03-03T10:00:01Z'), deps),
      applyPriceTick(tick('BUSY', '140', '2026-03-03T10:00:02Z'), deps),
      applyPriceTick(tick('BUSY', '130', '2026-03-03T10:00:03Z'), deps),
    ]);
    const notified = plans.map((p) => p.customerId).sort();
    expect(notified).toEqual([...new Set(notified)]);
    expect(notified).toHaveLength(40);
    expect(outcomes.reduce((sum, o) => sum + o.fired, 0)).toBe(40);
    expect(await armedCount('BUSY', 'above')).toBe(0);
  });

  it('finishes after a crash: the redelivered tick notifies what it had marked, once', async () => {
    let failing = true;
    const { deps, plans } = world({ failPlans: () => failing });
    await applyPriceTick(tick('CRASH', '100', '2026-03-03T10:00:00Z'), deps);
    await armAll(spread('CRASH', 5));
    const crossing = tick('CRASH', '103', '2026-03-03T10:00:01Z');
    await expect(applyPriceTick(crossing, deps)).rejects.toThrow(/render queue unavailable/);
    expect(await armedCount('CRASH', 'above')).toBe(5); // marked, not yet spent

    failing = false;
    expect(await applyPriceTick(crossing, deps)).toEqual({ decision: 'redelivered', scanned: 3, fired: 3 });
    expect(plans.map((p) => p.customerId).sort()).toEqual(['c-0', 'c-1', 'c-2']);
    expect(await armedCount('CRASH', 'above')).toBe(2);
    expect(await applyPriceTick(crossing, deps)).toMatchObject({ fired: 0 });
    expect(plans).toHaveLength(3);
  });
});

describe('erasure', () => {
  it('disarms the customer’s price alerts with the rest of their data', async () => {
    const { deps, plans } = world();
    await applyPriceTick(tick('ERASE', '100', '2026-03-03T10:00:00Z'), deps);
    for (const [id, direction, level] of [
      ['a', 'above', '110'],
      ['b', 'below', '90'],
    ] as const) {
      await setPriceAlert(
        busEvent({}),
        alertEvent('c-gone', id, 'ERASE', direction, level, '2026-03-03T09:00:00Z'),
        deps,
      );
    }
    await setPriceAlert(
      busEvent({}),
      alertEvent('c-stays', 'a', 'ERASE', 'above', '110', '2026-03-03T09:00:00Z'),
      deps,
    );

    const outcome = await new DynamoDbCustomerData(table.client, table.tableName).erase(
      'c-gone',
      'pseudonym',
      new Date('2026-03-03T11:00:00Z'),
    );
    expect(outcome.deleted).toBe(4); // two alert entries, two armed alerts
    expect(await armedCount('ERASE', 'below')).toBe(0);
    expect(await applyPriceTick(tick('ERASE', '111', '2026-03-03T11:00:01Z'), deps)).toMatchObject({
      fired: 1,
    });
    expect(plans.map((p) => p.customerId)).toEqual(['c-stays']);
  });
});
