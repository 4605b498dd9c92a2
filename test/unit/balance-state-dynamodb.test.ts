// The balance and transaction alerts on a real DynamoDB API (dynalite): what each path costs in requests,
// and the hysteresis state on the profile item under duplicates and races.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbBalanceAlertStore } from '../../shared/adapters/dynamodb/balance-alert-state.ts';
import { DynamoDbCapCounter } from '../../shared/adapters/dynamodb/cap-counter.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '../../shared/adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../../shared/adapters/dynamodb/profile-writer.ts';
import { evaluateBalance } from '../../shared/application/evaluate-balance.ts';
import { evaluateTransaction } from '../../shared/application/transaction-alerts.ts';
import type { RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';
import { countRequests } from '../support/request-counter.ts';

let table: TestTable;
/** The DynamoDB operations the client sent, in order (an SDK middleware on the real client). */
let requests: string[] = [];
const queued: PlannedJob[] = [];
const rejected: RejectedRecord[] = [];

beforeAll(async () => {
  table = await startTestTable();
  requests = countRequests(table.client).operations;
});
afterAll(() => table.stop());
beforeEach(() => {
  requests.length = 0;
  queued.length = 0;
  rejected.length = 0;
});

const deps = () => ({
  balanceAlerts: new DynamoDbBalanceAlertStore(table.client, table.tableName),
  profiles: new DynamoDbProfileReader(table.client, table.tableName),
  claims: new DynamoDbMessageLedger(table.client, table.tableName),
  caps: new DynamoDbCapCounter(table.client, table.tableName),
  plans: { submit: async (job: PlannedJob) => void queued.push(job) },
  log: { write: (r: { kind: string }) => void (r.kind === 'rejected' && rejected.push(r as RejectedRecord)) },
  deadLetters: { reject: async () => undefined },
  rejections: new MemoryRejectionClaims(),
  erasures: new MemoryErasures(),
  now: () => new Date('2026-03-03T12:00:00Z'),
  policy: {
    defaultQuietHours: { start: '22:00', end: '07:00' },
    marketingCap: 2,
    transactionalDefault: 'denied' as const,
  },
});

/** A customer with e-mail and SMS consent, a 100.00 GBP threshold on CUR-1, 80 % credit use, 1000.00 GBP. */
async function customer(customerId: string) {
  const writer = new DynamoDbProfileWriter(table.client, table.tableName);
  const at = '2026-03-01T00:00:00Z';
  await writer.upsert({
    customerId,
    occurredAt: at,
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: `${customerId}@example.com`, phone: '+447700900123' },
  });
  for (const channel of ['email', 'sms'] as const) {
    await writer.setConsent(
      {
        customerId,
        channel,
        category: 'transactional',
        granted: true,
        source: 'app',
        occurredAt: at,
        eventId: `${customerId}-${channel}`,
      },
      new Date(at),
    );
  }
  await writer.setSetting(
    customerId,
    'lowBalance',
    { accountId: 'CUR-1', threshold: '100.00', currency: 'GBP' },
    at,
  );
  await writer.setSetting(customerId, 'creditUtilization', { percent: 80 }, at);
  await writer.setSetting(customerId, 'largeTransaction', { minAmount: '1000.00', currency: 'GBP' }, at);
  requests.length = 0;
}

const BUS = { source: 'bank.core', 'detail-type': 'Balance.Changed', detail: {} };
const balance = (customerId: string, eventId: string, minute: number, amount: string, extra = {}) =>
  evaluateBalance(
    BUS,
    {
      eventId,
      occurredAt: `2026-03-03T10:${String(minute).padStart(2, '0')}:00Z`,
      customerId,
      accountId: 'CUR-1',
      balance: amount,
      currency: 'GBP',
      ...extra,
    },
    deps(),
  );
const alerts = () => queued.map((j) => `${j.eventId} ${j.type} ${j.channel}`);
/** What the senders do with the queued jobs: settle each as sent, once. */
async function send() {
  const ledger = new DynamoDbMessageLedger(table.client, table.tableName);
  const at = new Date('2026-03-03T12:00:01Z');
  for (const job of queued) {
    if ((await ledger.beginSend(job, at, 60_000, { reclaimExpiredLease: true })) === 'go')
      await ledger.markSent(job, `provider-${job.notificationId}`, at);
  }
}

