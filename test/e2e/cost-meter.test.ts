// The cost meter (local/cost/meter.ts) held to figures counted by hand from the code, one bank event at a
// time on the local stack: what the event costs is the meter's usage after it minus before it. Each figure
// is explained where it is asserted; when the code's requests change, this test says which count moved.
//
// The functions log as the template configures them (infra/constructs/herald-function.ts): Lambda's JSON
// format, application log level INFO, system log level WARN (`lambdaSystemLogLevel`'s default). So Lambda
// writes no line of its own for an invocation (no platform.start, no platform.report), and every line counted
// is one a function wrote: a delivery record (no `level`: INFO) or a Powertools line at INFO or above.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floorsOf } from '../../local/cost/floors.ts';
import { costOf, type Usage } from '../../local/cost/meter.ts';
import { DEFAULT_PRICES } from '../../local/cost/prices.ts';
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

/** `after` minus `before`, field by field: what happened in between, as a usage of its own. */
function difference<T>(before: T, after: T): T {
  if (typeof after === 'number') return (after - ((before as number | undefined) ?? 0)) as T;
  if (typeof after !== 'object' || after === null) return after;
  return Object.fromEntries(
    Object.entries(after).map(([key, value]) => [
      key,
      difference((before as Record<string, unknown> | undefined)?.[key], value),
    ]),
  ) as T;
}

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
    schedulerInvocations: after.eventBridge.schedulerInvocations - before.eventBridge.schedulerInvocations,
    logEvents: after.logs.events - before.logs.events,
    emails: after.channels.emails - before.channels.emails,
    smsMessages: after.channels.smsMessages - before.channels.smsMessages,
    smsSegments: after.channels.smsSegments - before.channels.smsSegments,
    /** What it cost at the default prices (us-east-1): per million bank events and messages sent. */
    cost: costOf(difference(before, after), DEFAULT_PRICES),
  };
}

/** Per function: [invocations, billed ms, its own log events, Lambda's own log bytes]. */
const perFunction = (used: ReturnType<typeof spent>) =>
  Object.fromEntries(
    Object.entries(used.functions).map(([name, f]) => [
      name,
      [f.invocations, f.billedMs, f.appLogEvents, f.platformLogBytes],
    ]),
  );

