// The cost meter of the local stack: every billable request the deployed system would make for the same
// input, counted where the local stack makes (or stands in for) it, and priced with one dated table
// (local/cost/prices.ts). What is counted, and how:
//
// - EventBridge: every event put on a bus (the bank's, Herald's own through PutEvents or a state machine's
//   events:putEvents Task), in 64 KB chunks of its PutEvents entry size; events of AWS services (source
//   aws.*) are free. The duplicate deliveries of --fault duplicate-delivery are not puts and cost nothing.
//   API destinations: one invocation per event a rule with an API destination target matches.
// - Scheduler: one invocation per one-off schedule that fires (its SendMessage is counted under SQS).
// - Lambda: one request per invocation (retries included); GB-seconds from the function's MemorySize in
//   the synthesized template times the billed duration, which LATENCY_MODEL estimates (a base plus a typical
//   latency per call the invocation makes to another service).
// - SQS, in 64 KB chunks of the payload: SendMessage by a function, a schedule or Lambda's on-failure
//   destination; and the event source mapping's poller as Lambda runs it: one ReceiveMessage per batch it
//   hands to the function (the batches the local stack forms) and one DeleteMessageBatch per batch with at
//   least one message processed. The poller's empty receives while a queue is idle (Lambda long-polls with
//   five connections per mapping) are a fixed monthly cost, reported apart, not per event.
// - DynamoDB: the read and write request units each request consumed, as dynalite reports them when asked
//   for ConsumedCapacity (local/cost/dynalite-meter.ts), with DynamoDB's rules where dynalite reports
//   nothing (local/cost/dynamodb-units.ts).
// - Step Functions: state transitions of Standard workflows (retries included), and the log events a
//   state machine with logging level ALL writes (STEP_FUNCTIONS_LOG_MODEL).
// - KMS: every request (GenerateMac, VerifyMac).
// - CloudWatch Logs: every line a function writes (stdout and stderr), filtered as its LoggingConfig filters
//   (JSON format: by application log level), plus the lines Lambda writes itself for each invocation as the
//   function is configured: START, END and REPORT (with the X-Ray line when tracing is active) in Text
//   format; platform.start and platform.report in JSON format unless the system log level is WARN.
// - X-Ray: traces recorded, a sampled share of the traces started (one per event put and schedule fired).
// - Channel fees, apart: e-mails per recipient, SMS segments (local/cost/sms-segments.ts), push
//   notifications, WhatsApp template messages.
import { randomUUID } from 'node:crypto';
import type { LocalFunction } from '../app-model.ts';
import { type Floors, floorsOf } from './floors.ts';
import { LATENCY_MODEL, LOG_EVENT_OVERHEAD_BYTES, type PriceTable } from './prices.ts';
import { smsSegments } from './sms-segments.ts';

const CHUNK = 64 * 1024;
const chunks = (bytes: number) => Math.max(1, Math.ceil(bytes / CHUNK));
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The log events a Standard workflow with logging level ALL and no execution data writes, modelled per
 * state transition (state entered and exited, and for a Task its scheduled, started and succeeded events,
 * about three on average) at the typical size of such an event.
 */
export const STEP_FUNCTIONS_LOG_MODEL = { eventsPerTransition: 3, bytesPerEvent: 320 } as const;

export interface FunctionUsage {
  invocations: number;
  memoryMb: number;
  /** Billed milliseconds, summed over invocations. */
  billedMs: number;
  gbSeconds: number;
  /** Log events and bytes (with the per-event overhead): the function's own lines and Lambda's. */
  appLogEvents: number;
  appLogBytes: number;
  platformLogEvents: number;
  platformLogBytes: number;
}

export interface Usage {
  eventBridge: {
    bankEvents: number;
    heraldEvents: number;
    awsEvents: number;
    /** 64 KB chunks billed (bank and Herald events). */
    chunks: number;
    apiDestinationInvocations: number;
    schedulerInvocations: number;
  };
  lambda: {
    invocations: number;
    billedMs: number;
    gbSeconds: number;
    functions: Record<string, FunctionUsage>;
  };
  sqs: { requests: number; byOperation: Record<string, number> };
  dynamoDb: { requests: number; byOperation: Record<string, number>; readUnits: number; writeUnits: number };
  stepFunctions: { transitions: number };
  kms: { requests: number };
  logs: { events: number; bytes: number };
  xray: { tracesStarted: number };
  channels: { emails: number; smsMessages: number; smsSegments: number; push: number; whatsapp: number };
  /** Queues an event source mapping polls: each costs its idle polling every month, whatever the traffic. */
  polledQueues: number;
}

