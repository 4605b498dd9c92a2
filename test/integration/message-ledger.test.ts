// The message ledger (shared/adapters/dynamodb/message-ledger.ts) on dynalite, every side of the one item:
// claims, exclusive under concurrency; the send lease and its outcome; giving a lease back (throttling),
// marking a job dead-lettered, taking a dead-lettered message again on a redrive unless its fallback
// superseded it; never recreating a message item erasure deleted; outcomes and conversions recorded once
// however often a step is delivered again; a message read back by its channels.
import { GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbCustomerData } from '../../shared/adapters/dynamodb/customer-data.ts';
import { DynamoDbMessageLedger, messageKey } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { DynamoDbSuppressionList } from '../../shared/adapters/dynamodb/suppressions.ts';
import { sendMessage } from '../../shared/application/send-message.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { Channel } from '../../shared/domain/profile.ts';
import type { ClaimKey } from '../../shared/ports/message-ledger.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
let ledger: DynamoDbMessageLedger;
beforeAll(async () => {
  table = await startTestTable();
  ledger = new DynamoDbMessageLedger(table.client, table.tableName);
});
afterAll(() => table.stop());

const T0 = new Date('2026-01-05T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const LEASE_MS = 60_000;
const RECLAIM = { reclaimExpiredLease: true };
const NO_RECLAIM = { reclaimExpiredLease: false };
let n = 0;

/** A claimed (queued) message of a fresh event. */
async function queued(channel: Channel = 'email', customerId = 'c-1'): Promise<ClaimKey> {
  n += 1;
  const key = { customerId, eventId: `e-${n}`, type: 'statement.ready', channel };
  await ledger.claim(key, { status: 'queued', notificationId: `n-${n}-${channel}`, at: T0 });
  return key;
}

async function itemOf(key: ClaimKey) {
  const { Item } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: messageKey(key), ConsistentRead: true }),
  );
  return Item;
}

/** A balance alert's message key (the claim tests' own type, apart from `queued`'s). */
const balanceKey = (eventId: string, channel: 'email' | 'sms' = 'email') => ({
  customerId: 'c-1',
  eventId,
  type: 'balance.low',
  channel,
});

describe('claim and send', () => {
  it('claims a message once; a settled message is a duplicate, an unsent one is pending', async () => {
    // Act
    const first = await ledger.claim(balanceKey('e-1'), { status: 'queued', notificationId: 'n1', at: T0 });
    const again = await ledger.claim(balanceKey('e-1'), { status: 'queued', notificationId: 'n1', at: T0 });
    await ledger.beginSend(balanceKey('e-1'), T0, 60_000, RECLAIM);
    await ledger.markSent(balanceKey('e-1'), 'ses-1', T0);
    const afterSent = await ledger.claim(balanceKey('e-1'), {
      status: 'queued',
      notificationId: 'n1',
      at: T0,
    });
    const suppressed = await ledger.claim(balanceKey('e-2', 'sms'), {
      status: 'suppressed',
      notificationId: 'n2',
      at: T0,
    });
    const suppressedAgain = await ledger.claim(balanceKey('e-2', 'sms'), {
      status: 'suppressed',
      notificationId: 'n2',
      at: T0,
    });
    // Assess
    expect([first, again, afterSent, suppressed, suppressedAgain]).toEqual([
      'claimed',
      'pending',
      'duplicate',
      'claimed',
      'duplicate',
    ]);
  });

  it('lets one attempt at a time call the provider, and none after the provider id is recorded', async () => {
    await ledger.claim(balanceKey('e-3'), { status: 'queued', notificationId: 'n3', at: T0 });
    // Act
    const first = await ledger.beginSend(balanceKey('e-3'), T0, 60_000, RECLAIM);
    const concurrent = await ledger.beginSend(
      balanceKey('e-3'),
      new Date(T0.getTime() + 1_000),
      60_000,
      RECLAIM,
    );
    // The first attempt died without recording anything: once its lease is over another may send.
    const afterLease = await ledger.beginSend(
      balanceKey('e-3'),
      new Date(T0.getTime() + 61_000),
      60_000,
      RECLAIM,
    );
    await ledger.markSent(balanceKey('e-3'), 'ses-2', T0);
    const afterSent = await ledger.beginSend(
      balanceKey('e-3'),
      new Date(T0.getTime() + 500_000),
      60_000,
      RECLAIM,
    );
    // Assess
    expect([first, concurrent, afterLease, afterSent]).toEqual(['go', 'busy', 'go', 'sent']);
  });

  it('does not reclaim an expired lease when asked not to: the message is abandoned, not resent', async () => {
    await ledger.claim(balanceKey('e-5'), { status: 'queued', notificationId: 'n5', at: T0 });
    const noReclaim = { reclaimExpiredLease: false };
    // Act
    const first = await ledger.beginSend(balanceKey('e-5'), T0, 60_000, noReclaim);
    const during = await ledger.beginSend(
      balanceKey('e-5'),
      new Date(T0.getTime() + 30_000),
      60_000,
      noReclaim,
    );
    const after = await ledger.beginSend(
      balanceKey('e-5'),
      new Date(T0.getTime() + 61_000),
      60_000,
      noReclaim,
    );
    // Assess
    expect([first, during, after]).toEqual(['go', 'busy', 'abandoned']);
  });

  it('never sends a failed message again', async () => {
    await ledger.claim(balanceKey('e-4'), { status: 'queued', notificationId: 'n4', at: T0 });
    await ledger.beginSend(balanceKey('e-4'), T0, 60_000, RECLAIM);
    await ledger.markUnsent(balanceKey('e-4'), { status: 'failed', reason: 'provider_rejected' }, T0);
    expect(await ledger.beginSend(balanceKey('e-4'), new Date(T0.getTime() + 120_000), 60_000, RECLAIM)).toBe(
      'sent',
    );
  });
});

