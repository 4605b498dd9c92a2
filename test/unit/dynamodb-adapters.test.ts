import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbCapCounter } from '../../shared/adapters/dynamodb/cap-counter.ts';
import { DynamoDbCustomerData } from '../../shared/adapters/dynamodb/customer-data.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '../../shared/adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../../shared/adapters/dynamodb/profile-writer.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const t0 = new Date('2026-01-05T08:00:00Z');

const consent = (
  customerId: string,
  channel: 'email' | 'sms',
  category: 'transactional' | 'marketing',
  granted: boolean,
  occurredAt: string,
  eventId: string,
) => ({ customerId, channel, category, granted, occurredAt, eventId, source: granted ? 'app' : 'web' });

function storeOn({ client, tableName }: TestTable) {
  const writer = new DynamoDbProfileWriter(client, tableName);
  const reader = new DynamoDbProfileReader(client, tableName);
  return {
    get: reader.get.bind(reader),
    upsert: writer.upsert.bind(writer),
    setConsent: writer.setConsent.bind(writer),
    setSetting: writer.setSetting.bind(writer),
  };
}

describe('DynamoDbProfileWriter and DynamoDbProfileReader (dynalite)', () => {
  const upsert = (customerId: string, occurredAt: string, email: string) => ({
    customerId,
    occurredAt,
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    contacts: { email },
    name: { given: 'Jonas' },
  });

  it('ignores a profile change older than the one applied', async () => {
    const store = storeOn(table);
    // Act
    const newer = await store.upsert(upsert('p-1', '2026-01-02T10:00:00+01:00', 'new@example.com'));
    const older = await store.upsert(upsert('p-1', '2026-01-02T08:30:00Z', 'old@example.com'));
    // Assess
    expect([newer, older]).toEqual([true, false]);
    expect((await store.get('p-1'))?.contacts.email).toBe('new@example.com');
  });

  it('keeps consents and settings that arrive before the profile, and knows the customer only once it exists', async () => {
    const store = storeOn(table);
    // Act
    await store.setConsent(consent('p-2', 'sms', 'transactional', true, '2026-01-01T10:00:00Z', 'c-1'), t0);
    await store.setSetting(
      'p-2',
      'lowBalance',
      { accountId: 'A', threshold: '50.00', currency: 'EUR' },
      '2026-01-01T10:00:00Z',
    );
    await store.setSetting('p-2', 'quietHours', { start: '22:00', end: '07:00' }, '2026-01-01T10:00:00Z');
    await store.setSetting('p-2', 'channelOrder', ['sms', 'email'], '2026-01-01T10:00:00Z');
    const before = await store.get('p-2');
    await store.upsert(upsert('p-2', '2026-01-01T11:00:00Z', 'p2@example.com'));
    const after = await store.get('p-2');
    // Assess
    expect(before).toBeUndefined();
    expect(after?.consents['sms:transactional']).toEqual({
      granted: true,
      source: 'app',
      at: '2026-01-01T10:00:00Z',
      eventId: 'c-1',
    });
    expect(after?.alerts.lowBalance).toEqual({ accountId: 'A', threshold: '50.00', currency: 'EUR' });
    expect(after?.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(after?.channelOrder).toEqual(['sms', 'email']);
  });

  it('applies the latest consent by occurredAt, whatever the arrival order', async () => {
    const store = storeOn(table);
    await store.upsert(upsert('p-3', '2026-01-01T00:00:00Z', 'p3@example.com'));
    // Act: the withdrawal (later) arrives first, the grant (earlier) second
    const withdrawal = await store.setConsent(
      consent('p-3', 'email', 'marketing', false, '2026-01-03T00:00:00Z', 'w'),
      t0,
    );
    const grant = await store.setConsent(
      consent('p-3', 'email', 'marketing', true, '2026-01-02T00:00:00Z', 'g'),
      t0,
    );
    // Assess: the later withdrawal stays current, and the ledger keeps both, in occurrence order
    expect([withdrawal, grant]).toEqual(['applied', 'stale']);
    expect((await store.get('p-3'))?.consents['email:marketing']?.granted).toBe(false);
    const { Items = [] } = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ledger)',
        ExpressionAttributeValues: { ':pk': { S: 'CUST#p-3' }, ':ledger': { S: 'CONSENT#email#marketing#' } },
      }),
    );
    expect(Items.map((i) => [i.eventId?.S, i.granted?.BOOL, i.source?.S])).toEqual([
      ['g', true, 'app'],
      ['w', false, 'web'],
    ]);
  });
});