const emptyUsage = (): Usage => ({
  eventBridge: {
    bankEvents: 0,
    heraldEvents: 0,
    awsEvents: 0,
    chunks: 0,
    apiDestinationInvocations: 0,
    schedulerInvocations: 0,
  },
  lambda: { invocations: 0, billedMs: 0, gbSeconds: 0, functions: {} },
  sqs: { requests: 0, byOperation: {} },
  dynamoDb: { requests: 0, byOperation: {}, readUnits: 0, writeUnits: 0 },
  stepFunctions: { transitions: 0 },
  kms: { requests: 0 },
  logs: { events: 0, bytes: 0 },
  xray: { tracesStarted: 0 },
  channels: { emails: 0, smsMessages: 0, smsSegments: 0, push: 0, whatsapp: 0 },
  polledQueues: 0,
});

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
const levelRank = (level: string | undefined) => {
  const i = LEVELS.indexOf((level ?? 'INFO').toUpperCase());
  return i < 0 ? LEVELS.indexOf('INFO') : i;
};

/** The level Lambda reads from a JSON line (`level`, else INFO), for application log filtering. */
function lineLevel(line: string): string {
  if (!line.startsWith('{')) return 'INFO';
  const match = /"level":"([A-Za-z]+)"/.exec(line);
  return match?.[1] ?? 'INFO';
}

/** An invocation being metered: the calls it made so far, in modelled milliseconds. */
export interface MeteredInvocation {
  fn: LocalFunction;
  callMs: number;
}

export class CostMeter {
  private readonly counted = emptyUsage();

  constructor(polledQueues = 0) {
    this.counted.polledQueues = polledQueues;
  }

  /** What was counted so far (a copy). */
  usage(): Usage {
    return structuredClone(this.counted);
  }

  busEvent(origin: 'bank' | 'herald' | 'aws', entryBytes: number): void {
    const eb = this.counted.eventBridge;
    if (origin === 'aws') {
      eb.awsEvents += 1;
      return;
    }
    if (origin === 'bank') eb.bankEvents += 1;
    else eb.heraldEvents += 1;
    eb.chunks += chunks(entryBytes);
    this.counted.xray.tracesStarted += 1;
  }

  apiDestination(invocations: number): void {
    this.counted.eventBridge.apiDestinationInvocations += invocations;
  }

  schedulerInvocation(): void {
    this.counted.eventBridge.schedulerInvocations += 1;
    this.counted.xray.tracesStarted += 1;
  }

  /** An SQS request with `payloadBytes` of messages in it: one request per 64 KB chunk. */
  sqs(operation: string, payloadBytes: number, invocation?: MeteredInvocation): void {
    const requests = chunks(payloadBytes);
    this.counted.sqs.requests += requests;
    this.counted.sqs.byOperation[operation] = (this.counted.sqs.byOperation[operation] ?? 0) + requests;
    if (invocation) this.call(invocation, 'sqs');
  }

  dynamoDb(operation: string, readUnits: number, writeUnits: number, invocation?: MeteredInvocation): void {
    const d = this.counted.dynamoDb;
    d.requests += 1;
    d.byOperation[operation] = (d.byOperation[operation] ?? 0) + 1;
    d.readUnits += readUnits;
    d.writeUnits += writeUnits;
    if (invocation) this.call(invocation, 'dynamodb');
  }

  transition(): void {
    this.counted.stepFunctions.transitions += 1;
  }

  kms(invocation?: MeteredInvocation): void {
    this.counted.kms.requests += 1;
    if (invocation) this.call(invocation, 'kms');
  }

  /** A call to another service that costs nothing by itself but takes time (SES, SNS, StartExecution, …). */
  call(invocation: MeteredInvocation, service: string): void {
    invocation.callMs += LATENCY_MODEL.callMs[service] ?? 0;
  }

  email(recipients: number): void {
    this.counted.channels.emails += recipients;
  }

  sms(text: string): void {
    this.counted.channels.smsMessages += 1;
    this.counted.channels.smsSegments += smsSegments(text);
  }

  push(): void {
    this.counted.channels.push += 1;
  }

