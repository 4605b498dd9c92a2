// Fallback as a property over generated outcomes: whatever each planned channel's provider does (accepts,
// rejects for good, throttles then accepts, has the address suppressed, is down until the job is given
// up on), however often SQS delivers a job, and in whatever order jobs are received, the message is sent
// on the first channel that can take it and on no other, every channel before it ends failed for good,
// and no job is ever queued for a channel after it: a fallback that is not needed costs nothing. A queue
// write that fails on a job's last receive leaves the job in the job DLQ; its redrive falls back.
// Sends go through the real sendMessage and the DynamoDB ledger on dynalite; the provider and the queue
// are scripted (they are not under test). Fixed seed: a failure replays.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySuppressions } from '../../bench/memory-ports.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { type SendDeps, sendMessage } from '../../shared/application/send-message.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { notificationIdFor } from '../../shared/domain/notification.ts';
import type { Channel } from '../../shared/domain/profile.ts';
import { PermanentSendError, ThrottledSendError } from '../../shared/ports/delivery.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

/** What a channel's provider does with the message. */
type Behaviour = 'accepts' | 'rejects' | 'throttles_then_accepts' | 'suppressed' | 'down';
const FAILS_FOR_GOOD: readonly Behaviour[] = ['rejects', 'suppressed', 'down'];
const MAX_RECEIVE_COUNT = 5;
const DELAY_SECONDS = 120;
const LEASE_MS = 60_000;
const VISIBILITY_TIMEOUT_MS = 180_000;
const ADDRESS: Record<Channel, string> = {
  email: 'eva@example.com',
  sms: '+4915100000001',
  push: 'fcm:token-1',
  whatsapp: '+4915100000001',
};