describe('releaseSend (a throttled attempt gives its lease back)', () => {
  it('puts the message back to queued for the lease holder only', async () => {
    // Prepare
    const key = await queued();
    await ledger.beginSend(key, T0, LEASE_MS, NO_RECLAIM);
    // Act
    const stranger = await ledger.releaseSend(key, T0.getTime() + LEASE_MS + 1);
    const holder = await ledger.releaseSend(key, T0.getTime() + LEASE_MS);
    const again = await ledger.releaseSend(key, T0.getTime() + LEASE_MS);
    // Assess
    expect([stranger, holder, again]).toEqual([false, true, false]);
    expect(await ledger.statusOf(key)).toBe('queued');
    expect((await itemOf(key))?.leaseUntilMs).toBeUndefined();
  });

  it('lets marketing be taken again after the lease time, as a fresh attempt, not an abandoned one', async () => {
    const key = await queued();
    await ledger.beginSend(key, T0, LEASE_MS, NO_RECLAIM);
    await ledger.releaseSend(key, T0.getTime() + LEASE_MS);
    // Act: the requeued job comes back long after the lease
    const later = await ledger.beginSend(key, at(15 * 60_000), LEASE_MS, NO_RECLAIM);
    // Assess
    expect(later).toBe('go');
  });

  it('does not release a lease another attempt took after it expired', async () => {
    const key = await queued();
    await ledger.beginSend(key, T0, LEASE_MS, RECLAIM);
    await ledger.beginSend(key, at(LEASE_MS + 1), LEASE_MS, RECLAIM);
    expect(await ledger.releaseSend(key, T0.getTime() + LEASE_MS)).toBe(false);
    expect(await ledger.statusOf(key)).toBe('sending');
  });
});