  whatsapp(): void {
    this.counted.channels.whatsapp += 1;
  }

  private functionUsage(fn: LocalFunction): FunctionUsage {
    const functions = this.counted.lambda.functions;
    functions[fn.name] ??= {
      invocations: 0,
      memoryMb: fn.memoryMb,
      billedMs: 0,
      gbSeconds: 0,
      appLogEvents: 0,
      appLogBytes: 0,
      platformLogEvents: 0,
      platformLogBytes: 0,
    };
    return functions[fn.name] as FunctionUsage;
  }

  private logEvent(usage: FunctionUsage, bytes: number, platform: boolean): void {
    const size = bytes + LOG_EVENT_OVERHEAD_BYTES;
    if (platform) {
      usage.platformLogEvents += 1;
      usage.platformLogBytes += size;
    } else {
      usage.appLogEvents += 1;
      usage.appLogBytes += size;
    }
    this.counted.logs.events += 1;
    this.counted.logs.bytes += size;
  }

  /** A line a function wrote: ingested unless its JSON log format's application log level drops it. */
  logLine(fn: LocalFunction, line: string): void {
    if (line === '') return;
    const { format, applicationLevel } = fn.logging;
    if (format === 'JSON' && levelRank(lineLevel(line)) < levelRank(applicationLevel)) return;
    this.logEvent(this.functionUsage(fn), utf8(line), false);
  }

  /** Log events a state machine's logging writes for one transition (STEP_FUNCTIONS_LOG_MODEL). */
  stateMachineLog(level: string | undefined): void {
    if (level !== 'ALL') return;
    for (let i = 0; i < STEP_FUNCTIONS_LOG_MODEL.eventsPerTransition; i++) {
      this.counted.logs.events += 1;
      this.counted.logs.bytes += STEP_FUNCTIONS_LOG_MODEL.bytesPerEvent + LOG_EVENT_OVERHEAD_BYTES;
    }
  }

  /** Starts metering one invocation of `fn`. */
  start(fn: LocalFunction): MeteredInvocation {
    return { fn, callMs: 0 };
  }

  /** Ends an invocation: its request, billed duration and GB-seconds, and Lambda's own log lines. */
  end(invocation: MeteredInvocation): void {
    const { fn } = invocation;
    const billedMs = Math.ceil(LATENCY_MODEL.baseMs + invocation.callMs);
    const gbSeconds = (fn.memoryMb / 1024) * (billedMs / 1000);
    const usage = this.functionUsage(fn);
    usage.invocations += 1;
    usage.billedMs += billedMs;
    usage.gbSeconds += gbSeconds;
    const lambda = this.counted.lambda;
    lambda.invocations += 1;
    lambda.billedMs += billedMs;
    lambda.gbSeconds += gbSeconds;
    for (const line of platformLines(fn, billedMs)) this.logEvent(usage, utf8(line), true);
  }
}

/** The lines Lambda writes for one invocation, as the function's LoggingConfig and tracing ask. */
export function platformLines(fn: LocalFunction, billedMs: number): string[] {
  const { format, systemLevel } = fn.logging;
  const id = randomUUID();
  const duration = (billedMs - 0.5).toFixed(2);
  const time = '2026-01-05T08:00:00.000Z';
  const traceId = '1-6581c2f4-3d5f1e2a4b6c7d8e9f0a1b2c';
  const segment = '3f2a1b4c5d6e7f80';
  if (format === 'JSON') {
    // platform.start and platform.report are logged at INFO: a system log level of WARN drops them.
    if (levelRank(systemLevel) > levelRank('INFO')) return [];
    const tracing = fn.tracing
      ? `,"tracing":{"spanId":"${segment}","type":"X-Amzn-Trace-Id","value":"Root=${traceId};Parent=${segment};Sampled=1"}`
      : '';
    return [
      `{"time":"${time}","type":"platform.start","record":{"requestId":"${id}","version":"$LATEST"${tracing}}}`,
      `{"time":"${time}","type":"platform.report","record":{"requestId":"${id}","metrics":{"durationMs":${duration},"billedDurationMs":${billedMs},"memorySizeMB":${fn.memoryMb},"maxMemoryUsedMB":96}${tracing},"status":"success"}}`,
    ];
  }
  const xray = fn.tracing ? `\nXRAY TraceId: ${traceId}\tSegmentId: ${segment}\tSampled: true\t` : '';
  return [
    `START RequestId: ${id} Version: $LATEST`,
    `END RequestId: ${id}`,
    `REPORT RequestId: ${id}\tDuration: ${duration} ms\tBilled Duration: ${billedMs} ms\tMemory Size: ${fn.memoryMb} MB\tMax Memory Used: 96 MB\t${xray}`,
  ];
}

