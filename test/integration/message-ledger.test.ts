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

describe('under concurrency', () => {
  it('gives a message to exactly one of many concurrent claims, and keeps that claim’s decision', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            status: fc.constantFrom('queued' as const, 'suppressed' as const),
            channels: fc.subarray<Channel>(['email', 'sms', 'push']),
          }),
          { minLength: 2, maxLength: 8 },
        ),
        async (decisions) => {
          // Prepare
          n += 1;
          const key = {
            customerId: 'c-race',
            eventId: `e-${n}`,
            type: 'balance.low',
            channel: 'email' as const,
          };
          // Act: every decision claims the message at once
          const outcomes = await Promise.all(
            decisions.map((decision, i) =>
              ledger.claim(key, { ...decision, notificationId: `n-${i}`, at: T0, reason: 'quiet_hours' }),
            ),
          );
          // Assess
          const winners = outcomes.flatMap((outcome, i) => (outcome === 'claimed' ? [i] : []));
          expect(winners).toHaveLength(1);
          const winner = winners[0] ?? -1;
          const decided = decisions[winner]?.status;
          expect((await itemOf(key))?.notificationId?.S).toBe(`n-${winner}`);
          expect(await ledger.statusOf(key)).toBe(decided);
          const others = outcomes.filter((outcome) => outcome !== 'claimed');
          expect(others).toEqual(others.map(() => (decided === 'queued' ? 'pending' : 'duplicate')));
        },
      ),
      { seed: 20260105, numRuns: 25 },
    );
  });

  it('lets exactly one of many concurrent attempts take the send lease', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 2, maxLength: 8 }), async (reclaims) => {
        // Prepare
        const key = await queued();
        // Act: attempts within one lease time, each reclaiming an expired lease or not
        const outcomes = await Promise.all(
          reclaims.map((reclaimExpiredLease, i) =>
            ledger.beginSend(key, at(i * 1_000), LEASE_MS, { reclaimExpiredLease }),
          ),
        );
        // Assess
        expect(outcomes.filter((outcome) => outcome === 'go')).toHaveLength(1);
        expect(outcomes.filter((outcome) => outcome !== 'go')).toEqual(outcomes.slice(1).map(() => 'busy'));
        expect((await itemOf(key))?.attempts?.N).toBe('1');
      }),
      { seed: 20260106, numRuns: 25 },
    );
  });
});

/** One delivery of a step of a message's life: its trigger event, a sender's attempt, a goal event. */
type Delivery =
  | { kind: 'trigger' }
  | { kind: 'send'; outcome: 'sent' | 'failed' }
  | { kind: 'goal'; goal: string };

const delivery: fc.Arbitrary<Delivery> = fc.oneof(
  fc.constant({ kind: 'trigger' as const }),
  fc.record({
    kind: fc.constant('send' as const),
    outcome: fc.constantFrom('sent' as const, 'failed' as const),
  }),
  fc.record({ kind: fc.constant('goal' as const), goal: fc.constantFrom('g-1', 'g-2', 'g-3') }),
);