const scenario = fc.record({
  /** The planned channels, in order (the first, then its fallbacks). */
  channels: fc.uniqueArray(fc.constantFrom<Channel>('email', 'sms', 'push', 'whatsapp'), {
    minLength: 1,
    maxLength: 4,
  }),
  behaviours: fc.array(
    fc.constantFrom<Behaviour>('accepts', 'rejects', 'throttles_then_accepts', 'suppressed', 'down'),
    { minLength: 4, maxLength: 4 },
  ),
  /** For each of the first jobs put on a queue, whether SQS delivers it twice. */
  duplicates: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  /** Which waiting message is received next. */
  picks: fc.array(fc.nat(), { minLength: 256, maxLength: 256 }),
  /** Whether the first queue write of a fallback fails (the sender stops after marking its channel failed). */
  queueHiccup: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let runs = 0;

async function play({ channels, behaviours, duplicates, picks, queueHiccup }: Scenario) {
  const eventId = `prop-${++runs}`;
  const behaviourOf = (channel: Channel) => behaviours[channels.indexOf(channel)] as Behaviour;
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  /** Every job put on a queue: `fallback` when it is a channel's first job after the one before it failed. */
  const queued: { channel: Channel; fallback: boolean; delaySeconds: number | undefined }[] = [];
  /** The queues' messages, each visible from `visibleAt` (a delay, or a failed receive's visibility timeout). */
  const waiting: { job: MessageJob; receives: number; visibleAt: number }[] = [];
  let clock = Date.parse('2026-03-03T09:00:00Z');
  let hiccup = queueHiccup;
  const calls = new Map<Channel, number>();
  const accepted: Channel[] = [];
  const suppressions = new MemorySuppressions();
  for (const channel of channels)
    if (behaviourOf(channel) === 'suppressed')
      await suppressions.suppress(channel, ADDRESS[channel], 'bounced_address');
  let puts = 0;
  const put = (job: MessageJob, delaySeconds = 0) => {
    const visibleAt = clock + delaySeconds * 1000;
    waiting.push({ job, receives: 0, visibleAt });
    if (duplicates[puts++]) waiting.push({ job, receives: 0, visibleAt: visibleAt + 1000 });
  };
  const deps: SendDeps = {
    ledger: new DynamoDbMessageLedger(table.client, table.tableName),
    suppressions,
    log: { write: (record) => records.push(record) },
    now: () => new Date(clock),
    leaseMs: LEASE_MS,
    sender: {
      send: async (job) => {
        const n = (calls.get(job.channel) ?? 0) + 1;
        calls.set(job.channel, n);
        const behaviour = behaviourOf(job.channel);
        if (behaviour === 'rejects') throw new PermanentSendError('rejected', 'provider_rejected');
        if (behaviour === 'down') throw new Error('provider unavailable');
        if (behaviour === 'throttles_then_accepts' && n <= 2) throw new ThrottledSendError('Throttling');
        accepted.push(job.channel);
        return `p-${job.channel}-${n}`;
      },
    },
    queue: {
      enqueue: async (job, options = {}) => {
        if (job.fallbackAfter?.length && hiccup) {
          hiccup = false;
          throw new Error('SQS unavailable');
        }
        const fallback = Boolean(job.fallbackAfter?.length) && job.requeues === undefined;
        queued.push({ channel: job.channel, fallback, delaySeconds: options.delaySeconds });
        put(job, options.delaySeconds);
      },
    },
  };

  // The decision and the render function's one job: the first channel, its fallbacks written inside it.
  const [first, ...rest] = channels as [Channel, ...Channel[]];
  const job: MessageJob = {
    notificationId: notificationIdFor({
      eventId,
      customerId: 'c-p',
      type: 'statement.ready',
      channel: first,
    }),
    eventId,
    customerId: 'c-p',
    type: 'statement.ready',
    category: 'transactional',
    channel: first,
    to: ADDRESS[first],
    occurredAt: '2026-03-03T09:00:00Z',
    message: { channel: first, template: `statement.ready/${first}/en`, locale: 'en', text: 'ready' },
    ...(rest.length > 0
      ? {
          fallbacks: rest.map((channel) => ({
            channel,
            to: ADDRESS[channel],
            message: { channel, template: `statement.ready/${channel}/en`, locale: 'en', text: 'ready' },
            delaySeconds: DELAY_SECONDS,
          })),
        }
      : {}),
  };
  await new DynamoDbMessageLedger(table.client, table.tableName).claim(
    { ...job },
    { status: 'queued', notificationId: job.notificationId, at: new Date(clock), channels },
  );
  queued.push({ channel: first, fallback: false, delaySeconds: undefined });
  put(job);

  // SQS: any visible message may be received next; one whose receive failed comes back after the
  // visibility timeout (longer than the send lease), and after its last receive goes to the job DLQ.
  const deadLettered: MessageJob[] = [];
  const drain = async () => {
    for (let step = 0; waiting.length > 0; step++) {
      if (step > 2_000) throw new Error('the jobs did not settle');
      clock = Math.max(clock + 1000, Math.min(...waiting.map((w) => w.visibleAt)));
      const visible = waiting.filter((w) => w.visibleAt <= clock);
      const delivery = visible[(picks[step % picks.length] ?? 0) % visible.length];
      if (!delivery) break;
      waiting.splice(waiting.indexOf(delivery), 1);
      delivery.receives += 1;
      const last = delivery.receives >= MAX_RECEIVE_COUNT;
      try {
        if ((await sendMessage(delivery.job, deps, { last })) === 'dead_lettered')
          deadLettered.push(delivery.job);
      } catch {
        if (last) deadLettered.push(delivery.job);
        else waiting.push({ ...delivery, visibleAt: clock + VISIBILITY_TIMEOUT_MS });
      }
    }
  };
  await drain();
  const beforeRedrive = [...accepted];
  // `herald redrive`: every job in the DLQ back on its queue, once.
  for (const dead of deadLettered.splice(0)) waiting.push({ job: dead, receives: 0, visibleAt: clock });
  await drain();
  const statuses = new Map<Channel, string | undefined>();
  for (const channel of channels)
    statuses.set(
      channel,
      await deps.ledger.statusOf({ eventId, customerId: 'c-p', type: 'statement.ready', channel }),
    );
  return { records, queued, accepted, beforeRedrive, statuses };
}

describe('fallback over generated provider outcomes (property)', () => {
  it('sends on the first channel that can take the message and on no other, queuing nothing after it', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (generated) => {
        // Act
        const { records, queued, accepted, beforeRedrive, statuses } = await play(generated);
        // Assess: the channel that should carry it, and those failed for good before it.
        const { channels, behaviours } = generated;
        const carrierIndex = channels.findIndex(
          (_, i) => !FAILS_FOR_GOOD.includes(behaviours[i] as Behaviour),
        );
        const tried = carrierIndex < 0 ? channels : channels.slice(0, carrierIndex + 1);
        const carrier = carrierIndex < 0 ? undefined : channels[carrierIndex];
        expect(accepted).toEqual(carrier ? [carrier] : []);
        // Without a queue write failing on a job's last receive, no redrive is needed for it.
        if (!generated.queueHiccup) expect(beforeRedrive).toEqual(accepted);
        const sent = records.filter((r) => r.kind === 'delivery' && r.status === 'sent');
        expect(sent.map((r) => r.kind === 'delivery' && r.channel)).toEqual(carrier ? [carrier] : []);
        for (const channel of tried.filter((c) => c !== carrier)) {
          expect(['failed', 'suppressed']).toContain(statuses.get(channel));
          expect(
            records.some((r) => r.kind === 'delivery' && r.channel === channel && r.status !== 'sent'),
          ).toBe(true);
        }
        // No job for a channel after the carrier: its fallbacks cost nothing.
        expect(new Set(queued.map((q) => q.channel))).toEqual(new Set(tried));
        for (const channel of channels.slice(tried.length)) expect(statuses.get(channel)).toBeUndefined();
        // Each fallback is queued to wait the configured delay after the channel before it failed.
        const fallbacks = queued.filter((q) => q.fallback);
        expect(new Set(fallbacks.map((q) => q.channel))).toEqual(new Set(tried.slice(1)));
        for (const q of fallbacks) expect(q.delaySeconds).toBe(DELAY_SECONDS);
      }),
      { seed: 20261205, numRuns: 40 },
    );
  }, 300_000);
});