/** Idle long polling of one event source mapping: five connections, one 20-second receive each at a time. */
export const IDLE_RECEIVES_PER_QUEUE_MONTH = 5 * 3 * 60 * 24 * 30;

export interface CostLine {
  service: string;
  /** What was counted, in the unit it is priced in. */
  quantity: number;
  unit: string;
  dollars: number;
}

export interface CostBreakdown {
  prices: { region: string; asOf: string };
  infrastructure: CostLine[];
  channels: CostLine[];
  infrastructureDollars: number;
  channelDollars: number;
  bankEvents: number;
  messagesSent: number;
  /** Dollars per million bank events and per million messages sent; undefined when there were none. */
  perMillionBankEvents?: { infrastructure: number; channels: number };
  perMillionMessages?: { infrastructure: number; channels: number };
  /** What the event source mappings' idle polling costs a month, whatever the traffic. */
  fixedMonthlyDollars: number;
  /** The floors to read the figures against, per million, at the same prices (local/cost/floors.ts). */
  floors: Floors;
}

const round = (n: number, digits = 6) => Math.round(n * 10 ** digits) / 10 ** digits;

export function costOf(usage: Usage, prices: PriceTable): CostBreakdown {
  const eb = usage.eventBridge;
  const infrastructure: CostLine[] = [
    {
      service: 'EventBridge events',
      quantity: eb.chunks,
      unit: '64 KB events',
      dollars: (eb.chunks * prices.eventBridge.eventsPerMillion) / 1e6,
    },
    {
      service: 'EventBridge API destinations',
      quantity: eb.apiDestinationInvocations,
      unit: 'invocations',
      dollars: (eb.apiDestinationInvocations * prices.eventBridge.apiDestinationsPerMillion) / 1e6,
    },
    {
      service: 'EventBridge Scheduler',
      quantity: eb.schedulerInvocations,
      unit: 'invocations',
      dollars: (eb.schedulerInvocations * prices.eventBridge.schedulerInvocationsPerMillion) / 1e6,
    },
    {
      service: 'Lambda requests',
      quantity: usage.lambda.invocations,
      unit: 'invocations',
      dollars: (usage.lambda.invocations * prices.lambda.requestsPerMillion) / 1e6,
    },
    {
      service: 'Lambda duration',
      quantity: round(usage.lambda.gbSeconds),
      unit: 'GB-seconds',
      dollars: usage.lambda.gbSeconds * prices.lambda.gbSecond,
    },
    {
      service: 'SQS',
      quantity: usage.sqs.requests,
      unit: 'requests',
      dollars: (usage.sqs.requests * prices.sqs.requestsPerMillion) / 1e6,
    },
    {
      service: 'DynamoDB reads',
      quantity: usage.dynamoDb.readUnits,
      unit: 'read request units',
      dollars: (usage.dynamoDb.readUnits * prices.dynamoDb.readRequestUnitsPerMillion) / 1e6,
    },
    {
      service: 'DynamoDB writes',
      quantity: usage.dynamoDb.writeUnits,
      unit: 'write request units',
      dollars: (usage.dynamoDb.writeUnits * prices.dynamoDb.writeRequestUnitsPerMillion) / 1e6,
    },
    {
      service: 'Step Functions',
      quantity: usage.stepFunctions.transitions,
      unit: 'state transitions',
      dollars: (usage.stepFunctions.transitions * prices.stepFunctions.transitionsPerThousand) / 1e3,
    },
    {
      service: 'KMS',
      quantity: usage.kms.requests,
      unit: 'requests',
      dollars: (usage.kms.requests * prices.kms.requestsPerTenThousand) / 1e4,
    },
    {
      service: 'CloudWatch Logs',
      quantity: usage.logs.bytes,
      unit: 'bytes ingested',
      dollars: (usage.logs.bytes / 1024 ** 3) * prices.logs.ingestedPerGb,
    },
    {
      service: 'X-Ray',
      quantity: round(usage.xray.tracesStarted * prices.xray.sampledShare),
      unit: 'traces recorded',
      dollars: (usage.xray.tracesStarted * prices.xray.sampledShare * prices.xray.tracesPerMillion) / 1e6,
    },
  ];
  const ch = usage.channels;
  const channels: CostLine[] = [
    {
      service: 'E-mail (SES)',
      quantity: ch.emails,
      unit: 'e-mails',
      dollars: ch.emails * prices.channels.email,
    },
    {
      service: 'SMS',
      quantity: ch.smsSegments,
      unit: 'segments',
      dollars: ch.smsSegments * prices.channels.smsSegment,
    },
    { service: 'Push', quantity: ch.push, unit: 'notifications', dollars: ch.push * prices.channels.push },
    {
      service: 'WhatsApp',
      quantity: ch.whatsapp,
      unit: 'template messages',
      dollars: ch.whatsapp * prices.channels.whatsappMessage,
    },
  ];
  const sum = (lines: CostLine[]) => lines.reduce((total, line) => total + line.dollars, 0);
  const infrastructureDollars = sum(infrastructure);
  const channelDollars = sum(channels);
  const bankEvents = eb.bankEvents;
  const messagesSent = ch.emails + ch.smsMessages + ch.push + ch.whatsapp;
  const perMillion = (count: number) =>
    count > 0
      ? {
          infrastructure: round((infrastructureDollars / count) * 1e6, 4),
          channels: round((channelDollars / count) * 1e6, 4),
        }
      : undefined;
  const perEvents = perMillion(bankEvents);
  const perMessages = perMillion(messagesSent);
  return {
    prices: { region: prices.region, asOf: prices.asOf },
    infrastructure,
    channels,
    infrastructureDollars,
    channelDollars,
    bankEvents,
    messagesSent,
    ...(perEvents ? { perMillionBankEvents: perEvents } : {}),
    ...(perMessages ? { perMillionMessages: perMessages } : {}),
    fixedMonthlyDollars:
      (usage.polledQueues * IDLE_RECEIVES_PER_QUEUE_MONTH * prices.sqs.requestsPerMillion) / 1e6,
    floors: floorsOf(prices),
  };
}

