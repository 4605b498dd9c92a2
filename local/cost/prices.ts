// The prices the cost meter (local/cost/meter.ts) turns requests into money with: one table, for one region,
// dated. They are AWS list prices (on-demand, no free tier, first volume tier) in US dollars, as published
// on the services' pricing pages for US East (N. Virginia); the channel fees depend on the destination
// country and are marked as examples. Another region or a negotiated rate is another table of the same
// shape: `herald replay --cost --prices FILE.json` reads one (any field left out keeps this table's value).
//
// Beside the prices, the model the meter needs for what the local stack cannot measure as AWS would: the
// billed duration of an invocation (LATENCY_MODEL) and the sizes of the lines Lambda writes itself.

export interface PriceTable {
  /** The region the prices are for. */
  region: string;
  /** When the prices were read from the pricing pages (YYYY-MM-DD). */
  asOf: string;
  eventBridge: {
    /** Custom and partner events put on a bus, per million 64 KB chunks. Events of AWS services are free. */
    eventsPerMillion: number;
    /** EventBridge Scheduler, per million invocations. */
    schedulerInvocationsPerMillion: number;
    /** API destinations, per million invocations. */
    apiDestinationsPerMillion: number;
  };
  lambda: {
    /** Per million requests (invocations). */
    requestsPerMillion: number;
    /** Per GB-second of billed duration, arm64 (Herald's architecture), first tier. */
    gbSecond: number;
  };
  /** Standard queues, per million requests (each 64 KB chunk of a payload is a request). */
  sqs: { requestsPerMillion: number };
  /** On-demand capacity, Standard table class. */
  dynamoDb: { readRequestUnitsPerMillion: number; writeRequestUnitsPerMillion: number };
  /** Standard workflows, per 1,000 state transitions. */
  stepFunctions: { transitionsPerThousand: number };
  /** Per 10,000 requests (GenerateMac and VerifyMac included). */
  kms: { requestsPerTenThousand: number };
  /** CloudWatch Logs, Standard log class, per GB ingested. */
  logs: { ingestedPerGb: number };
  /** X-Ray, per million traces recorded. */
  xray: { tracesPerMillion: number; sampledShare: number };
  /** The channels' own fees: the provider's (and for WhatsApp, Meta's) price per unit sent. */
  channels: {
    /** SES, per e-mail (per recipient). */
    email: number;
    /** SMS, per message part (segment); varies by destination country. */
    smsSegment: number;
    /** Push through End User Messaging, per notification. */
    push: number;
    /** WhatsApp through End User Messaging Social, per template message: AWS's fee plus Meta's. */
    whatsappMessage: number;
  };
}

/**
 * US East (N. Virginia) list prices. The channel fees are examples for one destination (the United States):
 * SMS and WhatsApp prices differ by a factor of ten between countries; put the rate of your customers'
 * country in a table of your own.
 */
export const US_EAST_1: PriceTable = {
  region: 'us-east-1',
  asOf: '2025-06-01',
  eventBridge: { eventsPerMillion: 1.0, schedulerInvocationsPerMillion: 1.0, apiDestinationsPerMillion: 0.2 },
  lambda: { requestsPerMillion: 0.2, gbSecond: 0.0000133334 },
  sqs: { requestsPerMillion: 0.4 },
  dynamoDb: { readRequestUnitsPerMillion: 0.125, writeRequestUnitsPerMillion: 0.625 },
  stepFunctions: { transitionsPerThousand: 0.025 },
  kms: { requestsPerTenThousand: 0.03 },
  logs: { ingestedPerGb: 0.5 },
  // Default sampling: one request a second, then 5 %; at a bank's volume the 5 % is what counts.
  xray: { tracesPerMillion: 5.0, sampledShare: 0.05 },
  channels: {
    email: 0.0001,
    // Example: a US number, base price plus carrier fee per part.
    smsSegment: 0.00883,
    push: 0.000001,
    // Example: $0.005 AWS fee plus Meta's utility-template price for a US number.
    whatsappMessage: 0.009,
  },
};

export const DEFAULT_PRICES = US_EAST_1;

/** A price table with the fields `overrides` gives replaced (a per-environment table, --prices FILE). */
export function withPrices(
  overrides: DeepPartial<PriceTable>,
  base: PriceTable = DEFAULT_PRICES,
): PriceTable {
  const merged = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      typeof value === 'object' && value !== null && typeof current === 'object' && current !== null
        ? { ...current, ...value }
        : value;
  }
  return merged as unknown as PriceTable;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

/**
 * How long an invocation is billed, as the local stack models it: the local stack runs every handler in one
 * process against in-process stand-ins, so its wall time says nothing about Lambda's. A warm invocation is
 * billed BASE_MS of its own work plus, for each call it makes to another service, that call's typical
 * latency from Lambda in the same region (median, milliseconds; the calls are counted as made one after the
 * other, which is how Herald's handlers make them). Cold starts (the INIT phase, billed since August 2025)
 * are left out: how often they happen depends on the traffic's shape, not on the code path.
 */
export const LATENCY_MODEL = {
  baseMs: 5,
  callMs: {
    dynamodb: 6,
    sqs: 12,
    eventbridge: 20,
    scheduler: 25,
    kms: 8,
    stepfunctions: 25,
    ses: 60,
    sns: 50,
    pinpoint: 70,
    socialmessaging: 120,
  } as Record<string, number>,
} as const;

/**
 * CloudWatch Logs counts a log event as its UTF-8 bytes plus 26 bytes (PutLogEvents' size rule); the meter
 * counts ingested bytes the same way, per line.
 */
export const LOG_EVENT_OVERHEAD_BYTES = 26;
