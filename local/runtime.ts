// The embedded local stack: the rules, queues and functions of the synthesized templates, run in one
// process on a simulated clock, with dynalite for DynamoDB and local endpoints for SQS, SESv2 and SNS.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CreateTableCommand, DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyStructuredResultV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import MailComposer from 'nodemailer/lib/mail-composer';
import { HERALD_SOURCE } from '../shared/contract/common.ts';
import { jsonText } from '../shared/domain/json-text.ts';
import type { Channel } from '../shared/domain/profile.ts';
import { parseFromHeader } from '../shared/domain/sender.ts';
import {
  type AppModel,
  buildAppModel,
  LOCAL_ACCOUNT,
  type LocalFunction,
  type LocalLogSubscription,
  type LocalRule,
  synthesizeTemplates,
} from './app-model.ts';
import {
  type EmailIn,
  type PushIn,
  type ScheduleIn,
  type SmsIn,
  startLocalEndpoints,
  type WhatsAppIn,
} from './aws-endpoints.ts';
import { compileEventPattern, type EventFields, eventFields } from './bus/event-pattern.ts';
import { entrySize, MAX_REQUEST_BYTES } from './bus/put-events.ts';
import { SimulatedClock } from './clock.ts';
import { meterDynalite } from './cost/dynalite-meter.ts';
import { CostMeter, type MeteredInvocation } from './cost/meter.ts';
import { type LocalDynamoStore, localDynalite } from './dynalite-server.ts';
import { DEFAULT_FAULT_SEED, DUPLICATE_DELIVERY_WINDOW_MS, type Faults, seededRandom } from './faults.ts';
import { functionUrlEvent, type LinkRequest, linkFunction } from './function-urls.ts';
import { serveInProcess } from './in-process-http.ts';
import { type InboundLine, inboundMessage, inboundProblem, inboundSnsEvent } from './inbound.ts';
import { compileFilterPattern } from './logs/filter-pattern.ts';
import { quietAwsSdkNodeWarning } from './node-support.ts';
import { finishOutbox, prepareOutbox, StreamingOutbox } from './outbox.ts';
import type { OutboxMessage, OutputRecord } from './records.ts';
import { LocalSmsOptOuts } from './sms-opt-outs.ts';
import { LocalStepFunctions } from './stepfunctions.ts';
import { Timeline } from './timeline.ts';
import { VisibleMessages } from './visible-messages.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A bank (or Herald) event as written in a replay file: one EventBridge PutEvents entry. */
export interface BusEntry {
  Source?: unknown;
  DetailType?: unknown;
  Detail?: unknown;
  Time?: unknown;
  /** The ARNs the event is about (the event's `resources`). */
  Resources?: unknown;
}

export interface LocalRuntimeOptions {
  /**
   * Where rendered messages are written (local/outbox.ts); nothing is written when omitted. A previous
   * outbox there is emptied first, any other non-empty directory refused (OutboxError). While the stack
   * runs, a message's files are named by the provider's message id; `stop` names them by time, customer,
   * type and channel and writes the index.
   */
  outDir?: string;
  envName?: string;
  /** Where operational log lines of the functions go (default: stderr). */
  operationalLog?: (line: string) => void;
  /** Provider and bus faults to simulate (local/faults.ts, `herald replay --fault`). */
  faults?: Faults;
  /**
   * Run the functions as they are deployed: each handler bundled first by infra/constructs/bundling.ts
   * (aliases and plugin included), then the bundle imported. Slower to start; the default imports the
   * same handler modules from source.
   */
  bundled?: boolean;
  /**
   * Keep nothing per record or message: each record goes to `onRecord` as it happens and each message to
   * the outbox directory as soon as its `sent` record names it (StreamingOutbox); `records` and `outbox`
   * stay empty, `recordCount` and `messageCount` count them. What a replay of a bank's day needs: its
   * memory does not grow with the input.
   */
  stream?: boolean;
}

/** What a runtime holds, counted (LocalHerald.held). */
export interface RuntimeHeld {
  /** Records and messages kept (none when streaming). */
  records: number;
  messages: number;
  /** Entries the local queues' lists hold: visible messages, and served ones not yet dropped. */
  queueEntries: number;
  /** Streaming: e-mails waiting for their `sent` record, and messages the outbox has yet to name. */
  unrecordedEmails: number;
  unnamedMessages: number;
  /** Streaming: each customer's last e-mails, for click lines (at most RECENT_EMAILS_KEPT each). */
  keptEmails: number;
  /** dynalite's store iterators not closed (each keeps the store's version of its time). */
  openStoreIterators: number;
  /** Step Functions executions, those still holding the library's run, and callback Tasks waiting. */
  executions: number;
  executionRuns: number;
  parkedTasks: number;
  /** Work planned on the simulated timeline, and dead letters. */
  planned: number;
  deadLetters: number;
}

interface QueuedMessage {
  messageId: string;
  queueArn: string;
  body: string;
  attributes: Record<string, string>;
  receiveCount: number;
  /** On a message a redrive policy moved to a dead-letter queue: the queue it came from. */
  sourceQueueArn?: string;
}

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/** A function invocation in progress; `end` ends it as Lambda ends one that times out. */
interface Invocation {
  fn: LocalFunction;
  /** What the invocation costs, as the cost meter counts it. */
  metered: MeteredInvocation;
  handling: Promise<unknown>;
  end: (error: Error) => void;
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * The event as rules match it: its JSON text with the entry's Detail text as written, so that a number
 * no double holds (an account number beyond 2^53) and a repeated member name reach the matcher as
 * EventBridge's engine sees them.
 */
function matchableEvent(event: Record<string, unknown>, detail: unknown): Record<string, unknown> | string {
  if (typeof detail !== 'string') return event;
  const { detail: _parsed, ...envelope } = event;
  return `${jsonText(envelope).slice(0, -1)},"detail":${detail}}`;
}

/** What Lambda's on-failure destination receives: the event and the error, whatever the event holds. */
function onFailureBody(event: unknown, errorMessage: string): string {
  const body = { requestPayload: event, responsePayload: { errorMessage } };
  try {
    return jsonText(body);
  } catch (error) {
    return JSON.stringify({
      requestPayload: null,
      responsePayload: { errorMessage },
      note: `the event could not be written as JSON (${describeError(error)})`,
    });
  }
}

const REGION = 'eu-west-1';
/** A streaming run keeps each customer's last few e-mails, for the links of click lines. */
const RECENT_EMAILS_KEPT = 5;

/** The size SQS counts a message as: its body and its attributes' names, types and values. */
const messageBytes = (message: { body: string; attributes: Record<string, string> }) =>
  Object.entries(message.attributes).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + 'String'.length + Buffer.byteLength(value),
    Buffer.byteLength(message.body),
  );
