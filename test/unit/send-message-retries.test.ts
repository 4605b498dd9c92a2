// sendMessage when a job cannot be sent now: provider throttling (the job waits on its queue, no record),
// its last receive (recorded failed/dead_lettered, so its fallback goes) and a redrive (sent once, never
// twice). In-memory ports; the DynamoDB ledger's own conditions are tested on dynalite
// (test/integration/message-ledger.test.ts).
import { describe, expect, it } from 'vitest';
import { MemorySuppressions } from '../../bench/memory-ports.ts';
import { deadLetter, sendMessage, UnrecordedSendError } from '../../shared/application/send-message.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { DEAD_LETTERED, requeueDelaySeconds } from '../../shared/domain/job-retries.ts';
import type { Channel } from '../../shared/domain/profile.ts';
import { type MessageSender, PermanentSendError, ThrottledSendError } from '../../shared/ports/delivery.ts';
import type { ClaimKey, SendLedger } from '../../shared/ports/message-ledger.ts';
import type { JobQueue, MessageJob } from '../../shared/ports/queues.ts';

interface Item {
  status: string;
  leaseUntilMs?: number;
  failureReason?: string;
  supersededBy?: string;
  providerMessageId?: string;
}

/** The message ledger in memory, with the conditions of DynamoDbMessageLedger. */
class MemoryLedger implements SendLedger {
  readonly items = new Map<string, Item>();
  private id = (key: ClaimKey) => `${key.customerId}#${key.eventId}#${key.type}#${key.channel}`;
  claim(key: ClaimKey) {
    this.items.set(this.id(key), { status: 'queued' });
  }
  item(key: ClaimKey) {
    return this.items.get(this.id(key));
  }
  private redrivable = (item: Item) =>
    item.status === 'failed' && item.failureReason === DEAD_LETTERED && item.supersededBy === undefined;
  async beginSend(key: ClaimKey, now: Date, leaseMs: number, options: { reclaimExpiredLease: boolean }) {
    const item = this.item(key);
    if (!item) return 'erased' as const;
    const expired = item.status === 'sending' && (item.leaseUntilMs ?? 0) < now.getTime();
    if (item.status === 'queued' || this.redrivable(item) || (options.reclaimExpiredLease && expired)) {
      Object.assign(item, { status: 'sending', leaseUntilMs: now.getTime() + leaseMs });
      delete item.failureReason;
      return 'go' as const;
    }
    if (item.status !== 'sending') return 'sent' as const;
    return expired ? ('abandoned' as const) : ('busy' as const);
  }
  async markSent(key: ClaimKey, providerMessageId: string) {
    const item = this.item(key);
    if (!item) return 'erased' as const;
    Object.assign(item, { status: 'sent', providerMessageId });
    delete item.leaseUntilMs;
    return 'recorded' as const;
  }
  async markUnsent(key: ClaimKey, outcome: { status: 'failed' | 'suppressed'; reason: string }) {
    const item = this.item(key);
    if (!item) return 'erased' as const;
    Object.assign(item, { status: outcome.status, failureReason: outcome.reason });
    delete item.leaseUntilMs;
    return 'recorded' as const;
  }
  async statusOf(key: ClaimKey) {
    return this.item(key)?.status;
  }
  async claimFallback(key: ClaimKey) {
    if (!this.item(key)) this.claim(key);
  }
  async releaseSend(key: ClaimKey, leaseUntilMs: number) {
    const item = this.item(key);
    if (item?.status !== 'sending' || item.leaseUntilMs !== leaseUntilMs) return false;
    item.status = 'queued';
    delete item.leaseUntilMs;
    return true;
  }
  async markDeadLettered(key: ClaimKey) {
    const item = this.item(key);
    if (!item) return 'missing' as const;
    if (item.status !== 'queued' && item.status !== 'sending' && !this.redrivable(item))
      return 'settled' as const;
    Object.assign(item, { status: 'failed', failureReason: DEAD_LETTERED });
    delete item.leaseUntilMs;
    return 'marked' as const;
  }
  async supersede(key: ClaimKey, by: Channel) {
    const item = this.item(key);
    if (item?.status !== 'failed' && item?.status !== 'suppressed') return false;
    item.supersededBy = by;
    return true;
  }
}

