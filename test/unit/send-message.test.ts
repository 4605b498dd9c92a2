import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySuppressions } from '../../bench/memory-ports.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { DynamoDbSuppressionList } from '../../shared/adapters/dynamodb/suppressions.ts';
import { sendMessage } from '../../shared/application/send-message.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { notificationIdFor } from '../../shared/domain/notification.ts';
import { type MessageSender, OptedOutSendError, PermanentSendError } from '../../shared/ports/delivery.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const job = (eventId: string): MessageJob => ({
  notificationId: `n-${eventId}`,
  eventId,
  customerId: 'c-1',
  type: 'balance.low',
  category: 'transactional',
  channel: 'sms',
  to: '+40700000001',
  occurredAt: '2026-01-05T07:59:58Z',
  message: { channel: 'sms', template: 'balance.low/sms/en', locale: 'en', text: 'low' },
});

/** A provider that counts what it accepted; `fail` decides how an attempt goes. */
class CountingSender implements MessageSender {
  accepted = 0;
  private attempts = 0;
  constructor(private readonly fail: (attempt: number) => Error | undefined = () => undefined) {}
  async send(): Promise<string> {
    this.attempts += 1;
    const error = this.fail(this.attempts);
    if (error) throw error;
    this.accepted += 1;
    return `p-${this.accepted}`;
  }
}

function harness(sender: MessageSender) {
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  const claims = new DynamoDbMessageLedger(table.client, table.tableName);
  const now = new Date('2026-01-05T08:00:00Z');
  return {
    records,
    claims,
    deps: {
      ledger: new DynamoDbMessageLedger(table.client, table.tableName),
      sender,
      log: { write: (r: DeliveryRecord | RejectedRecord) => records.push(r) },
      now: () => now,
      leaseMs: 60_000,
      // A fresh list per harness: the table's list is the one test of suppression below.
      suppressions: new MemorySuppressions(),
      queue: { enqueue: async () => undefined },
    },
  };
}

describe('sendMessage', () => {
  it('sends a job delivered twice only once, and logs one sent record with the provider id and latency', async () => {
    // Prepare
    const sender = new CountingSender();
    const { deps, claims, records } = harness(sender);
    await claims.claim(job('e-1'), { status: 'queued', notificationId: 'n-e-1', at: new Date() });
    // Act
    const outcomes = [await sendMessage(job('e-1'), deps), await sendMessage(job('e-1'), deps)];
    // Assess
    expect(outcomes).toEqual(['sent', 'duplicate']);
    expect(sender.accepted).toBe(1);
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'delivery',
        status: 'sent',
        providerMessageId: 'p-1',
        latencyMs: 2000,
        channel: 'sms',
      }),
    ]);
  });

  it('sends nothing to a suppressed address, and logs suppressed with the suppression reason', async () => {
    const sender = new CountingSender();
    const { deps, claims, records } = harness(sender);
    const suppressions = new DynamoDbSuppressionList(table.client, table.tableName);
    await suppressions.suppress('sms', ' +40700000001 ', 'complaint', new Date());
    await claims.claim(job('e-s'), { status: 'queued', notificationId: 'n-e-s', at: new Date() });
    // Act
    const first = await sendMessage(job('e-s'), { ...deps, suppressions });
    const again = await sendMessage(job('e-s'), { ...deps, suppressions });
    // Assess
    expect([first, again]).toEqual(['suppressed', 'duplicate']);
    expect(sender.accepted).toBe(0);
    expect(records).toEqual([
      expect.objectContaining({ status: 'suppressed', reason: 'complaint', channel: 'sms' }),
    ]);
  });

  it('records a permanent provider failure once and never retries it', async () => {
    const sender = new CountingSender(() => new PermanentSendError('bad number', 'invalid_destination'));
    const { deps, claims, records } = harness(sender);
    await claims.claim(job('e-2'), { status: 'queued', notificationId: 'n-e-2', at: new Date() });
    expect(await sendMessage(job('e-2'), deps)).toBe('failed');
    expect(await sendMessage(job('e-2'), deps)).toBe('duplicate');
    expect(records).toEqual([expect.objectContaining({ status: 'failed', reason: 'invalid_destination' })]);
  });

  it('records a recipient the provider refuses as opted out as suppressed, opted_out, once', async () => {
    // Prepare
    const sender = new CountingSender(() => new OptedOutSendError());
    const { deps, claims, records } = harness(sender);
    await claims.claim(job('e-o'), { status: 'queued', notificationId: 'n-e-o', at: new Date() });
    // Act
    const outcomes = [await sendMessage(job('e-o'), deps), await sendMessage(job('e-o'), deps)];
    // Assess
    expect(outcomes).toEqual(['suppressed', 'duplicate']);
    expect(records).toEqual([
      expect.objectContaining({ status: 'suppressed', reason: 'opted_out', channel: 'sms' }),
    ]);
  });

  it('throws a transient failure so the queue retries it, and the retry is not blocked by the failed attempt', async () => {
    const sender = new CountingSender((attempt) => (attempt === 1 ? new Error('throttled') : undefined));
    const { deps, claims } = harness(sender);
    await claims.claim(job('e-3'), { status: 'queued', notificationId: 'n-e-3', at: new Date() });
    await expect(sendMessage(job('e-3'), deps)).rejects.toThrow('throttled');
    // The lease of the failed attempt is still held: an immediate retry waits.
    expect(await sendMessage(job('e-3'), deps)).toBe('retry');
    const later = { ...deps, now: () => new Date('2026-01-05T08:01:01Z') };
    expect(await sendMessage(job('e-3'), later)).toBe('sent');
  });

  it('keeps the job’s A/B variant on the sent record', async () => {
    const sender = new CountingSender();
    const { deps, claims, records } = harness(sender);
    await claims.claim(job('e-v'), { status: 'queued', notificationId: 'n-e-v', at: new Date() });
    await sendMessage({ ...job('e-v'), variant: 'b' }, deps);
    expect(records).toEqual([expect.objectContaining({ status: 'sent', variant: 'b' })]);
  });
});