/** Lambda's retries of a failed asynchronous invocation (HeraldFunction sets two). */
const ASYNC_RETRY_ATTEMPTS = 2;
/** Each runtime imports fresh copies of the handler modules: their SDK clients point at its endpoints. */
let runtimes = 0;

export class LocalHerald {
  /** Every record so far, in order (empty with `stream`). */
  readonly records: OutputRecord[] = [];
  /** Every message handed to a provider (empty with `stream`). */
  readonly outbox: OutboxMessage[] = [];
  /** End User Messaging's SMS opt-out list: customers' STOP and START to the two-way number feed it. */
  readonly smsOptOuts = new LocalSmsOptOuts();
  recordCount = 0;
  messageCount = 0;
  /** Called with each record as it happens. */
  onRecord: ((record: OutputRecord) => void) | undefined;
  private readonly streamingOutbox: StreamingOutbox | undefined;
  /**
   * What ended in a dead-letter queue; `sourceQueueArn` names the queue a job came from, on a job its
   * queue's redrive policy moved there (`redriveDeadLetters` moves those back).
   */
  readonly deadLetters: { body: string; attributes: Record<string, string>; sourceQueueArn?: string }[] = [];
  readonly clock: SimulatedClock;
  /**
   * What the run cost in queue messages and invocations: the messages sent to each queue (SendMessage, or
   * a schedule's delivery; not a redelivery, a move to a dead-letter queue or a redrive), by the queue's
   * logical id, and the invocations of each function, by name.
   */
  readonly usage = { messages: new Map<string, number>(), invocations: new Map<string, number>() };
  /** The journeys' executions (local/stepfunctions.ts). */
  stepFunctions: LocalStepFunctions | undefined;
  /** dynalite's in-memory store: the tables' items (local/dynalite-server.ts). */
  dynamoStore: LocalDynamoStore | undefined;
  /** Every billable request of the run, as the deployed system would make it (local/cost/meter.ts). */
  readonly meter: CostMeter;

  private readonly handlers = new Map<string, Promise<Handler>>();
  private readonly queued = new VisibleMessages<QueuedMessage>();
  /** What happens later on the simulated clock: redeliveries, scheduled jobs. Run in time order. */
  private readonly timeline = new Timeline();
  /** The template's functions, queues and event source mappings by their ids. */
  private readonly functionsByArn: Map<string, LocalFunction>;
  private readonly queuesByUrl: Map<string, AppModel['queues'][number]>;
  private readonly queuesByArn: Map<string, AppModel['queues'][number]>;
  private readonly sourcesByQueue = new Map<string, AppModel['eventSources'][number]>();
  private readonly writes: Promise<void>[] = [];
  private eventCounter = 0;
  private readonly instance = ++runtimes;

  private constructor(
    readonly model: AppModel,
    private readonly options: LocalRuntimeOptions,
    private readonly close: () => Promise<void>,
    clock: SimulatedClock,
  ) {
    this.clock = clock;
    this.streamingOutbox = options.stream && options.outDir ? new StreamingOutbox(options.outDir) : undefined;
    this.meter = new CostMeter(new Set(model.eventSources.map((source) => source.queueArn)).size);
    this.functionsByArn = new Map(model.functions.map((f) => [f.arn, f]));
    this.queuesByUrl = new Map(model.queues.map((q) => [q.url, q]));
    this.queuesByArn = new Map(model.queues.map((q) => [q.arn, q]));
    // The first mapping of a queue serves it, as the runtime has always read them.
    for (const source of model.eventSources)
      if (!this.sourcesByQueue.has(source.queueArn)) this.sourcesByQueue.set(source.queueArn, source);
  }

