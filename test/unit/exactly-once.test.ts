// Exactly once across redelivery, retries, a timeout after the provider accepted, and DLQ redrive:
// the real ledger on dynalite, with faults injected where a Lambda would die.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySuppressions } from '../../bench/memory-ports.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { sendMessage, UnrecordedSendError } from '../../shared/application/send-message.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { Category, Channel } from '../../shared/domain/profile.ts';
import type { MessageSender } from '../../shared/ports/delivery.ts';
import type { ClaimKey, SendLedger } from '../../shared/ports/message-ledger.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const T0 = Date.parse('2026-01-05T08:00:00Z');
const LEASE_MS = 60_000;
let n = 0;

/** A queued job for a fresh bank event. */
async function queuedJob(category: Category): Promise<MessageJob> {
  n += 1;
  const job: MessageJob = {
    notificationId: `n-${n}`,
    eventId: `evt-${n}`,
    customerId: 'c-1',
    type: 'balance.low',
    category,
    channel: 'email',
    to: 'ana@example.com',
    occurredAt: new Date(T0).toISOString(),
    message: { channel: 'email', template: 'balance.low/email/en', locale: 'en', subject: 's', text: 't' },
  };
  await new DynamoDbMessageLedger(table.client, table.tableName).claim(job, {
    status: 'queued',
    notificationId: job.notificationId,
    at: new Date(T0),
  });
  return job;
}

/** The provider: counts what it accepted. */
class Provider implements MessageSender {
  accepted: string[] = [];
  async send(job: MessageJob): Promise<string> {
    this.accepted.push(job.notificationId);
    return `p-${this.accepted.length}`;
  }
}

/** The ledger, with the process dying right after the provider call (before the id is recorded) once. */
class DiesBeforeRecording implements SendLedger {
  private dead = false;
  constructor(private readonly inner: SendLedger) {}
  beginSend(key: ClaimKey, now: Date, leaseMs: number, options: { reclaimExpiredLease: boolean }) {
    return this.inner.beginSend(key, now, leaseMs, options);
  }
  async markSent(key: ClaimKey, id: string, at: Date): Promise<'recorded' | 'erased'> {
    if (!this.dead) {
      this.dead = true;
      throw new Error('Task timed out after 15.00 seconds');
    }
    return this.inner.markSent(key, id, at);
  }
  releaseSend(key: ClaimKey, leaseUntilMs: number) {
    return this.inner.releaseSend(key, leaseUntilMs);
  }
  markDeadLettered(key: ClaimKey, at: Date) {
    return this.inner.markDeadLettered(key, at);
  }
  supersede(key: ClaimKey, by: Channel, at: Date) {
    return this.inner.supersede(key, by, at);
  }
  markUnsent(key: ClaimKey, outcome: { status: 'failed' | 'suppressed'; reason: string }, at: Date) {
    return this.inner.markUnsent(key, outcome, at);
  }
  statusOf(key: ClaimKey) {
    return this.inner.statusOf(key);
  }
  claimFallback(key: ClaimKey, notificationId: string, at: Date) {
    return this.inner.claimFallback(key, notificationId, at);
  }
}

function attempt(
  job: MessageJob,
  provider: Provider,
  ledger: SendLedger,
  atMs: number,
  log: (DeliveryRecord | RejectedRecord)[],
) {
  return sendMessage(job, {
    ledger,
    sender: provider,
    log: { write: (r) => log.push(r) },
    now: () => new Date(atMs),
    leaseMs: LEASE_MS,
    suppressions: new MemorySuppressions(),
    queue: { enqueue: async () => undefined },
  });
}

