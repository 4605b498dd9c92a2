// What one bank event costs each trigger function, per path (bench/scenarios.ts):
// - DynamoDB: the requests the real adapters send, by operation, and the capacity units they consume, on
//   dynalite (test/support/request-counter.ts: ReturnConsumedCapacity TOTAL on every request, and the
//   DynamoDB rules from item sizes where dynalite reports nothing or too little);
// - CPU: the handler's own time per event with every port in memory (bench/memory-ports.ts), from
//   process.cpuUsage() over batches of events: the median and 95th percentile of the batches.
// Run by `npm run bench` (bench/run.ts); `tsx bench/triggers.ts` runs it alone and updates the `triggers`
// key of bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTestTable } from '../test/support/dynalite.ts';
import { countRequests, type RequestSummary } from '../test/support/request-counter.ts';
import { dynamoDbStores, memoryStores, type Scenario, scenarioName, scenarios, world } from './scenarios.ts';

const EVENTS_DYNAMODB = Number(process.env.BENCH_DYNAMODB_EVENTS ?? 3);
const CPU_BATCHES = Number(process.env.BENCH_CPU_BATCHES ?? 20);
const CPU_EVENTS_PER_BATCH = Number(process.env.BENCH_CPU_EVENTS ?? 200);

export interface DynamoDbCost {
  requests: number;
  reads: number;
  writes: number;
  byOperation: Record<string, number>;
  rcu: number;
  wcu: number;
  /** Conditional writes whose condition failed (their units from the stored item's size). */
  conditionFailures: number;
}

export interface TriggerResult {
  trigger: string;
  path: string;
  messagesPlanned: number;
  dynamodb: DynamoDbCost;
  cpuMicrosPerEvent: { median: number; p95: number };
}

/** Runs `scenario`'s event `n` after its preparation; fails when the event did not take the path named. */
async function runChecked(scenario: Scenario, w: ReturnType<typeof world>, n: number) {
  const before = w.out.planned;
  const rejected = w.out.rejected;
  await scenario.run(w, n);
  const planned = w.out.planned - before;
  if (w.out.rejected !== rejected)
    throw new Error(`${scenarioName(scenario)}: rejected (${w.out.reasons.at(-1)})`);
  if (planned !== scenario.planned)
    throw new Error(`${scenarioName(scenario)}: planned ${planned} messages, expected ${scenario.planned}`);
}

/** The DynamoDB requests and capacity of one event of `scenario`, the same for each of `events` events. */
export async function measureDynamoDb(
  list: readonly Scenario[] = scenarios,
  events = EVENTS_DYNAMODB,
): Promise<Map<Scenario, DynamoDbCost>> {
  const table = await startTestTable('herald-bench');
  const counter = countRequests(table.client);
  const costs = new Map<Scenario, DynamoDbCost>();
  try {
    for (const scenario of list) {
      const w = world(dynamoDbStores(table.client, table.tableName));
      let cost: RequestSummary | undefined;
      for (let n = 0; n < events; n++) {
        await scenario.prepare(w, n);
        counter.reset();
        await runChecked(scenario, w, n);
        const summary = counter.summary();
        if (cost && JSON.stringify(cost) !== JSON.stringify(summary))
          throw new Error(`${scenarioName(scenario)}: events cost differently on one path`);
        cost = summary;
      }
      if (cost) costs.set(scenario, cost);
    }
  } finally {
    await table.stop();
  }
  return costs;
}

// A young-generation collection before each timed batch: the garbage the preparation left is not charged
// to the batch (the batch's own garbage still is). A full collection each time would cost more than the
// batches themselves.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'minor' | 'major'; execution: 'sync' }) => void;
const collectGarbage = () => gc({ type: 'minor', execution: 'sync' });

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