  /** Starts dynalite and the local endpoints, synthesizes the app and creates its tables. */
  static async start(
    options: LocalRuntimeOptions = {},
    startTime = new Date('2026-01-05T08:00:00Z'),
  ): Promise<LocalHerald> {
    // First, so that an outbox directory Herald may not use stops the run before anything starts.
    if (options.outDir) prepareOutbox(options.outDir);
    quietAwsSdkNodeWarning();
    let runtime: LocalHerald | undefined;
    const endpoints = await startLocalEndpoints(
      {
        sqs: (message, messageId) =>
          runtime?.receiveSqs(
            message.queueUrl,
            message.body,
            message.attributes,
            messageId,
            message.delaySeconds,
          ),
        email: (email, messageId) => runtime?.receiveEmail(email, messageId),
        sms: (sms, messageId) => runtime?.receiveSms(sms, messageId),
        push: (push, messageId) => runtime?.receivePush(push, messageId),
        whatsapp: (message, messageId) => runtime?.receiveWhatsApp(message, messageId),
        schedule: (schedule) => runtime?.receiveSchedule(schedule) ?? false,
        event: (entry) => runtime?.receiveEvent(entry),
        answerLost: (channel) => runtime?.answerLost(channel),
        smsOptedOut: (phoneNumber) => runtime?.smsOptOuts.has(phoneNumber) ?? false,
        request: (service) => runtime?.meterCall(service),
      },
      options.faults,
    );
    const { server: dynamo, store: dynamoStore } = localDynalite({
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
    });
    meterDynalite(
      dynamo,
      (operation, read, write) => runtime?.meter.dynamoDb(operation, read, write, runtime.metering()),
      (tableName) => {
        const table = runtime?.model.tables.find((t) => t.name === tableName);
        const keys = Array.isArray(table?.keySchema) ? table.keySchema : [];
        return keys.map((k) => String((k as { AttributeName?: unknown }).AttributeName));
      },
    );
    await new Promise<void>((ok) => dynamo.listen(0, '127.0.0.1', () => ok()));
    const stopServingDynamo = serveInProcess(dynamo);
    const dynamoUrl = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;

    Object.assign(process.env, {
      AWS_REGION: REGION,
      AWS_DEFAULT_REGION: REGION,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: dynamoUrl,
      AWS_ENDPOINT_URL_SQS: endpoints.urls.sqs,
      AWS_ENDPOINT_URL_SESV2: endpoints.urls.sesv2,
      AWS_ENDPOINT_URL_SNS: endpoints.urls.sns,
      AWS_ENDPOINT_URL_PINPOINT: endpoints.urls.pinpoint,
      AWS_ENDPOINT_URL_SOCIALMESSAGING: endpoints.urls.socialmessaging,
      AWS_ENDPOINT_URL_SCHEDULER: endpoints.urls.scheduler,
      AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.urls.eventbridge,
      AWS_ENDPOINT_URL_KMS: endpoints.urls.kms,
      // One attempt per SDK call, as the deployed provider clients make (shared/adapters/aws/
      // provider-client.ts): the SDK's own retries would wait in real time, which a simulated day cannot
      // skip. A throttled or failed call goes straight to Herald's own retries, on the simulated clock.
      AWS_MAX_ATTEMPTS: '1',
    });

    const model = buildAppModel(synthesizeTemplates(options.envName), {
      sqsEndpoint: endpoints.urls.sqs,
      region: REGION,
    });
    // The journeys' state machines, on the simulated timeline (local/stepfunctions.ts).
    const stepFunctions = await LocalStepFunctions.start(model.stateMachines, {
      invoke: async (arn, payload) => {
        if (!runtime) throw new Error('the local runtime has not started');
        return runtime.invoke(runtime.functionByArn(arn), payload);
      },
      later: (at, what, run) => runtime?.later(at, what, run),
      now: () => new Date(),
      log: (line) => runtime?.operational(line),
      request: () => runtime?.meterCall('stepfunctions'),
      transition: (machine) => {
        runtime?.meter.transition();
        runtime?.meter.stateMachineLog(machine.logLevel);
      },
      // A state machine's events:putEvents Task: on the local bus like a function's PutEvents.
      putEvents: (entries) => {
        for (const e of entries)
          runtime?.receiveEvent({
            source: e.source,
            detailType: e.detailType,
            detail: e.detailText,
            resources: e.resources,
          });
      },
    });
    process.env.AWS_ENDPOINT_URL_SFN = stepFunctions.url;
    const admin = new DynamoDBClient({ endpoint: dynamoUrl, region: REGION });
    for (const table of model.tables) {
      await admin.send(
        new CreateTableCommand({
          TableName: table.name,
          KeySchema: table.keySchema as never,
          AttributeDefinitions: table.attributeDefinitions as never,
          BillingMode: 'PAY_PER_REQUEST',
          ...(table.globalSecondaryIndexes
            ? { GlobalSecondaryIndexes: table.globalSecondaryIndexes as never }
            : {}),
        }),
      );
      if (table.timeToLiveAttribute) {
        await admin
          .send(
            new UpdateTimeToLiveCommand({
              TableName: table.name,
              TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
            }),
          )
          .catch(() => undefined); // dynalite does not implement TTL; expiry is not simulated locally
      }
    }
    admin.destroy();

    const clock = SimulatedClock.install(startTime);
    runtime = new LocalHerald(
      model,
      options,
      async () => {
        clock.uninstall();
        await stepFunctions.close();
        await endpoints.close();
        stopServingDynamo();
        await new Promise<void>((ok) => dynamo.close(() => ok()));
      },
      clock,
    );
    runtime.stepFunctions = stepFunctions;
    runtime.dynamoStore = dynamoStore;
    return runtime;
  }

  async stop(): Promise<void> {
    await Promise.all(this.writes);
    await this.streamingOutbox?.finish();
    await this.settleAbandoned(this.close);
    if (this.bundleDir) rmSync(this.bundleDir, { recursive: true, force: true });
    if (this.options.outDir && !this.streamingOutbox)
      finishOutbox(this.options.outDir, this.outbox, this.records);
  }

  /**
   * Puts one entry on the local bus at the current simulated time, as PutEvents would, then runs every
   * function it triggers and every queued message until nothing is left to do. Whatever goes wrong while
   * handling the entry stays with it: a `rejected` record says what, and the next entry carries on.
   */
  async put(entry: BusEntry, eventId?: string): Promise<void> {
    try {
      await this.deliver(entry, eventId);
    } catch (error) {
      this.operational(
        `the local stack failed on ${String(entry.Source)} / ${String(entry.DetailType)}: ${error instanceof Error ? (error.stack ?? describeError(error)) : String(error)}`,
      );
      this.reject(entry, `not processed: the local stack failed (${describeError(error)})`);
    }
  }

  /** Each rule's pattern, compiled the first time an event meets it. */
  private readonly compiledPatterns = new Map<LocalRule, (fields: EventFields) => boolean>();
  private patternOf(rule: LocalRule): (fields: EventFields) => boolean {
    let compiled = this.compiledPatterns.get(rule);
    if (!compiled) {
      compiled = compileEventPattern(rule.pattern);
      this.compiledPatterns.set(rule, compiled);
    }
    return compiled;
  }

  private async deliver(entry: BusEntry, eventId?: string): Promise<void> {
    const event = this.toBusEvent(entry, eventId);
    if (!event) return;
    // Events of AWS services (source aws.*) arrive on the account's default bus; everything else is put
    // on the Herald bus.
    const bus = String(event.source).startsWith('aws.') ? 'default' : 'herald';
    const fields = eventFields(matchableEvent(event, entry.Detail));
    const matched = this.model.rules.filter((rule) => rule.bus === bus && this.patternOf(rule)(fields));
    const targets = matched.flatMap((r) => r.targetFunctionArns);
    this.meter.apiDestination(matched.reduce((sum, rule) => sum + rule.apiDestinationTargets, 0));
    // Herald's own outbound events (Card.HoldRequested, Customer.Erased, …) are for the bank: printed as
    // `emitted` records, with no Herald rule of their own, which is routine.
    if (targets.length === 0 && event.source !== HERALD_SOURCE) {
      this.operational(
        `no rule matches ${String(event.source)} / ${String(event['detail-type'])}: not delivered`,
      );
    }
    for (const arn of targets) await this.invokeAsync(this.functionByArn(arn), event, 0);
    this.deliverAgainLater(event, targets);
    await this.drainQueues();
  }

  private duplicateDraw: (() => number) | undefined;