describe('markDeadLettered and redrive', () => {
  it('marks a queued or sending message failed/dead_lettered; a settled or missing one is left as it is', async () => {
    // Prepare
    const waiting = await queued();
    const sending = await queued();
    await ledger.beginSend(sending, T0, LEASE_MS, RECLAIM);
    const sent = await queued();
    await ledger.beginSend(sent, T0, LEASE_MS, RECLAIM);
    await ledger.markSent(sent, 'ses-1', T0);
    const missing = {
      customerId: 'c-none',
      eventId: 'e-none',
      type: 'statement.ready',
      channel: 'email' as const,
    };
    // Act
    const outcomes = await Promise.all(
      [waiting, sending, sent, missing].map((k) => ledger.markDeadLettered(k, T0)),
    );
    // Assess
    expect(outcomes).toEqual(['marked', 'marked', 'settled', 'missing']);
    expect(await itemOf(sending)).toMatchObject({
      status: { S: 'failed' },
      failureReason: { S: 'dead_lettered' },
      settledAt: { S: T0.toISOString() },
    });
    expect((await itemOf(sending))?.leaseUntilMs).toBeUndefined();
    expect(await itemOf(missing)).toBeUndefined();
    expect(await ledger.statusOf(sent)).toBe('sent');
  });

  it('lets a redriven dead-lettered message be taken again (marketing too), then never again once sent', async () => {
    const key = await queued();
    await ledger.markDeadLettered(key, T0);
    // Act
    const redriven = await ledger.beginSend(key, at(3_600_000), LEASE_MS, NO_RECLAIM);
    await ledger.markSent(key, 'ses-2', at(3_600_000));
    const again = await ledger.beginSend(key, at(7_200_000), LEASE_MS, NO_RECLAIM);
    // Assess
    expect([redriven, again]).toEqual(['go', 'sent']);
    const item = await itemOf(key);
    expect(item?.status?.S).toBe('sent');
    expect(item?.failureReason).toBeUndefined();
  });

  it('never takes again a message failed for another reason', async () => {
    const key = await queued();
    await ledger.beginSend(key, T0, LEASE_MS, RECLAIM);
    await ledger.markUnsent(key, { status: 'failed', reason: 'provider_rejected' }, T0);
    expect(await ledger.beginSend(key, at(60_000_000), LEASE_MS, RECLAIM)).toBe('sent');
    expect(await ledger.markDeadLettered(key, T0)).toBe('settled');
  });

  it('never takes again a dead-lettered message its fallback superseded', async () => {
    const email = await queued('email');
    await ledger.markDeadLettered(email, T0);
    // Act: the SMS fallback's turn: the e-mail is superseded first
    const superseded = await ledger.supersede(email, 'sms', at(120_000));
    const redriven = await ledger.beginSend(email, at(3_600_000), LEASE_MS, RECLAIM);
    // Assess
    expect(superseded).toBe(true);
    expect(redriven).toBe('sent');
    expect((await itemOf(email))?.supersededBy?.S).toBe('sms');
  });

  it('does not supersede a message a redrive has taken again: the fallback must wait', async () => {
    const email = await queued('email');
    await ledger.markDeadLettered(email, T0);
    await ledger.beginSend(email, at(60_000), LEASE_MS, RECLAIM);
    expect(await ledger.supersede(email, 'sms', at(61_000))).toBe(false);
    expect((await itemOf(email))?.supersededBy).toBeUndefined();
  });
});

describe('markSent and markUnsent after an erasure', () => {
  it('never recreate an item erasure deleted: erased', async () => {
    // Prepare: two leases taken, then the customer is erased
    const first = await queued('email', 'c-erased');
    const second = await queued('sms', 'c-erased');
    await ledger.beginSend(first, T0, LEASE_MS, RECLAIM);
    await ledger.beginSend(second, T0, LEASE_MS, RECLAIM);
    await new DynamoDbCustomerData(table.client, table.tableName).erase('c-erased', 'pseudo', T0);
    // Act
    const sent = await ledger.markSent(first, 'ses-3', at(1_000), {
      notificationId: 'n',
      category: 'transactional',
      locale: 'en',
      template: 't',
    });
    const unsent = await ledger.markUnsent(
      second,
      { status: 'failed', reason: 'provider_rejected' },
      at(1_000),
    );
    const released = await ledger.releaseSend(first, T0.getTime() + LEASE_MS);
    // Assess
    expect([sent, unsent, released]).toEqual(['erased', 'erased', false]);
    expect(await itemOf(first)).toBeUndefined();
    expect(await itemOf(second)).toBeUndefined();
  });

  it('a send racing an erasure leaves no item behind, and the sent record is still logged (the message went out)', async () => {
    // Prepare: the customer is erased while the provider call is in flight
    const key = await queued('email', 'c-race');
    const job: MessageJob = {
      notificationId: 'n-race',
      ...key,
      category: 'transactional',
      to: 'race@example.com',
      occurredAt: T0.toISOString(),
      message: {
        channel: 'email',
        template: 'statement.ready/email/en',
        locale: 'en',
        subject: 's',
        text: 't',
      },
    };
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    const erasure = new DynamoDbCustomerData(table.client, table.tableName);
    // Act
    const outcome = await sendMessage(job, {
      ledger,
      sender: {
        send: async () => {
          await erasure.erase('c-race', 'pseudo-race', T0);
          return 'ses-race';
        },
      },
      log: { write: (record) => void records.push(record) },
      now: () => T0,
      leaseMs: LEASE_MS,
      suppressions: new DynamoDbSuppressionList(table.client, table.tableName),
      queue: { enqueue: async () => undefined },
    });
    // Assess
    expect(outcome).toBe('sent');
    const { Items } = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'CUST#c-race' } },
        ConsistentRead: true,
      }),
    );
    expect(Items).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ status: 'sent', providerMessageId: 'ses-race' })]);
    expect(JSON.stringify(records)).not.toContain('race@example.com');
  });
});
