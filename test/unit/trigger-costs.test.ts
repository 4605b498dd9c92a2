// What the common case costs in DynamoDB: a Transaction.Posted or Balance.Changed that alerts nobody reads
// the profile item once and writes nothing, whatever the amount. Run on dynalite with the real adapters
// and the events `npm run bench` measures (bench/scenarios.ts), counted by test/support/request-counter.ts,
// which is checked here too where dynalite's own figures fall short.
import { GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bus,
  dynamoDbStores,
  onBalanceChanged,
  onTransactionPosted,
  prepareCustomer,
  scenarioName,
  scenarios,
  type World,
  world,
} from '../../bench/scenarios.ts';
import { itemSize } from '../../local/cost/dynamodb-units.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';
import { countRequests, type RequestCounter } from '../support/request-counter.ts';

let table: TestTable;
let counter: RequestCounter;
beforeAll(async () => {
  table = await startTestTable();
  counter = countRequests(table.client);
});
afterAll(() => table.stop());

const scenario = (trigger: string, path: string) => {
  const found = scenarios.find((s) => s.trigger === trigger && s.path.startsWith(path));
  if (!found) throw new Error(`no scenario ${trigger} · ${path}`);
  return found;
};

/** Runs the bench scenario's event `n` on dynalite and returns what it cost. */
async function cost(trigger: string, path: string, n: number) {
  const s = scenario(trigger, path);
  const w = world(dynamoDbStores(table.client, table.tableName));
  await s.prepare(w, n);
  counter.reset();
  await s.run(w, n);
  return { ...counter.summary(), planned: w.out.planned, name: scenarioName(s) };
}

const cents = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

describe('the no-alert path costs at most one read and no write', () => {
  it('Transaction.Posted below the customer’s amount: one GetItem, 1 RCU, no write', async () => {
    const c = await cost('Transaction.Posted', 'no alert', 1);
    expect(c.planned).toBe(0);
    expect(c.byOperation).toEqual({ GetItem: 1 });
    expect(c.reads).toBeLessThanOrEqual(1);
    expect(c.rcu).toBeLessThanOrEqual(1);
    expect(c.writes).toBe(0);
    expect(c.wcu).toBe(0);
  });

  it('Balance.Changed above every threshold, alerts armed: one GetItem, 1 RCU, no write', async () => {
    const c = await cost('Balance.Changed', 'no alert', 1);
    expect(c.planned).toBe(0);
    expect(c.byOperation).toEqual({ GetItem: 1 });
    expect(c.rcu).toBeLessThanOrEqual(1);
    expect(c.writes).toBe(0);
    expect(c.wcu).toBe(0);
  });

  it('holds for any amount below the minimum and any balance above the threshold', async () => {
    const w: World = world(dynamoDbStores(table.client, table.tableName));
    await prepareCustomer(w, 'prop'); // 100.00 GBP low-balance threshold, 1000.00 GBP large transaction
    let n = 0;
    const event = (detailType: string, fields: Record<string, string>) =>
      bus(detailType, {
        eventId: `prop-${++n}`,
        occurredAt: '2026-03-03T11:00:00Z',
        customerId: 'prop',
        accountId: 'CUR-1',
        currency: 'GBP',
        ...fields,
      });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10_001, max: 10 ** 11 }),
        fc.integer({ min: 1, max: 99_999 }),
        async (balance, amount) => {
          counter.reset();
          await onBalanceChanged(w, event('Balance.Changed', { balance: cents(balance) }));
          await onTransactionPosted(
            w,
            event('Transaction.Posted', { amount: cents(amount), direction: 'debit', channel: 'card' }),
          );
          expect(counter.operations).toEqual(['GetItem', 'GetItem']);
          expect(counter.summary()).toMatchObject({ writes: 0, wcu: 0, rcu: 2 });
        },
      ),
      { numRuns: 25 },
    );
    expect(w.out.planned).toBe(0);
    expect(w.out.rejected).toBe(0);
  });

  it('the alert paths do write: the counter sees the writes and their units', async () => {
    const balance = await cost('Balance.Changed', 'alert', 2);
    expect(balance.planned).toBe(3);
    // The alert's state on the profile item, then one claim per message (the suppressed WhatsApp one too).
    expect(balance.byOperation).toEqual({ GetItem: 1, UpdateItem: 1, PutItem: 4 });
    expect(balance.wcu).toBeGreaterThanOrEqual(3);
    const tx = await cost('Transaction.Posted', 'alert', 2);
    expect(tx.byOperation).toEqual({ GetItem: 1, PutItem: 1 });
    expect(tx.wcu).toBe(1);
  });
});

describe('capacity units where dynalite reports none', () => {
  it('a failed conditional write costs the stored item’s size in WCU (at least 1)', async () => {
    const claims = new DynamoDbMessageLedger(table.client, table.tableName);
    const key = { customerId: 'cc', eventId: 'e-1', type: 'balance.low', channel: 'email' as const };
    const decision = {
      status: 'queued' as const,
      notificationId: 'n-1',
      at: new Date('2026-03-03T12:00:00Z'),
    };
    await claims.claim(key, decision);
    counter.reset();
    expect(await claims.claim(key, decision)).toBe('pending');
    const [failed] = counter.requests;
    expect(failed).toEqual({
      operation: 'PutItem',
      rcu: 0,
      wcu: 1,
      units: 'item-size',
      conditionFailed: true,
    });
  });

  it('sizes items as DynamoDB does, as the units dynalite reports for a write show', async () => {
    // Names and values: 2+4, 2+1, 4+1500, 1 + (five digits: 3 bytes + 1).
    const item = { pk: { S: 'SIZE' }, sk: { S: 'a' }, name: { S: 'x'.repeat(1500) }, n: { N: '12345' } };
    expect(itemSize(item)).toBe(1518);
    counter.reset();
    await table.client.send(new PutItemCommand({ TableName: table.tableName, Item: item }));
    expect(counter.requests).toEqual([{ operation: 'PutItem', rcu: 0, wcu: 2, units: 'reported' }]);
  });

  it('a Query that reads nothing costs the minimum read', async () => {
    counter.reset();
    await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'NOTHING' } },
        ConsistentRead: true,
      }),
    );
    await table.client.send(
      new GetItemCommand({ TableName: table.tableName, Key: { pk: { S: 'NOTHING' }, sk: { S: 'x' } } }),
    );
    expect(counter.requests.map(({ operation, rcu, units }) => ({ operation, rcu, units }))).toEqual([
      { operation: 'Query', rcu: 1, units: 'minimum' },
      { operation: 'GetItem', rcu: 0.5, units: 'reported' },
    ]);
  });
});
