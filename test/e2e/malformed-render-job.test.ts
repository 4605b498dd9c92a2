// A planned message whose data does not fit its type's schema, on the local stack: decided as a trigger
// decides one (claimed in the message ledger, then put on the render function's plan queue, with Herald's
// DynamoDB and SQS adapters against the local endpoints), in the same batch as a well-formed alert. The
// render function fails it on every receive and, on its last, gives it up: one `failed` record whose reason
// names the type and the field, and the job in the job dead-letter queue. The alert beside it is sent.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BusEntry, LocalHerald } from '../../local/runtime.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { SqsPlanQueue } from '../../shared/adapters/sqs/queues.ts';
import type { PlannedJob } from '../../shared/contract/internal/jobs.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { notificationIdFor } from '../../shared/domain/notification.ts';

const START = new Date('2026-03-02T08:00:00Z');
const entry = (time: string, detailType: string, detail: Record<string, unknown>): BusEntry => ({
  Source: 'bank.core',
  DetailType: detailType,
  Time: time,
  Detail: { occurredAt: time, customerId: 'c-good', ...detail },
});
const customer = [
  entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: 'mj-u',
    name: { given: 'Eva' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: 'eva@example.com' },
  }),
  entry('2026-03-02T08:00:01Z', 'Consent.Changed', {
    eventId: 'mj-c',
    channel: 'email',
    category: 'transactional',
    granted: true,
    source: 'app',
  }),
  entry('2026-03-02T08:00:02Z', 'AlertSettings.Changed', {
    eventId: 'mj-s',
    lowBalance: { accountId: 'ACC-1001', threshold: '100.00', currency: 'GBP' },
  }),
];
const LOW_AT = '2026-03-03T10:00:00Z';
const lowBalance = entry(LOW_AT, 'Balance.Changed', {
  eventId: 'mj-low',
  accountId: 'ACC-1001',
  balance: '42.10',
  currency: 'GBP',
});

/** A planned balance.low e-mail whose data has no `threshold`: a job its type's schema refuses. */
const key = { eventId: 'e-malformed', customerId: 'c-bad', type: 'balance.low', channel: 'email' } as const;
const malformed: PlannedJob = {
  ...key,
  notificationId: notificationIdFor(key),
  category: 'transactional',
  to: 'bad@example.com',
  occurredAt: '2026-03-03T09:59:00Z',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  data: { accountId: 'ACC-2002', balance: '10.00', currency: 'GBP' },
};

let herald: LocalHerald;
const deliveries = () => herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
const renderFunction = () => herald.model.functions.find((f) => f.name === 'render');
/** The queue the `render` function reads (the plan queue of balance.low). */
const planQueue = () => {
  const source = herald.model.eventSources.find((s) => s.functionArn === renderFunction()?.arn);
  const queue = herald.model.queues.find((q) => q.arn === source?.queueArn);
  if (!queue) throw new Error('no queue feeds the render function');
  return queue;
};

beforeAll(async () => {
  herald = await LocalHerald.start({ operationalLog: () => undefined }, START);
  for (const e of customer) {
    await herald.advanceTo(Date.parse(String(e.Time)));
    await herald.put(e);
  }
  await herald.advanceTo(Date.parse(LOW_AT));
  // Decided as notify decides a message (claim, then plan): it waits on the plan queue; the alert's planned
  // job joins it, and both go to the render function in one batch.
  const table = String(renderFunction()?.environment.TABLE_NAME);
  const claims = new DynamoDbMessageLedger(new DynamoDBClient({}), table);
  const claimed = await claims.claim(key, {
    status: 'queued',
    notificationId: malformed.notificationId,
    at: new Date(LOW_AT),
  });
  if (claimed !== 'claimed') throw new Error(`the malformed job was not claimed: ${claimed}`);
  await new SqsPlanQueue(new SQSClient({}), { render: planQueue().url }).submit(malformed);
  await herald.put(lowBalance);
  await herald.runToEnd();
});
afterAll(async () => {
  await herald?.stop();
});

describe('a planned message whose data does not fit its type (local stack)', () => {
  it('is given up on its last receive, not before, with one failed record naming the type and the field', () => {
    // Act
    const records = deliveries().filter((r) => r.notificationId === malformed.notificationId);
    const alert = deliveries().find((r) => r.eventId === 'mj-low' && r.status === 'sent');
    // Assess
    expect(records.map((r) => `${r.customerId} ${r.type} ${r.channel} ${r.status} ${r.reason}`)).toEqual([
      'c-bad balance.low email failed invalid_data: balance.low data.threshold is missing',
    ]);
    // Received again after each visibility timeout until the last receive (same batch as the alert first).
    const retries = (planQueue().redrive?.maxReceiveCount ?? 1) - 1;
    const hidden = planQueue().visibilityTimeoutSeconds * 1000;
    expect(Date.parse(records[0]?.time ?? '') - Date.parse(alert?.time ?? '')).toBeGreaterThanOrEqual(
      retries * hidden,
    );
  });

  it('leaves the job in the job dead-letter queue, knowing the plan queue it came from', () => {
    expect(herald.deadLetters.map((d) => [JSON.parse(d.body).notificationId, d.sourceQueueArn])).toEqual([
      [malformed.notificationId, planQueue().arn],
    ]);
  });

  it('the rest of the work goes on: the alert in the same batch is sent, and nothing goes to the malformed job', () => {
    const outcomes = deliveries().filter((r) => r.status !== 'suppressed');
    expect(outcomes.map((r) => `${r.customerId} ${r.eventId} ${r.channel} ${r.status}`)).toEqual([
      'c-good mj-low email sent',
      'c-bad e-malformed email failed',
    ]);
    expect(herald.outbox.map((m) => (m.channel === 'email' ? m.to : []))).toEqual([['eva@example.com']]);
  });
});