/** The floors at the default prices (local/cost/floors.ts), per million. */
const FLOORS = floorsOf(DEFAULT_PRICES);

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

  it('the floors at the default prices: $1.325 a million no-alert events, $2.65 a million messages', () => {
    // Assess: us-east-1 list prices (local/cost/prices.ts), per million.
    // A bank event that alerts no one: an EventBridge event $1.00 + a Lambda request $0.20 + a read unit
    // $0.125 = $1.325.
    expect(FLOORS.noAlertEvent).toBeCloseTo(1.325, 6);
    // A message sent: claim, one write unit $0.625; queue, SendMessage + ReceiveMessage + DeleteMessageBatch,
    // 3 × $0.40 = $1.20; send, a Lambda request $0.20; record, one write unit $0.625: $2.65.
    expect(FLOORS.sentMessage).toBeCloseTo(2.65, 6);
  });

  it('a balance above the threshold alerts no one: one event, one invocation, one strongly consistent read', async () => {
    // Act
    const used = await cost(balance('x-1', '2026-03-03T09:00:00Z', '500.00'));
    // Assess
    // EventBridge: the bank's PutEvents entry, one 64 KB chunk.
    expect(used.bankEvents).toBe(1);
    expect(used.eventChunks).toBe(1);
    // Lambda: the Balance.Changed rule invokes balance-alerts once. Billed duration (LATENCY_MODEL): 5 ms
    // base + 6 ms for its one DynamoDB call = 11 ms. It logs nothing of its own (no record: nothing was
    // decided about a message), and Lambda nothing either: system log level WARN leaves out platform.start
    // and platform.report. (In Text format, as before, START, END and REPORT with the X-Ray line were 432
    // bytes, $0.20 a million events; test/infra/logging.test.ts counts what INFO would bring back.)
    expect(used.functions).toEqual({
      'balance-alerts': { invocations: 1, billedMs: 11, appLogEvents: 0, platformLogBytes: 0 },
    });
    expect(used.logEvents).toBe(0);
    // DynamoDB: evaluate-balance step 1 reads the profile and the account's alert states in one strongly
    // consistent GetItem (1 read unit: the item is under 4 KB); step 2 decides nothing fires; no write.
    expect(used.dynamoDb).toEqual({ GetItem: 1 });
    expect(used.readUnits).toBe(1);
    expect(used.writeUnits).toBe(0);
    // Nothing queued, no state machine, no key, no message.
    expect(used.sqs).toEqual({});
    expect([used.transitions, used.kms, used.emails, used.smsSegments]).toEqual([0, 0, 0, 0]);
    // Per million such events: EventBridge $1.00 + Lambda requests $0.20 + duration 0.25 GB × 0.011 s ×
    // $13.3334 a million GB-s = $0.0367 + one read unit $0.125 + no log byte + X-Ray, 5 % of the traces at
    // $5.00 a million = $0.25: $1.6117, 1.22 × the $1.325 floor (was $1.81, 1.37 ×, with the 432 bytes).
    expect(used.cost.perMillionBankEvents?.infrastructure).toBeCloseTo(1.6117, 4);
    expect((used.cost.perMillionBankEvents?.infrastructure ?? 0) / FLOORS.noAlertEvent).toBeLessThanOrEqual(
      1.3,
    );
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
    // contact); each sender logs its `sent` record and one line about the message (`message processed`).
    // Lambda's own lines: none (system log level WARN), where Text format wrote 5 × 432 bytes.
    expect(perFunction(used)).toEqual({
      'balance-alerts': [1, 65, 2, 0],
      render: [1, 37, 0, 0],
      'send-email': [1, 83, 2, 0],
      'send-sms': [1, 123, 2, 0],
      'status-events': [1, 17, 0, 0],
    });
    expect(used.logEvents).toBe(2 + 2 + 2);
    // DynamoDB:
    // - balance-alerts: GetItem of the profile (1 RU); UpdateItem of the low-balance state, conditional,
    //   the event that wins it alerts (1 WU); PutItem claims for the two suppressed channels (push,
    //   WhatsApp) and for the two sent (e-mail, SMS) (4 WU);
    // - each sender (send-message.ts attemptSend): UpdateItem taking the send lease (1 WU), GetItem of the
    //   address on the suppression list, strongly consistent (1 RU), UpdateItem recording the provider's
    //   message id (1 WU);
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
    // Per million such alerts: EventBridge $1.00 + Lambda requests 5 × $0.20 = $1.00 + duration 325 ms ×
    // 0.25 GB × $13.3334 a million GB-s = $1.0833 + SQS 10 × $0.40 = $4.00 + reads 5 × $0.125 = $0.625 +
    // writes 9 × $0.625 = $5.625 + KMS $3.00 + the six lines' 2,292 bytes (with their overhead) $1.07 (was
    // $2.07 with Lambda's 5 × 432) + X-Ray $0.25 = $17.65, $8.83 a million messages (was $9.33). Its floor:
    // the event's $1.325 + 2 × $2.65 = $6.625 a million alerts, $3.31 a million messages: 2.7 ×. Beyond the
    // floor: the render hop (an invocation and 4 SQS requests), the KMS signature ($3.00), the alert state,
    // the claims of the two suppressed channels, the send leases, the suppression-list reads and
    // status-events' reads of the suppressed messages' outcomes.
    expect(used.cost.perMillionBankEvents?.infrastructure).toBeCloseTo(17.65, 1);
    expect(used.cost.perMillionMessages?.infrastructure).toBeCloseTo(8.83, 1);
  }, 60_000);
});