describe('redelivery', () => {
  it('records a message’s outcome and its conversion once, however its steps are delivered again', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Rounds one second apart, within one lease time; the deliveries of a round run at once.
        fc.array(fc.array(delivery, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        async (rounds) => {
          // Prepare
          n += 1;
          const key = {
            customerId: `c-seq-${n}`,
            eventId: `e-${n}`,
            type: 'kyc.reminder',
            channel: 'sms' as const,
          };
          const claimed: string[] = [];
          const sent: { providerMessageId: string; outcome: 'sent' | 'failed' }[] = [];
          const credited: string[] = [];
          // Act
          for (const [round, deliveries] of rounds.entries()) {
            const now = at(round * 1_000);
            await Promise.all(
              deliveries.map(async (step, i) => {
                if (step.kind === 'trigger') {
                  claimed.push(await ledger.claim(key, { status: 'queued', notificationId: 'n-1', at: now }));
                } else if (step.kind === 'goal') {
                  if (await ledger.markConverted(key, step.goal, now)) credited.push(step.goal);
                } else if ((await ledger.beginSend(key, now, LEASE_MS, RECLAIM)) === 'go') {
                  const providerMessageId = `p-${round}-${i}`;
                  sent.push({ providerMessageId, outcome: step.outcome });
                  if (step.outcome === 'sent')
                    await ledger.markSent(key, providerMessageId, now, {
                      notificationId: 'n-1',
                      category: 'transactional',
                      locale: 'en',
                      template: 'kyc.reminder/sms/en',
                    });
                  else await ledger.markUnsent(key, { status: 'failed', reason: 'provider_rejected' }, now);
                }
              }),
            );
          }
          // Assess: what happened after the claim, in a later round, surely happened; nothing happened twice
          const firstClaim = rounds.findIndex((deliveries) => deliveries.some((d) => d.kind === 'trigger'));
          const later = (kind: Delivery['kind']) =>
            firstClaim >= 0 &&
            rounds.slice(firstClaim + 1).some((deliveries) => deliveries.some((d) => d.kind === kind));
          const atOrAfter = (kind: Delivery['kind']) =>
            firstClaim >= 0 &&
            rounds.slice(firstClaim).some((deliveries) => deliveries.some((d) => d.kind === kind));
          expect(claimed.filter((outcome) => outcome === 'claimed')).toHaveLength(firstClaim >= 0 ? 1 : 0);
          expect(sent.length).toBeLessThanOrEqual(1);
          expect(credited.length).toBeLessThanOrEqual(1);
          if (later('send')) expect(sent).toHaveLength(1);
          if (!atOrAfter('send')) expect(sent).toEqual([]);
          if (later('goal')) expect(credited).toHaveLength(1);
          if (!atOrAfter('goal')) expect(credited).toEqual([]);
          const item = await itemOf(key);
          if (firstClaim < 0) {
            expect(item).toBeUndefined();
            return;
          }
          const [attempt] = sent;
          expect(item?.status?.S).toBe(attempt?.outcome ?? 'queued');
          expect(item?.attempts?.N).toBe(attempt ? '1' : undefined);
          expect(item?.providerMessageId?.S).toBe(
            attempt?.outcome === 'sent' ? attempt.providerMessageId : undefined,
          );
          expect(item?.convertedBy?.S).toBe(credited[0]);
          const touches = await ledger.sentBetween(key.customerId, ['kyc.'], at(-1), at(3_600_000));
          expect(touches.map((touch) => touch.eventId)).toEqual(
            attempt?.outcome === 'sent' ? [key.eventId] : [],
          );
        },
      ),
      { seed: 20260107, numRuns: 60 },
    );
  });
});

describe('messageOf (the status events’ side)', () => {
  it('reads a message by its channels, the fallback’s too, and nothing of the event’s other messages', async () => {
    // Prepare: the e-mail planned with an SMS fallback fails; the fallback goes; the event has other messages
    const message = { customerId: 'c-out', eventId: 'e-out', type: 'card.declined' };
    const email = { ...message, channel: 'email' as const };
    const sms = { ...message, channel: 'sms' as const };
    await ledger.claim(email, {
      status: 'queued',
      notificationId: 'n-email',
      at: T0,
      channels: ['email', 'sms'],
    });
    await ledger.beginSend(email, T0, LEASE_MS, RECLAIM);
    await ledger.markUnsent(email, { status: 'failed', reason: 'provider_rejected' }, T0);
    await ledger.supersede(email, 'sms', at(1_000));
    await ledger.claimFallback(sms, 'n-sms', at(1_000));
    await ledger.beginSend(sms, at(1_000), LEASE_MS, RECLAIM);
    await ledger.markSent(sms, 'sns-1', at(2_000));
    await ledger.claim(
      { ...email, type: 'card.declined.tips' },
      { status: 'queued', notificationId: 'n-tips', at: T0 },
    );
    await ledger.claim(
      { ...email, occurrence: 'step-2' },
      { status: 'queued', notificationId: 'n-step', at: T0 },
    );
    // Act
    const byEmail = await ledger.messageOf({ ...message, notificationId: 'n-email' });
    const bySms = await ledger.messageOf({ ...message, notificationId: 'n-sms' });
    const unknown = await ledger.messageOf({ ...message, notificationId: 'n-none' });
    // Assess
    expect(byEmail).toEqual({
      message: 'MSG#e-out#card.declined',
      channels: [
        {
          channel: 'email',
          notificationId: 'n-email',
          status: 'failed',
          reason: 'provider_rejected',
          planned: ['email', 'sms'],
        },
        { channel: 'sms', notificationId: 'n-sms', status: 'sent' },
      ],
    });
    expect(bySms).toEqual(byEmail);
    expect(unknown).toBeUndefined();
    expect(await ledger.messageOf({ ...message, notificationId: 'n-step' })).toEqual({
      message: 'MSG#e-out#step-2#card.declined',
      channels: [{ channel: 'email', notificationId: 'n-step', status: 'queued' }],
    });
  });
});