describe('balance alerts on DynamoDB (dynalite)', () => {
  it('a balance that is fine, with the alerts armed, costs one read and no write', async () => {
    await customer('fine');
    await balance('fine', 'e-1', 1, '500.00');
    expect(requests).toEqual(['GetItem']);
    expect(alerts()).toEqual([]);
  });

  it('a drop alerts once (state written before the messages); still low costs one read and no write', async () => {
    await customer('drop');
    await balance('drop', 'e-1', 1, '50.00');
    // read, fire, two claims, and one for each suppressed channel (push, WhatsApp: no contact)
    expect(requests).toEqual(['GetItem', 'UpdateItem', 'PutItem', 'PutItem', 'PutItem', 'PutItem']);
    expect(alerts()).toEqual(['e-1 balance.low email', 'e-1 balance.low sms']);

    requests.length = 0;
    queued.length = 0;
    await balance('drop', 'e-2', 2, '40.00');
    expect(requests).toEqual(['GetItem']);
    expect(alerts()).toEqual([]);
  });

  it('re-arms on recovery (one write, no message), and the next drop alerts again', async () => {
    await customer('rearm');
    await balance('rearm', 'e-1', 1, '50.00');
    queued.length = 0;
    requests.length = 0;

    await balance('rearm', 'e-2', 2, '150.00');
    expect(requests).toEqual(['GetItem', 'UpdateItem']);
    expect(alerts()).toEqual([]);

    requests.length = 0;
    await balance('rearm', 'e-3', 3, '150.00'); // armed and fine again: the common case
    expect(requests).toEqual(['GetItem']);

    await balance('rearm', 'e-4', 4, '20.00');
    expect(alerts()).toEqual(['e-4 balance.low email', 'e-4 balance.low sms']);
  });

  it('keeps the state on the profile item, where a profile update leaves it alone', async () => {
    await customer('item');
    await balance('item', 'e-1', 1, '50.00');
    await customer('item'); // Customer.Upserted and settings again
    const { Item } = await table.client.send(
      new GetItemCommand({
        TableName: table.tableName,
        Key: { pk: { S: 'CUST#item' }, sk: { S: 'PROFILE' } },
      }),
    );
    expect(Item?.['balanceAlert:low:CUR-1']).toEqual({
      M: {
        fired: { BOOL: true },
        atMs: { N: String(Date.parse('2026-03-03T10:01:00Z')) },
        eventId: { S: 'e-1' },
      },
    });
    await balance('item', 'e-2', 2, '40.00');
    expect(alerts()).toEqual(['e-1 balance.low email', 'e-1 balance.low sms']);
  });

  it('a stale event (older than the stored state) neither alerts nor writes', async () => {
    await customer('stale');
    await balance('stale', 'e-5', 5, '50.00');
    await balance('stale', 'e-6', 6, '150.00'); // re-armed at :06
    queued.length = 0;
    requests.length = 0;
    await balance('stale', 'e-4', 4, '10.00');
    expect(requests).toEqual(['GetItem']);
    expect(alerts()).toEqual([]);
  });

  it('two drops racing from the armed state alert once: the conditional write lets one through', async () => {
    await customer('race');
    await Promise.all([balance('race', 'e-1', 1, '50.00'), balance('race', 'e-2', 2, '40.00')]);
    expect(requests.slice(0, 3)).toEqual(['GetItem', 'GetItem', 'UpdateItem']); // both judged it armed
    expect(new Set(queued.map((j) => j.eventId)).size).toBe(1);
    expect(queued.map((j) => j.channel).sort()).toEqual(['email', 'sms']);
  });

  it('the same drop delivered twice at once, or again later, gives one message per channel', async () => {
    await customer('dup');
    await Promise.all([balance('dup', 'e-1', 1, '50.00'), balance('dup', 'e-1', 1, '50.00')]);
    // Both deliveries may queue a job until the first is sent; they name the same message, which the
    // sender's lease sends once.
    expect(new Set(queued.map((j) => j.notificationId)).size).toBe(2);
    await send();
    queued.length = 0;
    await balance('dup', 'e-1', 1, '50.00');
    expect(alerts()).toEqual([]);
  });

  it('overdraft and credit utilisation each fire once per crossing, on their own state', async () => {
    await customer('both');
    await balance('both', 'o-1', 1, '-5.00');
    await balance('both', 'o-2', 2, '-50.00');
    await balance('both', 'c-1', 3, '-800.00', { accountId: 'CARD-1', creditLimit: '1000.00' });
    await balance('both', 'c-2', 4, '-900.00', { accountId: 'CARD-1', creditLimit: '1000.00' });
    expect(alerts()).toEqual([
      'o-1 balance.low email',
      'o-1 balance.low sms',
      'o-1 balance.overdraft email',
      'o-1 balance.overdraft sms',
      'c-1 balance.credit_utilization email',
      'c-1 balance.credit_utilization sms',
    ]);
  });

  it('rejects an event for an unknown customer, and never creates a profile for it', async () => {
    await balance('nobody', 'e-1', 1, '50.00');
    expect(rejected.map((r) => r.reason)).toEqual([
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    expect(requests).toEqual(['GetItem']);
  });
});

describe('large-transaction alert on DynamoDB (dynalite)', () => {
  const BUS_TX = { source: 'bank.core', 'detail-type': 'Transaction.Posted', detail: {} };
  const posted = (customerId: string, eventId: string, amount: string) =>
    evaluateTransaction(
      BUS_TX,
      {
        eventId,
        occurredAt: '2026-03-03T10:00:00Z',
        customerId,
        accountId: 'CUR-1',
        amount,
        currency: 'GBP',
        direction: 'debit',
        channel: 'card',
      },
      deps(),
    );

  it('a transaction below the amount costs one read and no write', async () => {
    await customer('tx');
    await posted('tx', 't-1', '999.99');
    expect(requests).toEqual(['GetItem']);
    expect(alerts()).toEqual([]);
  });

  it('one at the amount alerts on the first reachable channel, once however often it is delivered', async () => {
    await customer('tx2');
    await posted('tx2', 't-1', '1000.00');
    expect(alerts()).toEqual(['t-1 transaction.large sms']);
    await send();
    queued.length = 0;
    await posted('tx2', 't-1', '1000.00');
    expect(alerts()).toEqual([]);
  });
});