describe('the cost meter, against a hand count of one journey up to its first message', () => {
  let herald: LocalHerald;

  beforeAll(async () => {
    herald = await LocalHerald.start({ operationalLog: () => undefined }, new Date('2026-03-02T08:00:00Z'));
    // Customer c-1: e-mail and SMS, both consented for transactional messages; no push token.
    for (const entry of SETUP.slice(0, 3)) {
      await herald.advanceTo(Date.parse(String(entry.Time)));
      await herald.put(entry);
    }
    await herald.runToEnd();
  }, 120_000);
  afterAll(() => herald.stop());

  it('Card.Issued to the welcome e-mail: start, step, render, send and record', async () => {
    // Prepare
    const issuedAt = '2026-03-04T09:00:00Z';
    const before = herald.meter.usage();
    // Act: the card is issued at 09:00 in London (no quiet hours); the clock then moves one hour, well
    // before the first reminder's two-day wait ends, so nothing after the welcome is counted.
    await herald.advanceTo(Date.parse(issuedAt));
    await herald.put({
      Source: 'bank.core',
      DetailType: 'Card.Issued',
      Time: issuedAt,
      Detail: {
        eventId: 'issued-1',
        occurredAt: issuedAt,
        customerId: 'c-1',
        cardId: 'card-1',
        cardLast4: '4242',
        currency: 'GBP',
        product: 'Visa Classic',
      },
    });
    await herald.advanceTo(Date.parse(issuedAt) + 3_600_000);
    const used = spent(before, herald.meter.usage());
    // Assess
    // EventBridge: the bank's Card.Issued, one 64 KB chunk; Herald puts no event of its own. No schedule:
    // the journey waits in Step Functions.
    expect([used.bankEvents, used.eventChunks, used.heraldEvents, used.schedulerInvocations]).toEqual([
      1, 1, 0, 0,
    ]);
    // Request by request, in order (billed duration: LATENCY_MODEL, 5 ms + each call's typical latency):
    // 1. journeys, invoked by the Card.Issued rule (journey-events.ts → journeys.ts startCardActivation):
    //    admitKnownCustomer's GetItem of the profile, strongly consistent (1 RU); the journey's conditional
    //    PutItem (1 WU); StartExecution of the card activation machine, by the phase's execution name.
    //    5 + 6 + 6 + 25 = 42 ms. One line: `journey event` (outcome `started`).
    // 2. Step Functions, 4 state transitions: Phase (the Choice on $.phase = issued) → Welcome (the Task)
    //    → AfterWelcome (the Choice on the step's outcome, `continue`) → WaitForReminder1, the two-day Wait
    //    the execution is still in.
    // 3. journey-step, the Welcome Task (journeys.ts runJourneyStep): GetItem of the journey, strongly
    //    consistent (1 RU); UpdateItem claiming the step while the journey awaits activation (1 WU);
    //    GetItem of the profile (1 RU); then notify.ts: card_activation.welcome goes on the first of e-mail,
    //    push, SMS the customer can be reached on and consented to, e-mail, with SMS as its fallback (only
    //    queued should the e-mail fail for good); the message's claim, a conditional PutItem (1 WU); the
    //    render job, one SendMessage. 5 + 4 × 6 + 12 = 41 ms. One line: `journey step`.
    // 4. render, Lambda's poller handing it the job (ReceiveMessage, then DeleteMessageBatch): one KMS
    //    GenerateMac signing the e-mail's consent links; the e-mail job, one SendMessage.
    //    5 + 8 + 12 = 25 ms. No line.
    // 5. send-email, the poller handing it the job (ReceiveMessage, DeleteMessageBatch), send-message.ts
    //    attemptSend: UpdateItem taking the send lease (1 WU); GetItem of the address on the suppression
    //    list (1 RU); SES SendEmail; UpdateItem recording the provider's message id (1 WU).
    //    5 + 3 × 6 + 60 = 83 ms. Two lines: the `sent` record and `message processed`.
    // 6. status-events, the log subscription handing it the `sent` record: a transactional message's `sent`
    //    is neither a status the environment publishes (DEFAULT_STATUS_EVENTS) nor an unsent outcome to check
    //    (publish-status.ts), nor an opt-out: no request. 5 ms. No line.
    // Lambda writes no line of its own for any of them (system log level WARN).
    expect(perFunction(used)).toEqual({
      journeys: [1, 42, 1, 0],
      'journey-step': [1, 41, 1, 0],
      render: [1, 25, 0, 0],
      'send-email': [1, 83, 2, 0],
      'status-events': [1, 5, 0, 0],
    });
    expect(used.transitions).toBe(4);
    // DynamoDB: GetItem 1 (journeys) + 2 (journey-step) + 1 (send-email); PutItem 1 + 1; UpdateItem 1 + 2.
    expect(used.dynamoDb).toEqual({ GetItem: 4, PutItem: 2, UpdateItem: 3 });
    expect([used.readUnits, used.writeUnits]).toEqual([1 + 2 + 1, 1 + 2 + 2]);
    // SQS: the render job and the e-mail job (2 SendMessage); each queue's batch received and deleted.
    expect(used.sqs).toEqual({ SendMessage: 2, ReceiveMessage: 2, DeleteMessageBatch: 2 });
    expect(used.kms).toBe(1);
    // Log events: the functions' 1 + 1 + 2 lines, and the state machine's logging (level ALL, no execution
    // data: STEP_FUNCTIONS_LOG_MODEL, 3 events per transition) 4 × 3.
    expect(used.logEvents).toBe(4 + 4 * 3);
    // One e-mail to one recipient; the SMS fallback is not sent.
    expect([used.emails, used.smsMessages]).toEqual([1, 0]);
    // Per million such journeys: Step Functions 4 × $0.025 a thousand = $100 of $114.71 (EventBridge $1.00,
    // Lambda requests $1.00 and duration $0.65, SQS $2.40, reads $0.50, writes $3.13, KMS $3.00, logs
    // $2.78 (the state machine's 12 events 4,152 bytes of 5,963), X-Ray $0.25). Its floor, the welcome
    // sent at once with no state machine: $1.325 + $2.65 = $3.975.
    expect(used.cost.perMillionBankEvents?.infrastructure).toBeCloseTo(114.71, 1);
  }, 60_000);
});