describe('DynamoDbCapCounter (dynalite)', () => {
  it('gives out exactly `cap` slots per customer and local day, even when asked concurrently', async () => {
    const counter = new DynamoDbCapCounter(table.client, table.tableName);
    // Act: five concurrent marketing decisions on one day, one on the next day
    const sameDay = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => counter.consume('cap-1', '2026-03-02', 2, `evt-${n}`, t0)),
    );
    const nextDay = await counter.consume('cap-1', '2026-03-03', 2, 'evt-6', t0);
    const otherCustomer = await counter.consume('cap-2', '2026-03-02', 2, 'evt-7', t0);
    // A redelivered event that got a slot keeps it, without taking another; one that did not stays out.
    const winner = `evt-${sameDay.indexOf(true) + 1}`;
    const loser = `evt-${sameDay.indexOf(false) + 1}`;
    const again = await counter.consume('cap-1', '2026-03-02', 2, winner, t0);
    const loserAgain = await counter.consume('cap-1', '2026-03-02', 2, loser, t0);
    // Assess
    expect(sameDay.filter(Boolean)).toHaveLength(2);
    expect([nextDay, otherCustomer, again, loserAgain]).toEqual([true, true, true, false]);
  });
});

describe('DynamoDbCustomerData (dynalite)', () => {
  it('deletes every item of the customer and keeps the consent ledger under the pseudonym only', async () => {
    // Prepare: a profile, two consent changes, a message claim, a cap
    const store = storeOn(table);
    await store.upsert({
      customerId: 'erase-me',
      occurredAt: '2026-01-01T00:00:00Z',
      locale: 'en-GB',
      timeZone: 'Europe/London',
      contacts: { email: 'gone@example.com' },
    });
    await store.setConsent(consent('erase-me', 'email', 'marketing', true, '2026-01-02T00:00:00Z', 'g1'), t0);
    await store.setConsent(
      consent('erase-me', 'email', 'marketing', false, '2026-01-03T00:00:00Z', 'w1'),
      t0,
    );
    await new DynamoDbMessageLedger(table.client, table.tableName).claim(
      { customerId: 'erase-me', eventId: 'e-x', type: 'balance.low', channel: 'email' },
      { status: 'queued', notificationId: 'n-x', at: t0 },
    );
    await new DynamoDbCapCounter(table.client, table.tableName).consume(
      'erase-me',
      '2026-03-02',
      2,
      'm-1',
      t0,
    );
    // Act
    const outcome = await new DynamoDbCustomerData(table.client, table.tableName).erase(
      'erase-me',
      'pseudo',
      t0,
    );
    // Assess
    const query = (pk: string) =>
      table.client.send(
        new QueryCommand({
          TableName: table.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: pk } },
        }),
      );
    expect((await query('CUST#erase-me')).Items).toEqual([]);
    const kept = (await query('ERASED#pseudo')).Items ?? [];
    expect(kept.map((i) => [i.eventId?.S, i.granted?.BOOL])).toEqual([
      ['g1', true],
      ['w1', false],
    ]);
    expect(JSON.stringify(kept)).not.toContain('erase-me');
    expect(outcome).toEqual({ deleted: 5, keptConsents: 2, journeysLeft: 0 });
    expect(await store.get('erase-me')).toBeUndefined();
  });

  it('leaves a journey to the journeys function, which stops its executions before deleting it', async () => {
    const journeys = new DynamoDbJourneys(table.client, table.tableName);
    const data = new DynamoDbCustomerData(table.client, table.tableName);
    await journeys.create({
      journey: 'card_activation',
      customerId: 'erase-j',
      key: 'card-1',
      status: 'awaiting_activation',
      startedAt: '2026-03-02T09:00:00Z',
      startEventId: 'e-i',
      attributes: { cardLast4: '1234' },
      goals: {},
      steps: {},
    });
    expect(await data.erase('erase-j', 'pseudo-j', new Date())).toEqual({
      deleted: 0,
      keptConsents: 0,
      journeysLeft: 1,
    });
    const [item] = await journeys.listForCustomer('erase-j');
    if (!item) throw new Error('the journey must be left for the journeys function');
    await journeys.delete(item);
    expect((await data.erase('erase-j', 'pseudo-j', new Date())).journeysLeft).toBe(0);
  });
});