describe('sendMessage: fallback to the next channel', () => {
  // A statement-ready style message: e-mail first, then push, then SMS.
  const primary = (eventId: string): MessageJob => ({ ...job(eventId), channel: 'email', to: 'a@b.example' });
  const fallback = (eventId: string, channel: 'push' | 'sms', after: ('email' | 'push')[]): MessageJob => ({
    ...job(eventId),
    notificationId: `n-${eventId}-${channel}`,
    channel,
    to: channel === 'sms' ? '+40700000001' : 'fcm:token',
    fallbackAfter: after,
  });
  const permanent = () => new PermanentSendError('rejected', 'provider_rejected');

  it.each([
    // [what the channels before it ended as, outcome of the fallback]
    ['primary sent', ['sent'], 'not_needed'],
    ['primary failed for good', ['failed'], 'sent'],
    ['primary suppressed (bounced address)', ['suppressed'], 'sent'],
    ['primary still queued', ['queued'], 'retry'],
  ] as const)('%s → %s', async (_label, before, expected) => {
    const eventId = `fb-${_label.replace(/\W+/g, '-')}`;
    const sender = new CountingSender();
    const { deps, claims } = harness(sender);
    const key = primary(eventId);
    await claims.claim(key, { status: 'queued', notificationId: key.notificationId, at: new Date() });
    if (before[0] === 'sent') await deps.ledger.markSent(key, 'p-0', new Date());
    if (before[0] === 'failed' || before[0] === 'suppressed')
      await deps.ledger.markUnsent(key, { status: before[0], reason: 'provider_rejected' }, new Date());
    expect(await sendMessage(fallback(eventId, 'push', ['email']), deps)).toBe(expected);
    expect(sender.accepted).toBe(expected === 'sent' ? 1 : 0);
  });

  it('goes down the chain: e-mail rejected → push; push rejected too → SMS; each sent once', async () => {
    const sender = new CountingSender((attempt) => (attempt <= 2 ? permanent() : undefined));
    const { deps, claims, records } = harness(sender);
    const first = primary('fb-chain');
    await claims.claim(first, { status: 'queued', notificationId: first.notificationId, at: new Date() });
    // The SMS fallback arrives before the push fallback has run: it waits for it.
    expect(await sendMessage(first, deps)).toBe('failed');
    expect(await sendMessage(fallback('fb-chain', 'sms', ['email', 'push']), deps)).toBe('retry');
    expect(await sendMessage(fallback('fb-chain', 'push', ['email']), deps)).toBe('failed');
    expect(await sendMessage(fallback('fb-chain', 'sms', ['email', 'push']), deps)).toBe('sent');
    // Redelivered fallbacks change nothing.
    expect(await sendMessage(fallback('fb-chain', 'push', ['email']), deps)).toBe('duplicate');
    expect(await sendMessage(fallback('fb-chain', 'sms', ['email', 'push']), deps)).toBe('duplicate');
    expect(
      records.map((r) => [r.kind === 'delivery' && r.channel, r.kind === 'delivery' && r.status]),
    ).toEqual([
      ['email', 'failed'],
      ['push', 'failed'],
      ['sms', 'sent'],
    ]);
    expect(sender.accepted).toBe(1);
  });

  it('drops the SMS fallback when the push fallback was sent', async () => {
    const sender = new CountingSender((attempt) => (attempt === 1 ? permanent() : undefined));
    const { deps, claims, records } = harness(sender);
    const first = primary('fb-push-ok');
    await claims.claim(first, { status: 'queued', notificationId: first.notificationId, at: new Date() });
    await sendMessage(first, deps);
    expect(await sendMessage(fallback('fb-push-ok', 'push', ['email']), deps)).toBe('sent');
    expect(await sendMessage(fallback('fb-push-ok', 'sms', ['email', 'push']), deps)).toBe('not_needed');
    expect(records.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(1);
  });

  it('sends no fallback for a customer erased since (no claim left)', async () => {
    const sender = new CountingSender();
    const { deps } = harness(sender);
    expect(await sendMessage(fallback('fb-erased', 'push', ['email']), deps)).toBe('not_needed');
    expect(sender.accepted).toBe(0);
  });
});

describe('sendMessage: queuing the next channel', () => {
  /** An e-mail job whose fallbacks (SMS, then push) are written inside it. */
  const withFallbacks = (eventId: string): MessageJob => ({
    ...job(eventId),
    channel: 'email',
    to: 'a@b.example',
    message: { channel: 'email', template: 'balance.low/email/en', locale: 'en', text: 'low' },
    fallbacks: [
      {
        channel: 'sms',
        to: '+40700000001',
        message: { channel: 'sms', template: 'balance.low/sms/en', locale: 'en', text: 'low' },
        delaySeconds: 120,
      },
      {
        channel: 'push',
        to: 'fcm:token',
        message: { channel: 'push', template: 'balance.low/push/en', locale: 'en', text: 'low' },
        delaySeconds: 120,
      },
    ],
  });
  /** A harness whose queue keeps what is put on it. */
  function queuing(sender: MessageSender) {
    const queued: { job: MessageJob; delaySeconds: number | undefined }[] = [];
    const h = harness(sender);
    const deps = {
      ...h.deps,
      queue: {
        enqueue: async (j: MessageJob, options: { delaySeconds?: number } = {}) =>
          void queued.push({ job: j, delaySeconds: options.delaySeconds }),
      },
    };
    return { ...h, deps, queued };
  }

  it('queues nothing more when its channel is sent', async () => {
    // Prepare
    const { deps, claims, queued } = queuing(new CountingSender());
    const first = withFallbacks('nx-sent');
    await claims.claim(first, { status: 'queued', notificationId: first.notificationId, at: new Date() });
    // Act
    const outcome = await sendMessage(first, deps);
    // Assess
    expect(outcome).toBe('sent');
    expect(queued).toEqual([]);
  });

  it('queues the next channel, written, to wait its delay, when its channel fails for good', async () => {
    // Prepare
    const { deps, claims, queued } = queuing(
      new CountingSender(() => new PermanentSendError('rejected', 'provider_rejected')),
    );
    const first = withFallbacks('nx-failed');
    await claims.claim(first, { status: 'queued', notificationId: first.notificationId, at: new Date() });
    // Act
    const outcome = await sendMessage(first, deps);
    // Assess: the SMS, after the e-mail, carrying the push fallback on.
    expect(outcome).toBe('failed');
    expect(queued).toHaveLength(1);
    const next = queued[0];
    expect(next?.delaySeconds).toBe(120);
    expect(next?.job).toMatchObject({
      notificationId: notificationIdFor({ ...first, channel: 'sms' }),
      channel: 'sms',
      to: '+40700000001',
      message: { template: 'balance.low/sms/en' },
      fallbackAfter: ['email'],
      fallbacks: [{ channel: 'push' }],
    });
  });

  it('queues the next channel again when a redelivered job finds its channel failed (the attempt stopped before)', async () => {
    // Prepare: the e-mail failed for good and its job came back (the sender stopped after the ledger write).
    const { deps, claims, queued } = queuing(new CountingSender());
    const first = withFallbacks('nx-redelivered');
    await claims.claim(first, { status: 'queued', notificationId: first.notificationId, at: new Date() });
    await deps.ledger.markUnsent(first, { status: 'failed', reason: 'provider_rejected' }, new Date());
    // Act
    const outcome = await sendMessage(first, deps);
    // Assess
    expect(outcome).toBe('duplicate');
    expect(queued.map((q) => q.job.channel)).toEqual(['sms']);
  });

  it('queues no fallback for a message erased since it was decided', async () => {
    // Prepare: no claim left.
    const { deps, queued } = queuing(new CountingSender());
    // Act
    const outcome = await sendMessage(withFallbacks('nx-erased'), deps);
    // Assess
    expect(outcome).toBe('suppressed');
    expect(queued).toEqual([]);
  });
});
