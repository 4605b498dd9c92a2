// The README's cost tables, rendered from the recorded runs (bench/cost-results.json): the block between
// the two markers below is written by `npm run bench:cost` and never by hand, and
// test/unit/cost-readme.test.ts fails while it differs from what the recorded runs render to.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostResults, CostRun, ServiceLine } from './cost-run.ts';

export const README = join(import.meta.dirname, '..', 'README.md');
export const RESULTS = join(import.meta.dirname, 'cost-results.json');

export const BLOCK_START = '<!-- cost-tables:start (written by `npm run bench:cost`; do not edit) -->';
export const BLOCK_END = '<!-- cost-tables:end -->';

export function readResults(path = RESULTS): CostResults {
  return JSON.parse(readFileSync(path, 'utf8')) as CostResults;
}

const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 1234567 → `1,234,567`; a fraction keeps two decimals. */
const count = (n: number) => {
  const [whole = '0', fraction] = (Number.isInteger(n) ? String(n) : n.toFixed(2)).split('.');
  return fraction ? `${grouped(whole)}.${fraction}` : grouped(whole);
};

/** Dollars: cents from one cent up, four decimals below it (a service costing next to nothing shows it). */
const money = (n: number) => {
  if (n === 0) return '$0';
  if (n < 0.01) return `$${n.toFixed(4)}`;
  const [whole = '0', cents] = n.toFixed(2).split('.');
  return `$${grouped(whole)}.${cents}`;
};

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The demo bank's requests per service and what each costs per million bank events. */
function demoTable(demo: CostRun): string[] {
  const line = (l: ServiceLine) => row([l.service, count(l.quantity), l.unit, money(l.perMillionBankEvents)]);
  const lines = [
    `**The demo bank** (\`npm start\`): ${count(demo.customers)} customers, ${count(demo.bankEvents)} bank events (${count(demo.rejected)} of them rejected on purpose), ${count(demo.messagesSent)} messages sent.`,
    '',
    row(['Service', 'Requests', 'Unit', '$ per million bank events']),
    row(['---', '--:', '---', '--:']),
    ...demo.infrastructure.map(line),
    row(['**Infrastructure**', '', '', `**${money(demo.perMillionBankEvents.infrastructure)}**`]),
    ...demo.channels.map(line),
    row(['**Channel fees**', '', '', `**${money(demo.perMillionBankEvents.channels)}**`]),
  ];
  if (demo.perMillionMessages)
    lines.push(
      '',
      `Per million messages sent: infrastructure ${money(demo.perMillionMessages.infrastructure)}, channel fees ${money(demo.perMillionMessages.channels)}.`,
    );
  return lines;
}

/** The mixes side by side: what each did, its requests per service, and the cost per million. */
function mixesTable(mixes: CostRun[]): string[] {
  const cells = (f: (run: CostRun) => string) => mixes.map(f);
  const services = (pick: (run: CostRun) => ServiceLine[]) =>
    (mixes[0] ? pick(mixes[0]) : [])
      .map((l) => l.service)
      .filter((service) =>
        mixes.some((run) => (pick(run).find((l) => l.service === service)?.quantity ?? 0) > 0),
      )
      .map((service) => {
        const unit = mixes.map((run) => pick(run).find((l) => l.service === service)?.unit).find(Boolean);
        return row([
          `${service} (${unit})`,
          ...cells((run) => count(pick(run).find((l) => l.service === service)?.quantity ?? 0)),
        ]);
      });
  const perMessage = (f: (p: { infrastructure: number; channels: number }) => number) =>
    cells((run) => (run.perMillionMessages ? money(f(run.perMillionMessages)) : 'none sent'));
  const largest = (run: CostRun) => {
    const top = [...run.infrastructure].sort((a, b) => b.perMillionBankEvents - a.perMillionBankEvents)[0];
    const total = run.perMillionBankEvents.infrastructure;
    return top && total > 0
      ? `${top.service} ${Math.round((top.perMillionBankEvents / total) * 100)} %`
      : '-';
  };
  return [
    row(['', ...cells((run) => run.title)]),
    row(['---', ...cells(() => '--:')]),
    row(['Seed', ...cells((run) => String(run.seed ?? '-'))]),
    row(['Customers', ...cells((run) => count(run.customers))]),
    row(['Bank events', ...cells((run) => count(run.bankEvents))]),
    row(['Messages sent', ...cells((run) => count(run.messagesSent))]),
    row(['Bank events that sent a message', ...cells((run) => count(run.alertingBankEvents))]),
    row(['Journeys under way (customer × journey)', ...cells((run) => count(run.journeys))]),
    row(['Herald events', ...cells((run) => count(run.heraldEvents))]),
    ...services((run) => run.infrastructure),
    ...services((run) => run.channels),
    row([
      '**Infrastructure, $ per million bank events**',
      ...cells((run) => `**${money(run.perMillionBankEvents.infrastructure)}**`),
    ]),
    row([
      'Channel fees, $ per million bank events',
      ...cells((run) => money(run.perMillionBankEvents.channels)),
    ]),
    row([
      '**Infrastructure, $ per million messages sent**',
      ...perMessage((p) => p.infrastructure).map((c) => `**${c}**`),
    ]),
    row(['Channel fees, $ per million messages sent', ...perMessage((p) => p.channels)]),
    row(['Largest infrastructure cost', ...cells(largest)]),
  ];
}

/** The block between the markers: the price table's region and date, the demo's table, the mixes'. */
export function renderCostTables(results: CostResults): string {
  const [demo, ...mixes] = results.runs;
  if (demo?.name !== 'demo') throw new Error('cost results: the demo bank is not the first run');
  return [
    BLOCK_START,
    `Modelled by the cost meter at ${results.prices.region} list prices as of ${results.prices.asOf} (\`local/cost/prices.ts\`); the channel fees are that table's examples.`,
    '',
    ...demoTable(demo),
    '',
    '**The bench mixes** (`bench/cost-mixes.ts`), each a fixed file generated from its seed and replayed through the local stack:',
    '',
    ...mixes.map((run) => `- **${run.title}**: ${run.summary}; checked on every run: ${run.claim ?? '-'}.`),
    '',
    ...mixesTable(mixes),
    BLOCK_END,
  ].join('\n');
}

/** The README's block, as it stands between the markers (markers included). */
export function readmeBlock(readme: string): string {
  const start = readme.indexOf(BLOCK_START);
  const end = readme.indexOf(BLOCK_END);
  if (start < 0 || end < start)
    throw new Error(`README.md: no block between ${BLOCK_START} and ${BLOCK_END}`);
  return readme.slice(start, end + BLOCK_END.length);
}

/** Writes the recorded runs' tables into the README between the markers. */
export function writeReadmeTables(results: CostResults, path = README): void {
  const readme = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    readme.replace(readmeBlock(readme), () => renderCostTables(results)),
  );
}
