// One run of `npm run bench:cost`: a file of bank events replayed through the local stack as
// `herald replay FILE --cost` replays it (streaming, local/replay.ts), and what the cost meter
// (local/cost/meter.ts) counted, priced with the dated table (local/cost/prices.ts).
import { type CostLine, costOf } from '../local/cost/meter.ts';
import { DEFAULT_PRICES, type PriceTable } from '../local/cost/prices.ts';
import { replay } from '../local/replay.ts';
import type { BusEntry } from '../local/runtime.ts';
import { round } from './cold-start.ts';
import type { MixOutcome } from './cost-mixes.ts';

/** A service's line of the run: what was counted, in its priced unit, and its dollars per million bank events. */
export interface ServiceLine {
  service: string;
  unit: string;
  quantity: number;
  perMillionBankEvents: number;
}

/** What one replayed file cost, as bench/cost-results.json records it. */
export interface CostRun extends MixOutcome {
  /** `demo`, or the mix's name (bench/cost-mixes.ts). */
  name: string;
  title: string;
  summary: string;
  /** A mix's seed and claim (bench/cost-mixes.ts); the demo bank has its own, fixed in local/demo.ts. */
  seed?: number;
  claim?: string;
  /** Lines of the file, and how many of them the local stack rejected. */
  lines: number;
  rejected: number;
  heraldEvents: number;
  lambdaInvocations: number;
  /** The requests per service, infrastructure and channel fees apart. */
  infrastructure: ServiceLine[];
  channels: ServiceLine[];
  /** Dollars per million bank events and per million messages sent (undefined: none sent). */
  perMillionBankEvents: { infrastructure: number; channels: number };
  perMillionMessages?: { infrastructure: number; channels: number };
}

export interface CostResults {
  /** The price table the runs were priced with (local/cost/prices.ts). */
  prices: { region: string; asOf: string };
  /** The demo bank first, then the mixes in bench/cost-mixes.ts's order. */
  runs: CostRun[];
}

/** Replays `entries` through a fresh local stack with the cost meter and counts what the run did. */
export async function measureCost(
  entries: readonly BusEntry[],
  about: Pick<CostRun, 'name' | 'title' | 'summary' | 'seed' | 'claim'>,
  prices: PriceTable = DEFAULT_PRICES,
): Promise<CostRun> {
  const bankEventIds = new Set<string>();
  const customers = new Set<string>();
  for (const entry of entries) {
    const detail = entry.Detail as { eventId?: unknown; customerId?: unknown } | undefined;
    if (typeof detail?.eventId === 'string') bankEventIds.add(detail.eventId);
    if (entry.DetailType === 'Customer.Upserted' && typeof detail?.customerId === 'string')
      customers.add(detail.customerId);
  }
  const alerting = new Set<string>();
  const journeys = new Set<string>();
  let summary = { lines: 0, rejected: 0 };
  const herald = await replay(entries.map((entry) => JSON.stringify(entry)).join('\n'), {
    stream: true,
    operationalLog: () => undefined,
    onRecord: (record) => {
      if (record.kind !== 'delivery') return;
      if (record.status === 'sent' && bankEventIds.has(record.eventId)) alerting.add(record.eventId);
      if (record.journey) journeys.add(`${record.customerId} ${record.journey}`);
    },
    onSummary: (s) => {
      summary = s;
    },
  });
  const usage = herald.meter.usage();
  const cost = costOf(usage, prices);
  const perMillion = (line: CostLine): ServiceLine => ({
    service: line.service,
    unit: line.unit,
    quantity: line.quantity,
    perMillionBankEvents: cost.bankEvents > 0 ? round((line.dollars / cost.bankEvents) * 1e6, 4) : 0,
  });
  return {
    ...about,
    lines: summary.lines,
    rejected: summary.rejected,
    customers: customers.size,
    bankEvents: cost.bankEvents,
    messagesSent: cost.messagesSent,
    alertingBankEvents: alerting.size,
    journeys: journeys.size,
    heraldEvents: usage.eventBridge.heraldEvents,
    lambdaInvocations: usage.lambda.invocations,
    infrastructure: cost.infrastructure.map(perMillion),
    channels: cost.channels.map(perMillion),
    perMillionBankEvents: cost.perMillionBankEvents ?? { infrastructure: 0, channels: 0 },
    ...(cost.perMillionMessages ? { perMillionMessages: cost.perMillionMessages } : {}),
  };
}