const money = (dollars: number) => `$${dollars < 1 ? dollars.toFixed(4) : dollars.toFixed(2)}`;

/** The cost table `herald replay --cost` and the demo print. */
export function formatCost(usage: Usage, cost: CostBreakdown): string {
  const lines: string[] = [];
  lines.push(
    `Cost (modelled; ${cost.prices.region} list prices as of ${cost.prices.asOf}, local/cost/prices.ts)`,
  );
  lines.push(
    `  ${count(cost.bankEvents, 'bank event')}, ${count(cost.messagesSent, 'message')} sent; ${count(usage.lambda.invocations, 'invocation')}, ${count(usage.eventBridge.heraldEvents, 'Herald event')}`,
  );
  lines.push('  requests per service                          count   $ in this run');
  const row = (line: CostLine) =>
    `  ${`${line.service} (${line.unit})`.padEnd(44)}${String(line.quantity).padStart(8)}   ${money(line.dollars)}`;
  for (const line of cost.infrastructure) lines.push(row(line));
  lines.push('  channel fees');
  for (const line of cost.channels) lines.push(row(line));
  const per = (label: string, value: { infrastructure: number; channels: number } | undefined) =>
    value
      ? `  per million ${label}: infrastructure ${money(value.infrastructure)}, channel fees ${money(value.channels)}`
      : `  per million ${label}: none in this run`;
  lines.push(per('bank events', cost.perMillionBankEvents));
  lines.push(per('messages sent', cost.perMillionMessages));
  // To the tenth of a cent: the no-alert floor is $1.325.
  const floor = (dollars: number) => `$${Number(dollars.toFixed(3))}`;
  lines.push(
    `  floors per million: a bank event that alerts no one ${floor(cost.floors.noAlertEvent)} (event, invocation, read); a message sent ${floor(cost.floors.sentMessage)} more (claim, queue, send, record)`,
  );
  lines.push(
    `  fixed, whatever the traffic: ${usage.polledQueues} polled queues idle ${money(cost.fixedMonthlyDollars)} a month`,
  );
  return `${lines.join('\n')}\n`;
}

/** `1 message`, `2 messages`. */
const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