describe('the message item', () => {
  it('keeps the attributes a deployed table holds, so that messages decided before a release are read after it', async () => {
    // Prepare: a journey step's message, as an earlier release wrote it (claimed, then sent with its facts)
    const key = {
      customerId: 'c-old',
      eventId: 'e-old',
      type: 'card_activation.reminder',
      channel: 'email' as const,
    };
    const written = {
      pk: { S: 'CUST#c-old' },
      sk: { S: 'MSG#e-old#step-2#card_activation.reminder#email' },
      customerId: { S: 'c-old' },
      notificationId: { S: 'n-old' },
      status: { S: 'sent' },
      decidedAt: { S: T0.toISOString() },
      expiresAt: { N: String(T0.getTime() / 1000 + 90 * 24 * 3600) },
      channels: { S: 'email,sms' },
      attempts: { N: '1' },
      providerMessageId: { S: 'ses-old' },
      settledAt: { S: at(1_000).toISOString() },
      type: { S: key.type },
      channel: { S: 'email' },
      category: { S: 'marketing' },
      locale: { S: 'de' },
      template: { S: 'card_activation.reminder/email/de' },
      journey: { S: 'card_activation' },
      step: { S: 'reminder' },
      occurrence: { S: 'step-2' },
    };
    await table.client.send(new PutItemCommand({ TableName: table.tableName, Item: written }));
    // Act
    const touches = await ledger.sentBetween('c-old', ['card_activation.'], T0, at(60_000));
    const credited = await ledger.markConverted({ ...key, occurrence: 'step-2' }, 'g-old', at(60_000));
    // Assess: read with its event and occurrence, credited on the same item, nothing else changed
    expect(touches).toEqual([
      {
        notificationId: 'n-old',
        eventId: 'e-old',
        customerId: 'c-old',
        type: key.type,
        channel: 'email',
        category: 'marketing',
        locale: 'de',
        template: 'card_activation.reminder/email/de',
        journey: 'card_activation',
        step: 'reminder',
        occurrence: 'step-2',
        sentAt: at(1_000).toISOString(),
      },
    ]);
    expect(credited).toBe(true);
    expect(await itemOf({ ...key, occurrence: 'step-2' })).toEqual({
      ...written,
      convertedBy: { S: 'g-old' },
      convertedAt: { S: at(60_000).toISOString() },
    });
  });

  it('is written by claim and markSent with those same attributes', async () => {
    // Prepare
    const key = {
      customerId: 'c-new',
      eventId: 'e-new',
      type: 'card_activation.reminder',
      channel: 'email' as const,
    };
    const step = { ...key, occurrence: 'step-2' };
    // Act
    await ledger.claim(step, {
      status: 'queued',
      notificationId: 'n-new',
      at: T0,
      channels: ['email', 'sms'],
    });
    await ledger.beginSend(step, T0, LEASE_MS, RECLAIM);
    await ledger.markSent(step, 'ses-new', at(1_000), {
      notificationId: 'n-new',
      category: 'marketing',
      locale: 'de',
      template: 'card_activation.reminder/email/de',
      journey: 'card_activation',
      step: 'reminder',
      occurrence: 'step-2',
    });
    // Assess
    expect(await itemOf(step)).toEqual({
      pk: { S: 'CUST#c-new' },
      sk: { S: 'MSG#e-new#step-2#card_activation.reminder#email' },
      customerId: { S: 'c-new' },
      notificationId: { S: 'n-new' },
      status: { S: 'sent' },
      decidedAt: { S: T0.toISOString() },
      expiresAt: { N: String(T0.getTime() / 1000 + 90 * 24 * 3600) },
      channels: { S: 'email,sms' },
      attempts: { N: '1' },
      providerMessageId: { S: 'ses-new' },
      settledAt: { S: at(1_000).toISOString() },
      type: { S: key.type },
      channel: { S: 'email' },
      category: { S: 'marketing' },
      locale: { S: 'de' },
      template: { S: 'card_activation.reminder/email/de' },
      journey: { S: 'card_activation' },
      step: { S: 'reminder' },
      occurrence: { S: 'step-2' },
    });
  });
});
