// The reminders' item on dynalite: later Sets replace, older ones do not, concurrent Sets cannot both win,
// and erasure removes the reminders with the rest of the customer's partition.
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbCustomerData } from '../../shared/adapters/dynamodb/customer-data.ts';
import { DynamoDbProfileWriter } from '../../shared/adapters/dynamodb/profile-writer.ts';
import { DynamoDbTaxReminders, taxReminderKey } from '../../shared/adapters/dynamodb/tax-reminders.ts';
import type { TaxReminderSet } from '../../shared/domain/tax-reminders.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
let reminders: DynamoDbTaxReminders;
beforeAll(async () => {
  table = await startTestTable();
  reminders = new DynamoDbTaxReminders(table.client, table.tableName);
});
afterAll(() => table.stop());

const set = (customerId: string, over: Partial<TaxReminderSet> = {}): TaxReminderSet => ({
  eventId: 'e1',
  occurredAt: '2026-03-01T10:00:00Z',
  customerId,
  reminderId: 'r-1',
  symbol: 'VWRL.L',
  date: '2026-03-05',
  note: 'dividends',
  ...over,
});

describe('DynamoDbTaxReminders (dynalite)', () => {
  it('stores a reminder under the customer, expiring a week after its date', async () => {
    expect((await reminders.apply(set('a'))).outcome).toBe('new');
    expect(await reminders.get('a', 'r-1')).toEqual({
      ...set('a'),
      atMs: Date.parse('2026-03-01T10:00:00Z'),
      dueEventId: 'e1',
    });
    const { Item } = await table.client.send(
      new GetItemCommand({ TableName: table.tableName, Key: taxReminderKey('a', 'r-1') }),
    );
    expect(Item?.pk?.S).toBe('CUST#a');
    expect(Item?.sk?.S).toBe('TAXREM#r-1');
    // 2026-03-05 ends everywhere by 2026-03-06T12:00Z; kept until a week after 2026-03-07T00:00Z.
    expect(Number(Item?.expiresAt?.N)).toBe(Date.parse('2026-03-14T00:00:00Z') / 1000);
  });

  it('a redelivery is a duplicate, an older Set is stale, a later one replaces (without the old note)', async () => {
    await reminders.apply(set('b'));
    expect((await reminders.apply(set('b'))).outcome).toBe('duplicate');
    const older = set('b', { eventId: 'e0', occurredAt: '2026-03-01T09:00:00Z', date: '2026-04-01' });
    expect((await reminders.apply(older)).outcome).toBe('stale');
    expect((await reminders.get('b', 'r-1'))?.date).toBe('2026-03-05');
    const later = set('b', {
      eventId: 'e2',
      occurredAt: '2026-03-02T09:00:00Z',
      date: '2026-03-09',
      note: undefined,
    });
    expect((await reminders.apply(later)).outcome).toBe('replaced');
    const stored = await reminders.get('b', 'r-1');
    expect(stored).toMatchObject({ eventId: 'e2', date: '2026-03-09', dueEventId: 'e2' });
    expect(stored).not.toHaveProperty('note');
  });

  it('of Sets arriving together, the latest wins whatever the order they are written in', async () => {
    // Five writers: each retry of one means another one wrote, so none needs more than the five attempts.
    const sets = Array.from({ length: 5 }, (_, i) =>
      set('c', {
        eventId: `e${i}`,
        occurredAt: `2026-03-01T1${i}:00:00Z`,
        date: `2026-04-0${i + 1}`,
      }),
    );
    await Promise.all([...sets].reverse().map((s) => reminders.apply(s)));
    expect(await reminders.get('c', 'r-1')).toMatchObject({ eventId: 'e4', date: '2026-04-05' });
  });

  it('an unknown reminder reads as undefined', async () => {
    expect(await reminders.get('nobody', 'r-1')).toBeUndefined();
  });

  it('erasure removes the customer reminders with the rest of the partition', async () => {
    await new DynamoDbProfileWriter(table.client, table.tableName).upsert({
      customerId: 'erase-me',
      occurredAt: '2026-03-01T00:00:00Z',
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      contacts: { email: 'erase-me@example.com' },
    });
    await reminders.apply(set('erase-me'));
    await reminders.apply(set('erase-me', { eventId: 'e9', reminderId: 'r-2', date: '2026-05-01' }));

    const outcome = await new DynamoDbCustomerData(table.client, table.tableName).erase(
      'erase-me',
      'pseudonym',
      new Date('2026-03-02T00:00:00Z'),
    );

    expect(outcome.deleted).toBe(3);
    expect(await reminders.get('erase-me', 'r-1')).toBeUndefined();
    expect(await reminders.get('erase-me', 'r-2')).toBeUndefined();
    const left = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'CUST#erase-me' } },
      }),
    );
    expect(left.Items).toEqual([]);
  });
});