/** CPU microseconds per event of `scenario` with every port in memory: median and p95 over batches. */
export async function measureCpu(
  scenario: Scenario,
  batches = CPU_BATCHES,
  perBatch = CPU_EVENTS_PER_BATCH,
): Promise<{ median: number; p95: number }> {
  const w = world(memoryStores());
  const perEvent: number[] = [];
  // The first batch warms the JIT and is not kept.
  for (let batch = -1; batch < batches; batch++) {
    const first = (batch + 1) * perBatch;
    for (let n = first; n < first + perBatch; n++) await scenario.prepare(w, n);
    collectGarbage();
    const start = process.cpuUsage();
    for (let n = first; n < first + perBatch; n++) await runChecked(scenario, w, n);
    const used = process.cpuUsage(start);
    if (batch >= 0) perEvent.push((used.user + used.system) / perBatch);
  }
  perEvent.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return { median: round(quantile(perEvent, 0.5)), p95: round(quantile(perEvent, 0.95)) };
}

export interface TriggerReport {
  dynamodbEventsPerPath: number;
  cpu: { batches: number; eventsPerBatch: number; ports: 'in-memory' };
  capacityUnits: string;
  results: TriggerResult[];
}

export async function measureTriggers(list: readonly Scenario[] = scenarios): Promise<TriggerReport> {
  const costs = await measureDynamoDb(list);
  // One pass over every scenario first, so that the code they share (validation, notify) is optimised
  // before the first of them is measured.
  for (const scenario of list) await measureCpu(scenario, 1);
  const results: TriggerResult[] = [];
  for (const scenario of list) {
    const cost = costs.get(scenario);
    if (!cost) throw new Error(`${scenarioName(scenario)}: not measured`);
    results.push({
      trigger: scenario.trigger,
      path: scenario.path,
      messagesPlanned: scenario.planned,
      dynamodb: cost,
      cpuMicrosPerEvent: await measureCpu(scenario),
    });
  }
  return {
    dynamodbEventsPerPath: EVENTS_DYNAMODB,
    cpu: { batches: CPU_BATCHES, eventsPerBatch: CPU_EVENTS_PER_BATCH, ports: 'in-memory' },
    capacityUnits:
      'ConsumedCapacity (TOTAL) as dynalite reports it: strongly consistent reads 1 RCU per 4 KB, writes 1 WCU per 1 KB of the larger of the item before and after; a failed conditional write 1 WCU per 1 KB of the stored item (at least 1, from its size: no ConsumedCapacity comes with the error); a Query reading nothing the minimum read (dynalite reports 0)',
    results,
  };
}

const operations = (byOperation: Record<string, number>) =>
  Object.entries(byOperation)
    .map(([op, count]) => `${count} ${op}`)
    .join(', ') || '—';

export function printTriggerTable(report: TriggerReport, out: NodeJS.WritableStream = process.stdout): void {
  const rows = report.results.map((r) => [
    `${r.trigger} · ${r.path}`,
    String(r.messagesPlanned),
    String(r.dynamodb.requests),
    operations(r.dynamodb.byOperation),
    String(r.dynamodb.rcu),
    String(r.dynamodb.wcu),
    String(r.cpuMicrosPerEvent.median),
    String(r.cpuMicrosPerEvent.p95),
  ]);
  const head = ['trigger · path', 'msgs', 'reqs', 'DynamoDB requests', 'RCU', 'WCU', 'CPU µs med', 'p95'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `${cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}\n`;
  out.write(
    `\nper trigger event: DynamoDB on dynalite, CPU with in-memory ports (${report.cpu.batches} batches × ${report.cpu.eventsPerBatch} events)\n`,
  );
  out.write(line(head));
  for (const row of rows) out.write(line(row));
}

const ROOT = resolve(import.meta.dirname, '..');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const report = await measureTriggers();
  const file = join(ROOT, 'bench', 'results.json');
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, triggers: report }, null, 2)}\n`);
  printTriggerTable(report);
  process.stdout.write('written to bench/results.json (triggers)\n');
}