  /**
   * Fault `duplicateDelivery` (N): EventBridge delivers at least once; here every event reaches each
   * target N times in all, the extra copies (the same event, same id) at seeded random times within
   * DUPLICATE_DELIVERY_WINDOW_MS after the first.
   */
  private deliverAgainLater(event: Record<string, unknown>, targets: string[]): void {
    const copies = this.options.faults?.duplicateDelivery ?? 1;
    if (copies <= 1 || targets.length === 0) return;
    this.duplicateDraw ??= seededRandom(this.options.faults?.seed ?? DEFAULT_FAULT_SEED, 'bus:duplicates');
    const now = this.clock.now().getTime();
    for (let copy = 2; copy <= copies; copy++) {
      for (const arn of targets) {
        const fn = this.functionByArn(arn);
        const at = now + 1000 + Math.floor(this.duplicateDraw() * (DUPLICATE_DELIVERY_WINDOW_MS - 1000));
        this.later(at, `duplicate delivery of ${String(event.id ?? 'log events')} to ${fn.name}`, () =>
          this.invokeAsync(fn, event, 0),
        );
      }
    }
  }

  /**
   * An asynchronous invocation, as EventBridge makes it: a failed attempt is retried after one and then two
   * more minutes (the function's two async retries); after the last, Lambda's on-failure destination puts
   * the event and the error in the DLQ. The rest of the input carries on either way.
   */
  private async invokeAsync(
    fn: LocalFunction,
    event: Record<string, unknown>,
    attempt: number,
  ): Promise<void> {
    try {
      await this.invoke(fn, event);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (attempt < ASYNC_RETRY_ATTEMPTS) {
        this.later(this.clock.now().getTime() + (attempt + 1) * 60_000, `retry of ${fn.name}`, () =>
          this.invokeAsync(fn, event, attempt + 1),
        );
        return;
      }
      const body = onFailureBody(event, message);
      // Lambda's on-failure destination sends the record to the queue: one SendMessage.
      this.meter.sqs('SendMessage', Buffer.byteLength(body));
      this.deadLetters.push({ body, attributes: { kind: 'on-failure', function: fn.name } });
    }
  }

  /** A record of the run: kept (unless streaming), handed to `onRecord`, and to the streaming outbox. */
  record(record: OutputRecord): void {
    this.recordCount += 1;
    if (!this.options.stream) this.records.push(record);
    else this.rememberEmail(record);
    this.streamingOutbox?.record(record);
    this.onRecord?.(record);
  }

  /**
   * How many things of each kind the runtime holds now: what a long streaming replay must not pile up (the
   * records and messages, the queues' served messages, e-mails waiting for their record, the store's open
   * iterators, ended executions' runs) next to what it holds by design (each customer's last e-mails, the
   * executions, the planned work, the dead letters).
   */
  held(): RuntimeHeld {
    let keptEmails = 0;
    for (const emails of this.lastEmails.values()) keptEmails += emails.length;
    const stepFunctions = this.stepFunctions?.held() ?? { executions: 0, parkedTasks: 0, runs: 0 };
    return {
      records: this.records.length,
      messages: this.outbox.length,
      queueEntries: this.queued.held,
      unrecordedEmails: this.unrecordedEmails.size,
      unnamedMessages: this.streamingOutbox?.waitingMessages ?? 0,
      keptEmails,
      openStoreIterators: this.dynamoStore?.openIterators ?? 0,
      executions: stepFunctions.executions,
      executionRuns: stepFunctions.runs,
      parkedTasks: stepFunctions.parkedTasks,
      planned: this.timeline.size,
      deadLetters: this.deadLetters.length,
    };
  }

  /** A message a provider took: kept (unless streaming) or handed to the streaming outbox. */
  private message(written: Promise<void> | undefined, message: OutboxMessage): void {
    this.messageCount += 1;
    if (this.streamingOutbox) this.streamingOutbox.message(message, written);
    else if (!this.options.stream) this.outbox.push(message);
    // Streaming, an e-mail waits for its `sent` record (same invocation), for emailsTo.
    if (this.options.stream && message.channel === 'email')
      this.unrecordedEmails.set(message.providerMessageId, message);
  }

  /** Streaming: e-mails waiting for their `sent` record; then each customer's last few e-mails. */
  private readonly unrecordedEmails = new Map<string, OutboxMessage>();
  private readonly lastEmails = new Map<string, OutboxMessage[]>();

  private rememberEmail(record: OutputRecord): void {
    if (record.kind !== 'delivery' || record.channel !== 'email' || !record.providerMessageId) return;
    const email = this.unrecordedEmails.get(record.providerMessageId);
    if (!email) return;
    this.unrecordedEmails.delete(record.providerMessageId);
    // A copy: the e-mail's links are slices of its HTML, which they would otherwise keep whole.
    const kept = [...(this.lastEmails.get(record.customerId) ?? []), structuredClone(email)].slice(
      -RECENT_EMAILS_KEPT,
    );
    this.lastEmails.set(record.customerId, kept);
  }

  /**
   * The e-mails sent to a customer, oldest first (the links a replay's click line opens): every one when
   * the run keeps its records, the last RECENT_EMAILS_KEPT when it streams.
   */
  emailsTo(customerId: string): OutboxMessage[] {
    if (this.options.stream) return [...(this.lastEmails.get(customerId) ?? [])];
    const ids = new Set(
      this.records.flatMap((r) =>
        r.kind === 'delivery' && r.customerId === customerId && r.channel === 'email' && r.providerMessageId
          ? [r.providerMessageId]
          : [],
      ),
    );
    return this.outbox.filter((m) => m.channel === 'email' && ids.has(m.providerMessageId));
  }

  /** A `rejected` record for an entry the local bus (or the local stack) could not take. */
  private reject(entry: BusEntry, reason: string): undefined {
    this.record({
      kind: 'rejected',
      v: 1,
      time: this.clock.now().toISOString(),
      source: typeof entry.Source === 'string' ? entry.Source : '',
      detailType: typeof entry.DetailType === 'string' ? entry.DetailType : '',
      reason,
    });
    return undefined;
  }