/** The channel's queue: what was put back on it, with its delay. */
class MemoryQueue implements JobQueue {
  readonly jobs: { job: MessageJob; delaySeconds?: number }[] = [];
  async enqueue(job: MessageJob, options: { delaySeconds?: number } = {}) {
    this.jobs.push({
      job,
      ...(options.delaySeconds !== undefined ? { delaySeconds: options.delaySeconds } : {}),
    });
  }
}

/** A provider that answers each call with the next of `answers` (an error to throw), then accepts. */
class ScriptedProvider implements MessageSender {
  readonly accepted: string[] = [];
  calls = 0;
  constructor(private readonly answers: Error[] = []) {}
  async send(job: MessageJob): Promise<string> {
    const answer = this.answers[this.calls++];
    if (answer) throw answer;
    this.accepted.push(job.notificationId);
    return `p-${this.accepted.length}`;
  }
}

const T0 = Date.parse('2026-01-05T08:00:00Z');
const LEASE_MS = 60_000;
const throttled = () => new ThrottledSendError('TooManyRequestsException');
const outage = () => Object.assign(new Error('Service unavailable'), { name: 'InternalFailure' });

const job = (overrides: Partial<MessageJob> = {}): MessageJob => ({
  notificationId: 'n-email',
  eventId: 'e-1',
  customerId: 'c-1',
  type: 'statement.ready',
  category: 'transactional',
  channel: 'email',
  to: 'ana@example.com',
  occurredAt: new Date(T0).toISOString(),
  message: { channel: 'email', template: 'statement.ready/email/en', locale: 'en', subject: 's', text: 't' },
  ...overrides,
});
const smsFallback = (): MessageJob =>
  job({
    notificationId: 'n-sms',
    channel: 'sms',
    to: '+40700000001',
    message: { channel: 'sms', template: 'statement.ready/sms/en', locale: 'en', text: 't' },
    fallbackAfter: ['email'],
  });

function harness(provider: MessageSender) {
  const ledger = new MemoryLedger();
  const queue = new MemoryQueue();
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  let now = T0;
  const deps = {
    ledger,
    sender: provider,
    log: { write: (record: DeliveryRecord | RejectedRecord) => void records.push(record) },
    now: () => new Date(now),
    leaseMs: LEASE_MS,
    suppressions: new MemorySuppressions(),
    queue,
  };
  return {
    ledger,
    queue,
    records,
    deps,
    /** Moves the clock on by `ms`. */
    later: (ms: number) => {
      now += ms;
    },
    statuses: () =>
      records.map((r) =>
        r.kind === 'delivery' ? `${r.channel} ${r.status} ${r.reason ?? ''}`.trim() : r.kind,
      ),
  };
}

