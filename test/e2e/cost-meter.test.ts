// The cost meter (local/cost/meter.ts) held to figures counted by hand from the code, one bank event at a
// time on the local stack: what the event costs is the meter's usage after it minus before it. Each figure
// is explained where it is asserted; when the code's requests change, this test says which count moved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Usage } from '../../local/cost/meter.ts';
import { type BusEntry, LocalHerald } from '../../local/runtime.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/low-balance.jsonl');
/** Customer c-1 (e-mail and SMS, consented), a low-balance alert at 100.00 GBP on ACC-1001. */
const SETUP = readFileSync(FIXTURE, 'utf8')
  .trim()
  .split('\n')
  .slice(0, 4)
  .map((line) => JSON.parse(line) as BusEntry);

const balance = (eventId: string, time: string, amount: string): BusEntry => ({
  Source: 'bank.core',
  DetailType: 'Balance.Changed',
  Time: time,
  Detail: {
    eventId,
    occurredAt: time,
    customerId: 'c-1',
    accountId: 'ACC-1001',
    balance: amount,
    currency: 'GBP',
  },
});

/** The difference of two usages, service by service, for the figures asserted below. */
function spent(before: Usage, after: Usage) {
  const ops = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(b)
        .map(([op, n]) => [op, n - (a[op] ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
  const functions = Object.fromEntries(
    Object.entries(after.lambda.functions)
      .map(([name, f]) => {
        const was = before.lambda.functions[name];
        return [
          name,
          {
            invocations: f.invocations - (was?.invocations ?? 0),
            billedMs: f.billedMs - (was?.billedMs ?? 0),
            appLogEvents: f.appLogEvents - (was?.appLogEvents ?? 0),
            platformLogBytes: f.platformLogBytes - (was?.platformLogBytes ?? 0),
          },
        ] as const;
      })
      .filter(([, f]) => f.invocations > 0),
  );
  return {
    bankEvents: after.eventBridge.bankEvents - before.eventBridge.bankEvents,
    heraldEvents: after.eventBridge.heraldEvents - before.eventBridge.heraldEvents,
    eventChunks: after.eventBridge.chunks - before.eventBridge.chunks,
    functions,
    dynamoDb: ops(before.dynamoDb.byOperation, after.dynamoDb.byOperation),
    readUnits: after.dynamoDb.readUnits - before.dynamoDb.readUnits,
    writeUnits: after.dynamoDb.writeUnits - before.dynamoDb.writeUnits,
    sqs: ops(before.sqs.byOperation, after.sqs.byOperation),
    transitions: after.stepFunctions.transitions - before.stepFunctions.transitions,
    kms: after.kms.requests - before.kms.requests,
    emails: after.channels.emails - before.channels.emails,
    smsSegments: after.channels.smsSegments - before.channels.smsSegments,
  };
}

describe('the cost meter, against hand counts', () => {
  let herald: LocalHerald;
  /** Puts one entry at its time, runs everything it starts to the end, and returns what that cost. */
  const cost = async (entry: BusEntry) => {
    const before = herald.meter.usage();
    await herald.advanceTo(Date.parse(String(entry.Time)));
    await herald.put(entry);
    await herald.runToEnd();
    return spent(before, herald.meter.usage());
  };

  beforeAll(async () => {
    herald = await LocalHerald.start({ operationalLog: () => undefined }, new Date('2026-03-02T08:00:00Z'));
    for (const entry of SETUP) {
      await herald.advanceTo(Date.parse(String(entry.Time)));
      await herald.put(entry);
    }
    await herald.runToEnd();
  }, 120_000);
  afterAll(() => herald.stop());

  it('a balance above the threshold alerts no one: one event, one invocation, one strongly consistent read', async () => {
    // Act
    const used = await cost(balance('x-1', '2026-03-03T09:00:00Z', '500.00'));
    // Assess
    // EventBridge: the bank's PutEvents entry, one 64 KB chunk.
    expect(used.bankEvents).toBe(1);
    expect(used.eventChunks).toBe(1);
    // Lambda: the Balance.Changed rule invokes balance-alerts once. Billed duration (LATENCY_MODEL): 5 ms
    // base + 6 ms for its one DynamoDB call = 11 ms. It logs nothing of its own (no record: nothing was
    // decided about a message). Lambda's own lines, Text format with active tracing (the template):
    //   START RequestId: <36> Version: $LATEST                       17 + 36 + 17 = 70 bytes
    //   END RequestId: <36>                                          15 + 36      = 51
    //   REPORT RequestId: <36>\tDuration: 10.50 ms\tBilled Duration: 11 ms\tMemory Size: 256 MB\t
    //     Max Memory Used: 96 MB\t\nXRAY TraceId: <35>\tSegmentId: <16>\tSampled: true\t
    //                                           18 + 36 + 19 + 23 + 20 + 23 + 1 + 15 + 35 + 12 + 16 + 15 = 233
    //   and 26 bytes per log event: 70 + 51 + 233 + 3 × 26 = 432.
    expect(used.functions).toEqual({
      'balance-alerts': { invocations: 1, billedMs: 11, appLogEvents: 0, platformLogBytes: 432 },
    });
    // DynamoDB: evaluate-balance step 1 reads the profile and the account's alert states in one strongly
    // consistent GetItem (1 read unit: the item is under 4 KB); step 2 decides nothing fires; no write.
    expect(used.dynamoDb).toEqual({ GetItem: 1 });
    expect(used.readUnits).toBe(1);
    expect(used.writeUnits).toBe(0);
    // Nothing queued, no state machine, no key, no message.
    expect(used.sqs).toEqual({});
    expect([used.transitions, used.kms, used.emails, used.smsSegments]).toEqual([0, 0, 0, 0]);
  }, 60_000);

  it('a low balance alerts on two channels: the requests of claim, render, queue, send and record', async () => {
    // Act
    const used = await cost(balance('x-2', '2026-03-03T10:00:00Z', '42.10'));
    // Assess
    expect(used.bankEvents).toBe(1);
    expect(used.heraldEvents).toBe(0);
    // Lambda, five invocations:
    // - balance-alerts: 5 ms + 6 DynamoDB calls × 6 ms + 2 SendMessage × 12 ms = 65 ms;
    // - render: one batch of the two render jobs; 5 ms + one KMS GenerateMac (8 ms: the e-mail's signed
    //   unsubscribe and preference links) + 2 SendMessage × 12 ms = 37 ms;
    // - send-email: 5 ms + 3 DynamoDB × 6 ms + SES SendEmail 60 ms = 83 ms;
    // - send-sms: 5 ms + 3 DynamoDB × 6 ms + SNS CheckIfPhoneNumberIsOptedOut 50 ms (End User Messaging's
    //   opt-out list, asked before each send) + SNS Publish 50 ms = 123 ms;
    // - status-events: the delivery log's subscription hands it the records in one batch;
    //   5 ms + 2 DynamoDB × 6 ms = 17 ms.
    // Log lines of their own: balance-alerts logs its two `suppressed` records (push and WhatsApp: no
    // contact); each sender logs its `sent` record and one line about the message.
    expect(
      Object.fromEntries(
        Object.entries(used.functions).map(([name, f]) => [
          name,
          [f.invocations, f.billedMs, f.appLogEvents],
        ]),
      ),
    ).toEqual({
      'balance-alerts': [1, 65, 2],
      render: [1, 37, 0],
      'send-email': [1, 83, 2],
      'send-sms': [1, 123, 2],
      'status-events': [1, 17, 0],
    });
    // DynamoDB:
    // - balance-alerts: GetItem of the profile (1 RU); UpdateItem of the low-balance state, conditional,
    //   the event that wins it alerts (1 WU); PutItem claims for the two suppressed channels (push,
    //   WhatsApp) and for the two sent (e-mail, SMS) (4 WU);
    // - each sender: UpdateItem taking the send lease (1 WU), GetItem of the message's status in the
    //   ledger (1 RU), UpdateItem recording the provider's message id (1 WU);
    // - status-events: one Query of the message's outcomes per record it looks at, two (1 RU each).
    expect(used.dynamoDb).toEqual({ GetItem: 3, UpdateItem: 5, PutItem: 4, Query: 2 });
    expect(used.readUnits).toBe(1 + 2 + 2);
    expect(used.writeUnits).toBe(1 + 4 + 2 * 2);
    // SQS: balance-alerts queues one render job per channel (2 SendMessage); Lambda's poller receives
    // them in one batch and deletes it (1 + 1); render queues the e-mail and the SMS job (2 SendMessage,
    // each under 64 KB); each sender's batch is received and deleted (2 + 2).
    expect(used.sqs).toEqual({ SendMessage: 4, ReceiveMessage: 3, DeleteMessageBatch: 3 });
    // Channels: one e-mail to one recipient; the SMS, "Demo Bank: the balance of your account is £42.10,
    // below your £100.00 alert.", is GSM 7-bit (£ is in the alphabet) and under 160 characters: 1 part.
    expect(used.emails).toBe(1);
    expect(used.smsSegments).toBe(1);
    // KMS: render signs the e-mail's consent links once (GenerateMac); no state machine runs.
    expect([used.transitions, used.kms]).toEqual([0, 1]);
  }, 60_000);
});