  /** The bus event of an entry (`id`: the EventId PutEvents answered, else a local one). */
  private toBusEvent(entry: BusEntry, id?: string): Record<string, unknown> | undefined {
    const reject = (reason: string) => this.reject(entry, reason);
    if (typeof entry.Source !== 'string' || entry.Source === '') return reject('Source: required string');
    if (typeof entry.DetailType !== 'string' || entry.DetailType === '')
      return reject('DetailType: required string');
    let detail: unknown = entry.Detail;
    if (typeof detail === 'string') {
      try {
        detail = JSON.parse(detail);
      } catch {
        return reject('Detail: not valid JSON');
      }
    }
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail))
      return reject('Detail: must be a JSON object');
    const size = entrySize({
      Source: entry.Source,
      DetailType: entry.DetailType,
      Detail: typeof entry.Detail === 'string' ? entry.Detail : jsonText(detail),
      ...(entry.Time !== undefined ? { Time: entry.Time } : {}),
    });
    if (size > MAX_REQUEST_BYTES)
      return reject(`entry: ${size} bytes, over the 256 KB (${MAX_REQUEST_BYTES} bytes) PutEvents accepts`);
    this.meter.busEvent(
      entry.Source === HERALD_SOURCE ? 'herald' : entry.Source.startsWith('aws.') ? 'aws' : 'bank',
      size,
    );
    this.eventCounter += 1;
    return {
      version: '0',
      id: id ?? `local-${String(this.eventCounter).padStart(6, '0')}`,
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: LOCAL_ACCOUNT,
      time: this.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      region: this.model.region,
      resources: Array.isArray(entry.Resources) ? entry.Resources.map(String) : [],
      detail,
    };
  }

  /**
   * Opens a link Herald put in a message as a browser or a mail client would (GET, or a POST with a form
   * body): the function behind the function URL the link is published under (local/function-urls.ts) gets
   * the request as Lambda hands it over. Undefined when no local function serves the link (a page of the
   * bank's own site).
   */
  async openLink(
    href: string,
    request: LinkRequest = {},
  ): Promise<APIGatewayProxyStructuredResultV2 | undefined> {
    const name = linkFunction(this.model, href);
    if (!name) return undefined;
    const event = functionUrlEvent(new URL(href), request, this.clock.now());
    return (await this.invokeFunction(name, event)) as APIGatewayProxyStructuredResultV2;
  }

  /** Whether a local function serves the link (it leads to a function URL of the template). */
  linkServed(href: string): boolean {
    return linkFunction(this.model, href) !== undefined;
  }

  /**
   * A customer's SMS or WhatsApp reply (local/inbound.ts), published to the inbound replies topic at the
   * current simulated time: every function the template subscribes to it runs, then every queued message.
   * An SMS's STOP or START first changes the provider's opt-out list, as End User Messaging does.
   * A reply that is no reply, or that a function fails on, leaves a `rejected` record saying why.
   */
  async receiveInbound(line: InboundLine, messageId: string): Promise<void> {
    const entry = { Source: `inbound.${String(line.inbound)}`, DetailType: 'InboundReply' };
    const problem = inboundProblem(line);
    if (problem) {
      this.reject(entry, problem);
      return;
    }
    const subscribers = this.model.topicSubscriptions
      .filter((s) => /InboundReplies/.test(s.topic))
      .map((s) => this.functionByArn(s.functionArn));
    const id = line.id ?? messageId;
    // The provider acts on its own keywords (STOP, START) before it publishes the reply.
    if (line.inbound === 'sms') this.smsOptOuts.heard(line.from, line.text ?? '');
    const message = inboundMessage(line.inbound, line.from, line.text ?? '', id, line.quickReply);
    const event = inboundSnsEvent(message, this.clock.now(), `sns-${id}`);
    try {
      for (const fn of subscribers) await this.invoke(fn, event);
      await this.drainQueues();
    } catch (error) {
      this.reject(entry, `not processed: the inbound reply failed (${describeError(error)})`);
    }
  }

  /**
   * Invokes a function by its name (functions/<name>) as Lambda would, with its template environment: for
   * inputs that do not come from the bus or a queue locally (a function URL, an SNS subscription).
   */
  async invokeFunction(name: string, event: unknown): Promise<unknown> {
    const fn = this.model.functions.find((f) => f.name === name);
    if (!fn) throw new Error(`no local function ${name}`);
    const result = await this.invoke(fn, event);
    await this.drainQueues();
    return result;
  }

  private functionByArn(arn: string): LocalFunction {
    const fn = this.functionsByArn.get(arn);
    if (!fn) throw new Error(`no local function for ${arn}`);
    return fn;
  }

  private loadHandler(fn: LocalFunction): Promise<Handler> {
    let loaded = this.handlers.get(fn.name);
    if (!loaded) {
      Object.assign(process.env, fn.environment);
      const source = join(ROOT, 'functions', fn.name, 'handler.ts');
      // A fresh execution environment after one was discarded: the module evaluated anew.
      const environment = this.discardedEnvironments.get(fn.name);
      const query = `runtime=${this.instance}${environment ? `&environment=${environment}` : ''}`;
      loaded = (this.options.bundled ? this.bundle(fn.name, source) : Promise.resolve(source))
        .then((entry) => import(`${pathToFileURL(entry).href}?${query}`))
        .then((m: { handler: Handler }) => m.handler);
      this.handlers.set(fn.name, loaded);
    }
    return loaded;
  }

  private async bundle(name: string, source: string): Promise<string> {
    const { bundleFunction } = await import('../infra/constructs/bundling.ts');
    this.bundleDir ??= mkdtempSync(join(tmpdir(), 'herald-local-bundles-'));
    const outfile = join(this.bundleDir, `${name}.mjs`);
    await bundleFunction(source, outfile);
    return outfile;
  }

  private bundleDir: string | undefined;

  /** Invokes a function's handler the way Lambda would, with its template environment. */
  private async invoke(fn: LocalFunction, event: unknown): Promise<unknown> {
    const handler = await this.loadHandler(fn);
    this.usage.invocations.set(fn.name, (this.usage.invocations.get(fn.name) ?? 0) + 1);
    Object.assign(process.env, fn.environment);
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      functionName: fn.name,
      functionVersion: '$LATEST',
      invokedFunctionArn: fn.arn,
      memoryLimitInMB: '256',
      awsRequestId: randomUUID(),
      logGroupName: `/aws/lambda/${fn.name}`,
      logStreamName: 'local',
      getRemainingTimeInMillis: () => 10_000,
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    } satisfies Context;
    const metered = this.meter.start(fn);
    const restore = this.captureOutput(fn);
    let invocation: Invocation | undefined;
    try {
      let end: (error: Error) => void = () => undefined;
      const ended = new Promise<never>((_, reject) => {
        end = reject;
      });
      const handling = (async () => handler(event, context))();
      invocation = { fn, metered, handling, end };
      this.running.push(invocation);
      return await Promise.race([handling, ended]);
    } catch (error) {
      this.operational(
        `${fn.name} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
      throw error;
    } finally {
      if (invocation) this.running.splice(this.running.indexOf(invocation), 1);
      restore();
      this.meter.end(metered);
    }
  }

  /** The invocation in progress the cost meter charges a call to, if any. */
  metering(): MeteredInvocation | undefined {
    return this.running.at(-1)?.metered;
  }

  /** A call to a local endpoint: KMS requests are billed; every call adds to its invocation's duration. */
  private meterCall(service: string): void {
    const invocation = this.metering();
    if (service === 'kms') this.meter.kms(invocation);
    else if (invocation) this.meter.call(invocation, service);
  }

  /** The invocations in progress, innermost last. */
  private readonly running: Invocation[] = [];
  /** Handlers of invocations that were ended while they still waited for an answer. */
  private readonly abandoned: Promise<unknown>[] = [];
  /** How many execution environments of each function were discarded. */
  private readonly discardedEnvironments = new Map<string, number>();

  /**
   * Fault `timeoutAfterSend`: the provider accepted a send (the outbox has it) and its answer never
   * reaches the function, which therefore records nothing. As on Lambda, the invocation ends at its
   * timeout, failed (a queue's batch becomes visible again after its visibility timeout), and its
   * execution environment is discarded: the next invocation imports the handler afresh. The abandoned
   * handler never resumes while the runtime runs (settleAbandoned).
   */
  private answerLost(channel: Channel): void {
    const invocation = this.running.at(-1);
    if (!invocation) return;
    const { fn } = invocation;
    this.abandoned.push(invocation.handling);
    this.handlers.delete(fn.name);
    this.discardedEnvironments.set(fn.name, (this.discardedEnvironments.get(fn.name) ?? 0) + 1);
    const timeout = new Error(`Task timed out: the ${channel} provider's answer never came`);
    timeout.name = 'Sandbox.Timedout';
    invocation.end(timeout);
  }

  /**
   * Closes the endpoints (`close`). Once they are closed, an abandoned handler's request fails and it runs
   * out against closed endpoints, recording nothing; what it writes (its invocation ended long ago) is
   * dropped.
   */
  private async settleAbandoned(close: () => Promise<void>): Promise<void> {
    if (this.abandoned.length === 0) {
      await close();
      return;
    }
    const original = { stdout: process.stdout.write, stderr: process.stderr.write };
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    let timer: NodeJS.Timeout | undefined;
    try {
      // Silenced before the endpoints close: a request of theirs fails as the endpoints go.
      await close();
      await Promise.race([
        Promise.allSettled(this.abandoned),
        new Promise<void>((ok) => {
          timer = setTimeout(ok, 30_000);
          timer.unref();
        }),
      ]);
    } finally {
      clearTimeout(timer);
      process.stdout.write = original.stdout;
      process.stderr.write = original.stderr;
    }
  }

  /**
   * Delivery log lines become records; every other line of the functions is operational log (stderr). Both
   * of a function's streams are read, as Lambda sends both to its log group: Powertools Logger writes its
   * WARN and ERROR lines to stderr. Each line is counted by the cost meter as CloudWatch Logs ingests it.
   */
  private captureOutput(fn: LocalFunction): () => void {
    const restores = [process.stdout, process.stderr].map((stream) => {
      const original = stream.write;
      let pending = '';
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        if (this.writingOperational)
          return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        let newline = pending.indexOf('\n');
        while (newline >= 0) {
          const line = pending.slice(0, newline);
          this.meter.logLine(fn, line);
          this.handleLine(line);
          pending = pending.slice(newline + 1);
          newline = pending.indexOf('\n');
        }
        return true;
      }) as typeof stream.write;
      return () => {
        stream.write = original;
        if (pending) {
          this.meter.logLine(fn, pending);
          this.handleLine(pending);
        }
      };
    });
    return () => {
      for (const restore of restores) restore();
    };
  }

  /** The template's log subscriptions, each with its filter pattern compiled. */
  private logSubscriptionsCompiled:
    | { subscription: LocalLogSubscription; matches: (line: string) => boolean }[]
    | undefined;
  private get logSubscriptions() {
    this.logSubscriptionsCompiled ??= this.model.logSubscriptions.map((subscription) => ({
      subscription,
      matches: compileFilterPattern(subscription.filterPattern),
    }));
    return this.logSubscriptionsCompiled;
  }
  /** Log events a subscription matched that CloudWatch Logs has yet to hand to its function. */
  private readonly pendingLogEvents = new Map<string, { id: string; timestamp: number; message: string }[]>();
  private logEventCounter = 0;

  /**
   * A line every function writes to the Herald log group goes to each subscription whose pattern it
   * matches: collected, then handed to the subscription's function as CloudWatch Logs does (one
   * asynchronous invocation per batch, `awslogs.data` gzip + base64), after the work in progress.
   */
  private toLogSubscriptions(line: string): void {
    for (const { subscription, matches } of this.logSubscriptions) {
      if (!matches(line)) continue;
      let batch = this.pendingLogEvents.get(subscription.key);
      if (!batch) {
        batch = [];
        this.pendingLogEvents.set(subscription.key, batch);
        this.later(this.clock.now().getTime(), `log subscription ${subscription.filterName}`, () =>
          this.deliverLogEvents(subscription),
        );
      }
      this.logEventCounter += 1;
      batch.push({
        id: String(this.logEventCounter).padStart(56, '0'),
        timestamp: this.clock.now().getTime(),
        message: line,
      });
    }
  }

  private async deliverLogEvents(subscription: LocalLogSubscription): Promise<void> {
    const logEvents = this.pendingLogEvents.get(subscription.key) ?? [];
    this.pendingLogEvents.delete(subscription.key);
    if (logEvents.length === 0) return;
    const data = {
      messageType: 'DATA_MESSAGE',
      owner: LOCAL_ACCOUNT,
      logGroup: subscription.logGroupName,
      logStream: 'local',
      subscriptionFilters: [subscription.filterName],
      logEvents,
    };
    const event = { awslogs: { data: gzipSync(JSON.stringify(data)).toString('base64') } };
    await this.invokeAsync(this.functionByArn(subscription.functionArn), event, 0);
    // Delivered at least once, like the bus: the duplicate-delivery fault redelivers these too.
    this.deliverAgainLater(event, [subscription.functionArn]);
  }

  private handleLine(line: string): void {
    this.toLogSubscriptions(line);
    if (line.startsWith('{')) {
      try {
        const parsed = JSON.parse(line) as { kind?: unknown };
        if (parsed.kind === 'delivery' || parsed.kind === 'rejected') {
          this.record(parsed as OutputRecord);
          return;
        }
      } catch {
        // not JSON: operational text
      }
    }
    this.operational(line);
  }

  private operational(line: string): void {
    // What the operational log writes is the runtime's own output, never a function's (captureOutput).
    this.writingOperational = true;
    try {
      this.writeOperational(line);
    } finally {
      this.writingOperational = false;
    }
  }

  /** Set while the operational log writes: the streams captureOutput patched pass its writes through. */
  private writingOperational = false;

  private writeOperational(line: string): void {
    if (this.options.operationalLog) this.options.operationalLog(line);
    else process.stderr.write(`${line}\n`);
  }

  private receiveSqs(
    queueUrl: string,
    body: string,
    attributes: Record<string, string>,
    messageId: string,
    delaySeconds = 0,
  ): void {
    const queue = this.queuesByUrl.get(queueUrl);
    if (!queue) throw new Error(`no local queue at ${queueUrl}`);
    this.usage.messages.set(queue.logicalId, (this.usage.messages.get(queue.logicalId) ?? 0) + 1);
    const message = { messageId, queueArn: queue.arn, body, attributes, receiveCount: 0 };
    this.meter.sqs('SendMessage', messageBytes(message));
    if (delaySeconds <= 0) {
      this.queued.push(message);
      return;
    }
    this.later(this.clock.now().getTime() + delaySeconds * 1000, `delayed ${messageId}`, () => {
      this.queued.push(message);
    });
  }

  /** Delivers queued messages to the functions their event source mappings name, batch by batch. */
  private async drainQueues(): Promise<void> {
    const consumed = (queueArn: string) => this.sourcesByQueue.has(queueArn);
    for (let guard = 0; guard < 10_000; guard++) {
      const next = this.queued.oldest(consumed);
      // A queue no function reads (the DLQ) keeps its messages: the dead letters.
      const unconsumed = this.queued.takeAll((arn) => !consumed(arn));
      for (const message of unconsumed) {
        this.deadLetters.push({
          body: message.body,
          attributes: message.attributes,
          ...(message.sourceQueueArn ? { sourceQueueArn: message.sourceQueueArn } : {}),
        });
      }
      if (!next) return;
      const source = this.sourcesByQueue.get(next);
      if (!source) return;
      const batch = this.queued.take(source.queueArn, source.batchSize);
      for (const message of batch) message.receiveCount += 1;
      // Lambda's poller: one ReceiveMessage for the batch, one DeleteMessageBatch for what succeeded.
      this.meter.sqs(
        'ReceiveMessage',
        batch.reduce((sum, m) => sum + messageBytes(m), 0),
      );
      const event: SQSEvent = {
        Records: batch.map((m) => ({
          messageId: m.messageId,
          receiptHandle: m.messageId,
          body: m.body,
          attributes: {
            ApproximateReceiveCount: String(m.receiveCount),
            SentTimestamp: String(this.clock.now().getTime()),
            SenderId: LOCAL_ACCOUNT,
            ApproximateFirstReceiveTimestamp: String(this.clock.now().getTime()),
          },
          messageAttributes: Object.fromEntries(
            Object.entries(m.attributes).map(([k, v]) => [
              k,
              { stringValue: v, dataType: 'String', stringListValues: [], binaryListValues: [] },
            ]),
          ),
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: m.queueArn,
          awsRegion: this.model.region,
        })),
      };
      let failed: string[];
      try {
        const response = (await this.invoke(this.functionByArn(source.functionArn), event)) as
          | SQSBatchResponse
          | undefined;
        failed = source.reportBatchItemFailures
          ? (response?.batchItemFailures ?? []).map((f) => f.itemIdentifier)
          : [];
      } catch {
        failed = batch.map((m) => m.messageId);
      }
      const failedIds = new Set(failed);
      if (failedIds.size < batch.length) this.meter.sqs('DeleteMessageBatch', 0);
      for (const message of batch.filter((m) => failedIds.has(m.messageId))) this.retryOrDeadLetter(message);
    }
    throw new Error('local queues did not drain');
  }

  private retryOrDeadLetter(message: QueuedMessage): void {
    const queue = this.model.queues.find((q) => q.arn === message.queueArn);
    if (queue?.redrive && message.receiveCount >= queue.redrive.maxReceiveCount) {
      const dlq = this.model.queues.find((q) => q.arn === queue.redrive?.deadLetterArn);
      if (dlq)
        this.queued.push({
          ...message,
          queueArn: dlq.arn,
          receiveCount: 0,
          sourceQueueArn: message.queueArn,
        });
      return;
    }
    // The message stays hidden for the queue's visibility timeout, then SQS delivers it again.
    const hiddenMs = (queue?.visibilityTimeoutSeconds ?? 30) * 1000;
    this.later(this.clock.now().getTime() + hiddenMs, `redelivery of ${message.messageId}`, () => {
      this.queued.push(message);
    });
  }

  /**
   * Moves every job a redrive policy dead-lettered back to the queue it came from, as new messages, and
   * runs them: what `herald redrive` starts on AWS (SQS StartMessageMoveTask, no destination). Returns
   * how many were moved. Rejected events and failed invocations stay where they are.
   */
  async redriveDeadLetters(): Promise<number> {
    const jobs = this.deadLetters.filter((entry) => entry.sourceQueueArn !== undefined);
    for (const job of jobs) {
      this.deadLetters.splice(this.deadLetters.indexOf(job), 1);
      this.queued.push({
        messageId: `redriven-${randomUUID()}`,
        queueArn: job.sourceQueueArn as string,
        body: job.body,
        attributes: job.attributes,
        receiveCount: 0,
      });
    }
    await this.drainQueues();
    return jobs.length;
  }

  private readonly schedules = new Set<string>();

  /**
   * An event a function put on the bus: printed as an `emitted` record, then put on the local bus after the
   * current work, like any other event (rules for Source `herald` see it).
   */
  private receiveEvent(entry: {
    source: string;
    detailType: string;
    detail: string;
    resources?: string[];
  }): void {
    let detail: unknown;
    try {
      detail = JSON.parse(entry.detail);
    } catch {
      detail = entry.detail;
    }
    this.record({
      kind: 'emitted',
      v: 1,
      time: this.clock.now().toISOString(),
      source: 'herald',
      detailType: entry.detailType,
      detail,
    });
    this.later(this.clock.now().getTime(), `event ${entry.detailType}`, () =>
      this.put({
        Source: entry.source,
        DetailType: entry.detailType,
        // The text as put, so that rules match its numbers as written.
        Detail: entry.detail,
        ...(entry.resources?.length ? { Resources: entry.resources } : {}),
      }),
    );
  }

  /** A one-off schedule: at its time, its input goes to its target queue; then it is deleted. */
  private receiveSchedule(schedule: ScheduleIn): boolean {
    const key = `${schedule.groupName ?? 'default'}/${schedule.name}`;
    if (this.schedules.has(key)) return false;
    const queue = this.queuesByArn.get(schedule.targetArn);
    if (!queue) throw new Error(`schedule ${key} targets ${schedule.targetArn}, which is not a local queue`);
    this.schedules.add(key);
    this.later(schedule.at.getTime(), `schedule ${key}`, () => {
      this.schedules.delete(key);
      this.meter.schedulerInvocation();
      this.receiveSqs(queue.url, schedule.input, {}, `sched-${schedule.name}`);
    });
    return true;
  }

  /** What is planned on the simulated timeline, in the order it will run. */
  planned(): { at: number; what: string }[] {
    return this.timeline.list().map(({ at, what }) => ({ at, what }));
  }

  /** Puts something on the simulated timeline. */
  later(at: number, what: string, run: () => void | Promise<void>): void {
    this.timeline.add(at, what, run);
  }

  /**
   * Moves the simulated clock to `time`, running everything planned before it in order, each at its own
   * time, with the functions it triggers.
   */
  async advanceTo(time: number): Promise<void> {
    for (let next = this.timeline.peek(); next && next.at <= time; next = this.timeline.peek()) {
      this.timeline.take();
      this.clock.setTo(new Date(next.at));
      try {
        await next.run();
        await this.drainQueues();
      } catch (error) {
        // Each planned item stays on its own: the rest of the timeline carries on.
        this.operational(`the local stack failed on ${next.what}: ${describeError(error)}`);
      }
    }
    this.clock.setTo(new Date(time));
  }

  /** Runs the timeline to its end (open work finishes), at most `limit` steps. */
  async runToEnd(limit = 100_000): Promise<void> {
    for (let steps = 0; steps < limit; steps++) {
      const next = this.timeline.peek();
      if (!next) return;
      await this.advanceTo(next.at);
    }
    if (this.timeline.size > 0) throw new Error(`the local timeline did not end after ${limit} steps`);
  }

  private receiveEmail(email: EmailIn, messageId: string): void {
    let emailWritten: Promise<void> | undefined;
    this.meter.email(email.to.length);
    const files: string[] = [];
    const time = this.clock.now();
    if (this.options.outDir) {
      const base = join(this.options.outDir, messageId);
      // The From header as SES would send it: the display name decoded, for MailComposer to encode again.
      const from = parseFromHeader(email.from);
      const mail = new MailComposer({
        from: from.name === undefined ? from.address : { name: from.name, address: from.address },
        to: email.to,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        subject: email.subject,
        ...(email.text !== undefined ? { text: email.text } : {}),
        ...(email.html !== undefined ? { html: email.html } : {}),
        date: time,
        messageId: `<${messageId}@herald.local>`,
        headers: {
          // SES tags are `herald_nid`, `herald_type`, …: `X-Herald-nid`, `X-Herald-type`, … (one prefix).
          ...Object.fromEntries(
            Object.entries(email.tags).map(([k, v]) => [`X-Herald-${k.replace(/^herald_/i, '')}`, v]),
          ),
          ...email.headers,
        },
      });
      const written = mail
        .compile()
        .build()
        .then((raw) => writeFileSync(`${base}.eml`, raw))
        .catch((error: unknown) => this.operational(`could not write ${base}.eml: ${String(error)}`));
      if (this.options.stream) emailWritten = written;
      else this.writes.push(written);
      files.push(`${base}.eml`);
      if (email.html !== undefined) {
        writeFileSync(`${base}.html`, email.html);
        files.push(`${base}.html`);
      }
    }
    this.message(emailWritten, {
      channel: 'email',
      providerMessageId: messageId,
      time: time.toISOString(),
      from: email.from,
      to: email.to,
      subject: email.subject,
      files,
      tags: email.tags,
      headers: email.headers,
      links: [...(email.html ?? '').matchAll(/href="([^"]+)"/g)].map((m) =>
        (m[1] ?? '').replaceAll('&amp;', '&'),
      ),
    });
  }

  private receiveSms(sms: SmsIn, messageId: string): void {
    this.meter.sms(sms.message);
    const files: string[] = [];
    const time = this.clock.now().toISOString();
    const smsType = sms.attributes['AWS.SNS.SMS.SMSType'];
    if (this.options.outDir) {
      const file = join(this.options.outDir, `${messageId}.sms.json`);
      writeFileSync(
        file,
        `${JSON.stringify({ to: sms.phoneNumber, text: sms.message, smsType, time }, null, 2)}\n`,
      );
      files.push(file);
    }
    this.message(undefined, {
      channel: 'sms',
      providerMessageId: messageId,
      time,
      to: sms.phoneNumber,
      text: sms.message,
      ...(smsType ? { smsType } : {}),
      files,
    });
  }

  private receivePush(push: PushIn, messageId: string): void {
    this.meter.push();
    const files: string[] = [];
    const time = this.clock.now().toISOString();
    const { token, ...rest } = push;
    if (this.options.outDir) {
      const file = join(this.options.outDir, `${messageId}.push.json`);
      writeFileSync(file, `${JSON.stringify({ to: token, ...rest, time }, null, 2)}\n`);
      files.push(file);
    }
    this.message(undefined, {
      channel: 'push',
      providerMessageId: messageId,
      time,
      platform: push.channelType,
      ...(push.title !== undefined ? { title: push.title } : {}),
      ...(push.body !== undefined ? { body: push.body } : {}),
      data: push.data,
      files,
    });
  }

  private receiveWhatsApp(whatsapp: WhatsAppIn, messageId: string): void {
    this.meter.whatsapp();
    const files: string[] = [];
    const time = this.clock.now().toISOString();
    if (this.options.outDir) {
      const file = join(this.options.outDir, `${messageId}.whatsapp.json`);
      writeFileSync(file, `${JSON.stringify({ ...whatsapp, time }, null, 2)}\n`);
      files.push(file);
    }
    const template = whatsapp.message.template as
      | { name?: unknown; language?: { code?: unknown } }
      | undefined;
    this.message(undefined, {
      channel: 'whatsapp',
      providerMessageId: messageId,
      time,
      to: whatsapp.to,
      ...(typeof template?.name === 'string' ? { template: template.name } : {}),
      ...(typeof template?.language?.code === 'string' ? { language: template.language.code } : {}),
      files,
    });
  }
}