describe('sendMessage: provider throttling', () => {
  it('gives the lease back and puts the job back on its queue with a delay; no record', async () => {
    // Prepare
    const h = harness(new ScriptedProvider([throttled()]));
    h.ledger.claim(job());
    // Act
    const outcome = await sendMessage(job(), h.deps);
    // Assess
    expect(outcome).toBe('throttled');
    expect(h.records).toEqual([]);
    expect(h.ledger.item(job())).toEqual({ status: 'queued' });
    expect(h.queue.jobs).toEqual([
      { job: { ...job(), requeues: 1 }, delaySeconds: requeueDelaySeconds('n-email', 1) },
    ]);
  });

  it('marketing: the retry after a throttle is a fresh attempt, not one abandoned (no outcome_unknown)', async () => {
    // Prepare: a marketing message, throttled; it comes back after its lease would have expired
    const h = harness(new ScriptedProvider([throttled()]));
    const offer = job({ category: 'marketing', type: 'loan.preapproved' });
    h.ledger.claim(offer);
    await sendMessage(offer, h.deps);
    const requeued = h.queue.jobs[0]?.job as MessageJob;
    h.later(LEASE_MS * 3);
    // Act
    const outcome = await sendMessage(requeued, h.deps);
    // Assess
    expect(outcome).toBe('sent');
    expect(h.statuses()).toEqual(['email sent']);
  });

  it('waits longer each time, for as long as the provider throttles, even on the last receive: never failed', async () => {
    // Prepare: 20 throttled calls in a row
    const provider = new ScriptedProvider(Array.from({ length: 20 }, throttled));
    const h = harness(provider);
    h.ledger.claim(job());
    // Act: each requeued job comes back, always on what SQS counts as its last receive
    let current = job();
    const outcomes: string[] = [];
    for (let i = 0; i < 21; i++) {
      outcomes.push(await sendMessage(current, h.deps, { last: true }));
      const next = h.queue.jobs.at(-1);
      if (next) {
        h.later((next.delaySeconds ?? 0) * 1000);
        current = next.job;
      }
    }
    // Assess
    expect(outcomes).toEqual([...Array.from({ length: 20 }, () => 'throttled'), 'sent']);
    expect(h.statuses()).toEqual(['email sent']);
    expect(provider.accepted).toEqual(['n-email']);
    expect(h.queue.jobs.map((j) => j.job.requeues)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(h.queue.jobs.map((j) => j.delaySeconds)).toEqual(
      Array.from({ length: 20 }, (_, i) => requeueDelaySeconds('n-email', i + 1)),
    );
  });

  it('leaves a message whose lease another attempt took meanwhile to that attempt, and drops this copy', async () => {
    // Prepare: the throttled call outlived its lease, and a redelivery took the message
    const h = harness({
      send: async () => {
        h.later(LEASE_MS + 1);
        await h.ledger.beginSend(job(), h.deps.now(), LEASE_MS, { reclaimExpiredLease: true });
        throw throttled();
      },
    });
    h.ledger.claim(job());
    // Act
    const outcome = await sendMessage(job(), h.deps);
    // Assess
    expect(outcome).toBe('duplicate');
    expect(h.queue.jobs).toEqual([]);
    expect(h.ledger.item(job())?.status).toBe('sending');
  });

  it('a fallback waits on its queue, with a delay, while the channel before it is throttled', async () => {
    const h = harness(new ScriptedProvider([throttled()]));
    h.ledger.claim(job());
    await sendMessage(job(), h.deps);
    // Act
    const outcome = await sendMessage(smsFallback(), h.deps, { last: true });
    // Assess
    expect(outcome).toBe('retry');
    expect(h.queue.jobs.map((j) => [j.job.channel, j.job.requeues])).toEqual([
      ['email', 1],
      ['sms', 1],
    ]);
    expect(h.records).toEqual([]);
  });

  it('another attempt holding the lease makes this copy wait on the queue, not fail', async () => {
    const h = harness(new ScriptedProvider());
    h.ledger.claim(job());
    await h.ledger.beginSend(job(), h.deps.now(), LEASE_MS, { reclaimExpiredLease: true });
    expect(await sendMessage(job(), h.deps, { last: true })).toBe('retry');
    expect(h.queue.jobs[0]?.delaySeconds).toBe(requeueDelaySeconds('n-email', 1));
  });
});

describe('sendMessage: the last receive', () => {
  it('throws a transient error before the last receive, so the queue retries it; nothing is recorded', async () => {
    const h = harness(new ScriptedProvider([outage()]));
    h.ledger.claim(job());
    await expect(sendMessage(job(), h.deps, { last: false })).rejects.toThrow('Service unavailable');
    expect(h.records).toEqual([]);
  });

  it('on the last receive records failed/dead_lettered once, marks the ledger, and its fallback goes out', async () => {
    // Prepare
    const provider = new ScriptedProvider([outage()]);
    const h = harness(provider);
    h.ledger.claim(job());
    // Act
    const outcome = await sendMessage(job(), h.deps, { last: true });
    const fallback = await sendMessage(smsFallback(), h.deps);
    // Assess
    expect(outcome).toBe('dead_lettered');
    expect(h.ledger.item(job())).toMatchObject({ status: 'failed', failureReason: 'dead_lettered' });
    expect(fallback).toBe('sent');
    expect(h.statuses()).toEqual(['email failed dead_lettered', 'sms sent']);
    expect(h.records[0]).toMatchObject({
      notificationId: 'n-email',
      eventId: 'e-1',
      template: 'statement.ready/email/en',
      locale: 'en',
    });
  });

  it('a redriven job whose fallback went out sends nothing: superseded', async () => {
    const provider = new ScriptedProvider([outage()]);
    const h = harness(provider);
    h.ledger.claim(job());
    await sendMessage(job(), h.deps, { last: true });
    await sendMessage(smsFallback(), h.deps);
    // Act: the e-mail job comes back from the dead-letter queue
    const redriven = await sendMessage(job(), h.deps);
    // Assess
    expect(redriven).toBe('duplicate');
    expect(provider.accepted).toEqual(['n-sms']);
    expect(h.statuses()).toEqual(['email failed dead_lettered', 'sms sent']);
  });

  it('a redriven job with no fallback sent is sent, once', async () => {
    const provider = new ScriptedProvider([outage()]);
    const h = harness(provider);
    h.ledger.claim(job());
    await sendMessage(job(), h.deps, { last: true });
    // Act: redriven twice (a duplicate delivery of the moved message)
    const outcomes = [await sendMessage(job(), h.deps), await sendMessage(job(), h.deps)];
    // Assess
    expect(outcomes).toEqual(['sent', 'duplicate']);
    expect(provider.accepted).toEqual(['n-email']);
    expect(h.statuses()).toEqual(['email failed dead_lettered', 'email sent']);
  });

  it('never gives up as unsent a message the provider accepted (recording it failed): it is thrown', async () => {
    const h = harness(new ScriptedProvider());
    h.ledger.claim(job());
    const ledger = Object.assign(Object.create(h.ledger) as MemoryLedger, {
      markSent: async () => Promise.reject(outage()),
    });
    await expect(sendMessage(job(), { ...h.deps, ledger }, { last: true })).rejects.toThrow(
      UnrecordedSendError,
    );
    expect(h.records).toEqual([]);
    expect(h.ledger.item(job())?.status).toBe('sending');
  });

  it('a permanent failure on the last receive is failed with its own reason, not dead_lettered', async () => {
    const h = harness(new ScriptedProvider([new PermanentSendError('rejected', 'provider_rejected')]));
    h.ledger.claim(job());
    expect(await sendMessage(job(), h.deps, { last: true })).toBe('failed');
    expect(h.statuses()).toEqual(['email failed provider_rejected']);
  });
});

describe('deadLetter (render, defer: a job given up on before its sender)', () => {
  const deps = (h: ReturnType<typeof harness>) => ({ ledger: h.ledger, log: h.deps.log, now: h.deps.now });

  it('a fallback that is not needed (the e-mail was sent) is dropped without a record', async () => {
    const h = harness(new ScriptedProvider());
    h.ledger.claim(job());
    await sendMessage(job(), h.deps);
    const fields = { ...smsFallback(), locale: 'en', template: 'statement.ready/sms/en' };
    expect(await deadLetter(fields, deps(h))).toBe('not_needed');
    expect(h.statuses()).toEqual(['email sent']);
  });

  it('a fallback whose turn has not come is kept without a record or a mark: it may never be needed', async () => {
    const h = harness(new ScriptedProvider());
    h.ledger.claim(job());
    const fields = { ...smsFallback(), locale: 'en', template: 'statement.ready/sms/en' };
    expect(await deadLetter(fields, deps(h))).toBe('undecided');
    expect(h.records).toEqual([]);
    expect(h.ledger.item(smsFallback())).toBeUndefined();
  });

  it('a message sent meanwhile (by another delivery of the job) is done with: no record, not kept', async () => {
    const h = harness(new ScriptedProvider());
    h.ledger.claim(job());
    await sendMessage(job(), h.deps);
    const fields = { ...job(), locale: 'en', template: 'statement.ready/email/en' };
    expect(await deadLetter(fields, deps(h))).toBe('duplicate');
    expect(h.statuses()).toEqual(['email sent']);
    expect(h.ledger.item(job())?.status).toBe('sent');
  });

  it('a message of an erased customer (no claim) leaves no record', async () => {
    const h = harness(new ScriptedProvider());
    const fields = { ...job(), locale: 'en', template: 'statement.ready/email' };
    expect(await deadLetter(fields, deps(h))).toBe('not_needed');
    expect(h.records).toEqual([]);
    expect(h.ledger.items.size).toBe(0);
  });
});
