// The defer function giving up on a deferred job on its last receive (giveUpDeferredJob): a held message is
// dead-lettered in the message ledger like any message job, logged `failed`, and its next channel's job is
// scheduled onto the queue that waits for the end of its quiet hours; a wake-up is only kept for the job
// dead-letter queue; a job whose attributes are malformed is recorded `invalid_job: …` and goes nowhere.
// The ledger is the DynamoDB one on dynalite; the queue the fallback goes to is recorded (not under test).
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { giveUpDeferredJob, invalidJob } from '../../shared/adapters/lambda/dead-letter-job.ts';
import type { RecordFailure } from '../../shared/adapters/lambda/sqs-handler.ts';
import { type DeferredJob, deferredJobOf } from '../../shared/adapters/scheduler/job-scheduler.ts';
import { MalformedMessageError } from '../../shared/contract/internal/parse.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { notificationIdFor } from '../../shared/domain/notification.ts';
import type { JobQueue, MessageJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const NOW = new Date('2026-03-03T22:30:00Z');
/** When the customer's quiet hours end: the held message's `notBefore`. */
const NOT_BEFORE = '2026-03-04T07:00:00Z';
const FALLBACK_DELAY_SECONDS = 120;
const EMAIL = 'eva@example.com';
const PHONE = '+4915100000001';
const logger = new Logger({ logLevel: 'SILENT' });

let n = 0;
/** A rendered e-mail job with an SMS fallback, as the render function queues it when quiet hours hold it. */
function heldEmail(): MessageJob {
  n += 1;
  const identity = { eventId: `e-defer-${n}`, customerId: 'c-defer', type: 'statement.ready' };
  return {
    ...identity,
    notificationId: notificationIdFor({ ...identity, channel: 'email' }),
    category: 'transactional',
    channel: 'email',
    to: EMAIL,
    occurredAt: '2026-03-03T22:00:00Z',
    message: { channel: 'email', template: 'statement.ready/email/en', locale: 'en', text: 'ready' },
    fallbacks: [
      {
        channel: 'sms',
        to: PHONE,
        message: { channel: 'sms', template: 'statement.ready/sms/en', locale: 'en', text: 'ready' },
        delaySeconds: FALLBACK_DELAY_SECONDS,
      },
    ],
  };
}

/** The message's ledger item, written as the render function writes it: `queued`, with its planned channels. */
async function claimQueued(job: MessageJob): Promise<void> {
  await new DynamoDbMessageLedger(table.client, table.tableName).claim(
    { ...job },
    { status: 'queued', notificationId: job.notificationId, at: NOW, channels: ['email', 'sms'] },
  );
}

/** A DeferQueue record's failure as the defer function's sqsHandler hands it over: read with the real parser. */
function failureOf(attributes: Record<string, string>, body: string): RecordFailure<DeferredJob> {
  const parsed = deferredJobOf(
    Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, { stringValue: value }])),
    body,
  );
  if (!parsed.ok) return { malformed: parsed.reason, error: new MalformedMessageError(parsed.reason) };
  return { job: parsed.value, error: new Error('scheduler unavailable') };
}

/** What giving up takes, with the delivery log and the fallback queues recorded. */
function recordingDeps() {
  const ledger = new DynamoDbMessageLedger(table.client, table.tableName);
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  const fallbacksAfter: (Date | undefined)[] = [];
  const enqueued: { job: MessageJob; options: Parameters<JobQueue['enqueue']>[1] }[] = [];
  const deps = {
    ledger,
    log: { write: (record: DeliveryRecord | RejectedRecord) => records.push(record) },
    now: () => NOW,
    fallbacksAfter: (notBefore: Date | undefined): JobQueue => {
      fallbacksAfter.push(notBefore);
      return {
        enqueue: async (job, options) => {
          enqueued.push({ job, options });
        },
      };
    },
  };
  return { deps, ledger, records, fallbacksAfter, enqueued };
}

describe('giveUpDeferredJob', () => {
  it('dead-letters a held message, logs it failed, and schedules its fallback after its quiet hours', async () => {
    // Prepare
    const job = heldEmail();
    await claimQueued(job);
    const failure = failureOf(
      { notificationId: job.notificationId, channel: 'email', notBefore: NOT_BEFORE },
      JSON.stringify(job),
    );
    const { deps, ledger, records, fallbacksAfter, enqueued } = recordingDeps();
    // Act
    const kept = await giveUpDeferredJob(JSON.stringify(job), failure, deps, logger);
    // Assess: kept for the job dead-letter queue, failed for good in the ledger and in the log.
    expect(kept).toBe(true);
    expect(await ledger.statusOf({ ...job })).toBe('failed');
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'delivery',
        notificationId: job.notificationId,
        channel: 'email',
        status: 'failed',
        reason: 'dead_lettered',
      }),
    ]);
    expect(JSON.stringify(records)).not.toContain(EMAIL);
    // Assess: the SMS job goes onto the queue that waits for the end of the quiet hours, after its delay.
    expect(fallbacksAfter).toEqual([new Date(NOT_BEFORE)]);
    expect(enqueued).toHaveLength(1);
    const [fallback] = enqueued;
    expect(fallback?.options).toEqual({ delaySeconds: FALLBACK_DELAY_SECONDS });
    expect(fallback?.job).toMatchObject({
      notificationId: notificationIdFor({ ...job, channel: 'sms' }),
      eventId: job.eventId,
      channel: 'sms',
      to: PHONE,
      fallbackAfter: ['email'],
    });
    expect(fallback?.job.fallbacks).toBeUndefined();
  });

  it('keeps a wake-up for the job dead-letter queue, dead-lettering and queuing nothing', async () => {
    // Prepare: even a body that reads as a message job is not given up on as one when the target is `due`.
    const job = heldEmail();
    await claimQueued(job);
    const failure = failureOf(
      { wakeUpId: 'w-defer-1', target: 'due', notBefore: NOT_BEFORE },
      JSON.stringify(job),
    );
    const { deps, ledger, records, fallbacksAfter, enqueued } = recordingDeps();
    // Act
    const kept = await giveUpDeferredJob(JSON.stringify(job), failure, deps, logger);
    // Assess
    expect(kept).toBe(true);
    expect(await ledger.statusOf({ ...job })).toBe('queued');
    expect(records).toEqual([]);
    expect(fallbacksAfter).toEqual([]);
    expect(enqueued).toEqual([]);
  });

  it('records a malformed deferred job that names its message as invalid_job, queuing nothing', async () => {
    // Prepare: attributes without `notBefore`, and a body that names its message but is no message job.
    const job = heldEmail();
    await claimQueued(job);
    const { to: _to, message: _message, ...named } = job;
    const body = JSON.stringify(named);
    const failure = failureOf({ notificationId: named.notificationId, channel: 'email' }, body);
    const { deps, ledger, records, fallbacksAfter, enqueued } = recordingDeps();
    // Act
    const kept = await giveUpDeferredJob(body, failure, deps, logger);
    // Assess
    expect('malformed' in failure && failure.malformed).toMatch(/notBefore/);
    expect(kept).toBe(true);
    expect(await ledger.statusOf({ ...named })).toBe('failed');
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'delivery',
        notificationId: named.notificationId,
        channel: 'email',
        status: 'failed',
        reason: invalidJob('malformed' in failure ? failure.malformed : ''),
      }),
    ]);
    expect(records[0]?.kind === 'delivery' && records[0].reason).toMatch(/^invalid_job: /);
    expect(fallbacksAfter).toEqual([]);
    expect(enqueued).toEqual([]);
  });
});