describe('exactly once', () => {
  it('sends once when SQS redelivers the job after a successful attempt (Lambda retry, visibility timeout)', async () => {
    const job = await queuedJob('transactional');
    const provider = new Provider();
    const ledger = new DynamoDbMessageLedger(table.client, table.tableName);
    const log: (DeliveryRecord | RejectedRecord)[] = [];
    // Act: the first attempt sends and records; the job is delivered twice more
    const outcomes = [
      await attempt(job, provider, ledger, T0, log),
      await attempt(job, provider, ledger, T0 + 1_000, log),
      await attempt(job, provider, ledger, T0 + 200_000, log),
    ];
    // Assess
    expect(outcomes).toEqual(['sent', 'duplicate', 'duplicate']);
    expect(provider.accepted).toHaveLength(1);
    expect(log.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(1);
  });

  it('never sends a second copy once the message id is recorded, even on a DLQ redrive days later', async () => {
    const job = await queuedJob('marketing');
    const provider = new Provider();
    const ledger = new DynamoDbMessageLedger(table.client, table.tableName);
    const log: (DeliveryRecord | RejectedRecord)[] = [];
    await attempt(job, provider, ledger, T0, log);
    // Act: the same job comes back from the dead-letter queue three days later
    const redriven = await attempt(job, provider, ledger, T0 + 3 * 86_400_000, log);
    // Assess
    expect(redriven).toBe('duplicate');
    expect(provider.accepted).toHaveLength(1);
  });

  it('transactional: a timeout after the provider accepted is retried once the lease expires (nothing is lost)', async () => {
    const job = await queuedJob('transactional');
    const provider = new Provider();
    const ledger = new DiesBeforeRecording(new DynamoDbMessageLedger(table.client, table.tableName));
    const log: (DeliveryRecord | RejectedRecord)[] = [];
    // Act
    await expect(attempt(job, provider, ledger, T0, log)).rejects.toThrow(UnrecordedSendError);
    const duringLease = await attempt(job, provider, ledger, T0 + 30_000, log);
    const afterLease = await attempt(job, provider, ledger, T0 + LEASE_MS + 1, log);
    const later = await attempt(job, provider, ledger, T0 + 500_000, log);
    // Assess: the documented at-least-once window: two provider calls, one recorded send, then no more
    expect([duringLease, afterLease, later]).toEqual(['retry', 'sent', 'duplicate']);
    expect(provider.accepted).toHaveLength(2);
    expect(log.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(1);
  });

  it('marketing: a timeout after the provider accepted is never sent again; it is logged failed/outcome_unknown', async () => {
    const job = await queuedJob('marketing');
    const provider = new Provider();
    const ledger = new DiesBeforeRecording(new DynamoDbMessageLedger(table.client, table.tableName));
    const log: (DeliveryRecord | RejectedRecord)[] = [];
    // Act
    await expect(attempt(job, provider, ledger, T0, log)).rejects.toThrow(UnrecordedSendError);
    const afterLease = await attempt(job, provider, ledger, T0 + LEASE_MS + 1, log);
    const redriven = await attempt(job, provider, ledger, T0 + 86_400_000, log);
    // Assess
    expect([afterLease, redriven]).toEqual(['failed', 'duplicate']);
    expect(provider.accepted).toHaveLength(1);
    expect(log).toEqual([
      expect.objectContaining({
        status: 'failed',
        reason: 'outcome_unknown',
        notificationId: job.notificationId,
      }),
    ]);
  });

  it('a redelivered bank event claims nothing new, and re-queues a message that was claimed but never sent', async () => {
    const claims = new DynamoDbMessageLedger(table.client, table.tableName);
    const key = {
      customerId: 'c-1',
      eventId: 'evt-redelivered',
      type: 'balance.low',
      channel: 'sms' as const,
    };
    const decision = { status: 'queued' as const, notificationId: 'n-r', at: new Date(T0) };
    // Act: first delivery claims; the process dies before queueing; EventBridge redelivers twice
    const first = await claims.claim(key, decision);
    const redelivered = await claims.claim(key, decision);
    await new DynamoDbMessageLedger(table.client, table.tableName).beginSend(key, new Date(T0), LEASE_MS, {
      reclaimExpiredLease: true,
    });
    await new DynamoDbMessageLedger(table.client, table.tableName).markSent(key, 'p-x', new Date(T0));
    const afterSent = await claims.claim(key, decision);
    // Assess
    expect([first, redelivered, afterSent]).toEqual(['claimed', 'pending', 'duplicate']);
  });
});
