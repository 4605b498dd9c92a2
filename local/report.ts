// `herald report DELIVERY_LOG.jsonl --out DIR`: the saved queries' answers (local/insights.ts) as one HTML page
// an analyst can open or attach anywhere: inline CSS and SVG, no script, nothing fetched. Every value on the
// page is escaped, and anything shaped like an e-mail address, phone number, card number or token is masked,
// although the delivery log never carries one: a report gets forwarded further than a log.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type HeraldQueryId, queryDefinitionName } from '../infra/constructs/observability.ts';
import {
  type Cell,
  deliveriesByStatus,
  failuresByReason,
  type JourneyFunnel,
  journeyFunnels,
  type LogRecord,
  latencyByType,
  rejectedByReason,
  variantComparison,
} from './insights.ts';

export const REPORT_TITLE = 'Herald delivery report';

export interface ParsedLog {
  /** The delivery and rejected records, in log order. */
  records: LogRecord[];
  /** Lines that are not a record of the log: reported with their line number, then left out. */
  problems: { line: number; reason: string }[];
  /** Well-formed lines of other kinds (`emitted` events), left out. */
  skipped: number;
}

const REQUIRED: Record<string, readonly string[]> = {
  delivery: ['time', 'customerId', 'type', 'channel', 'status'],
  rejected: ['time', 'reason'],
};

/** Reads a delivery log: one JSON object per non-blank line, as `herald replay` prints it. */
export function parseDeliveryLog(text: string): ParsedLog {
  const parsed: ParsedLog = { records: [], problems: [], skipped: 0 };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const problem = (reason: string) => parsed.problems.push({ line: i + 1, reason });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problem('not valid JSON');
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem('not a JSON object');
      return;
    }
    const record = value as LogRecord;
    const required = typeof record.kind === 'string' ? REQUIRED[record.kind] : undefined;
    if (!required) {
      parsed.skipped++;
      return;
    }
    const missing = required.filter((field) => typeof record[field] !== 'string');
    if (missing.length > 0) {
      problem(`${String(record.kind)} record without ${missing.join(', ')}`);
      return;
    }
    parsed.records.push(record);
  });
  return parsed;
}

const MASKS: [RegExp, string][] = [
  [/[^\s@"'<>&]+@[^\s@"'<>&]+\.[A-Za-z]{2,}/g, '[e-mail]'],
  [/\+\d[\d ().-]{6,}\d/g, '[phone]'],
  [/\b\d{12,19}\b/g, '[number]'],
  [/[A-Za-z0-9_:-]{40,}/g, '[token]'],
];

/** A value as the report shows it: personal data masked (see the header comment). */
export function mask(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  for (const [pattern, replacement] of MASKS) text = text.replace(pattern, replacement);
  return text;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Masked and escaped for HTML text and attribute values. */
const h = (value: unknown) => mask(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const show = (value: Cell) => (value === null ? '(none)' : value);

/** Milliseconds as a person reads them. */
export function duration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** Element id of a journey's funnel chart. */
export const funnelId = (journey: string) => `funnel-${journey.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function table(headers: string[], rows: unknown[][], numeric: number[] = []): string {
  const cell = (tag: string, value: unknown, i: number) =>
    `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${h(value)}</${tag}>`;
  return [
    '<table>',
    `<thead><tr>${headers.map((header, i) => cell('th', header, i)).join('')}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map((value, i) => cell('td', value, i)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

const empty = (what: string) => `<p class="empty">${h(what)}</p>`;

interface Bar {
  label: string;
  value: number;
  text: string;
  className?: string;
  data?: Record<string, string | number>;
}

const CHART = { width: 760, label: 240, value: 130, row: 30, bar: 20 };
const LABEL_CHARS = 30;

/** A horizontal bar chart: one `rect.bar` per bar, scaled to the largest value. */
function barChart(id: string, title: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = CHART.width - CHART.label - CHART.value;
  const height = bars.length * CHART.row + 10;
  const rows = bars.map((bar, i) => {
    const y = 5 + i * CHART.row;
    // Long labels would run off the left edge; the full text is in the bar's tooltip. Masked before it is
    // cut, so that no part of a masked value is left.
    const full = mask(bar.label);
    const label = full.length > LABEL_CHARS ? `${full.slice(0, LABEL_CHARS - 1)}…` : full;
    const width = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * span);
    const data = Object.entries(bar.data ?? {})
      .map(([key, value]) => ` data-${key}="${h(value)}"`)
      .join('');
    return [
      `<text x="${CHART.label - 8}" y="${y + CHART.bar / 2}" class="label">${h(label)}</text>`,
      `<rect class="bar${bar.className ? ` ${bar.className}` : ''}" x="${CHART.label}" y="${y}" width="${width.toFixed(1)}" height="${CHART.bar}"${data}><title>${h(`${bar.label}: ${bar.text}`)}</title></rect>`,
      `<text x="${(CHART.label + width + 6).toFixed(1)}" y="${y + CHART.bar / 2}" class="value">${h(bar.text)}</text>`,
    ].join('');
  });
  return `<svg id="${h(id)}" class="chart" role="img" aria-label="${h(title)}" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`;
}

/** Label of the goal bar that ends each funnel chart. */
export const GOAL_BAR_LABEL = 'converted (goal)';

function funnelSection(funnels: JourneyFunnel[]): string {
  if (funnels.length === 0) return empty('No journey records in this log.');
  return funnels
    .map((funnel) => {
      const chart = barChart(funnelId(funnel.journey), `Funnel of journey ${funnel.journey}`, [
        ...funnel.steps.map((step) => ({
          label: step.step,
          value: step.customers,
          text: `${step.customers} (${percent(step.rate)})`,
          data: { step: step.step, customers: step.customers },
        })),
        {
          label: GOAL_BAR_LABEL,
          value: funnel.converted,
          text: `${funnel.converted} (${percent(funnel.conversionRate)})`,
          className: 'goal',
          data: { goal: 'converted', customers: funnel.converted },
        },
      ]);
      return [
        `<article class="journey"><h3>${h(funnel.journey)}</h3>`,
        `<p>${h(funnel.customers)} customers were sent the first step; ${h(funnel.converted)} converted (${h(percent(funnel.conversionRate))}).</p>`,
        `<figure>${chart}<figcaption>Blue bars: customers sent each step's message (a message suppressed, deferred or failed does not count), and their share of the first step's. The last bar, in green: customers who reached the journey's goal (a <code>converted</code> record), whichever step it was credited to.</figcaption></figure>`,
        table(
          ['step', 'customers sent', 'of first step', 'converted after this step'],
          funnel.steps.map((step) => [step.step, step.customers, percent(step.rate), step.converted]),
          [1, 2, 3],
        ),
        '</article>',
      ].join('');
    })
    .join('');
}

/** How an analyst finds saved query `id` in Logs Insights: the name the stack deploys it under. */
const savedQuery = (id: HeraldQueryId) => `<code>${h(queryDefinitionName('<env>', id))}</code>`;

/** Status columns of the variant table, in the order a message goes through them. */
const STATUS_ORDER = [
  'sent',
  'delivered',
  'opened',
  'clicked',
  'replied',
  'converted',
  'deferred',
  'suppressed',
  'failed',
  'bounced',
  'complained',
];

function variantSection(records: readonly LogRecord[]): string {
  const rows = variantComparison(records);
  if (rows.length === 0) return empty('No records with an A/B variant in this log.');
  const statuses = [...new Set(rows.map((row) => String(show(row.status))))].sort(
    (a, b) => (STATUS_ORDER.indexOf(a) + 1 || 99) - (STATUS_ORDER.indexOf(b) + 1 || 99) || (a < b ? -1 : 1),
  );
  const arms = new Map<string, { type: Cell; variant: Cell; counts: Map<string, number> }>();
  for (const row of rows) {
    const key = JSON.stringify([row.type, row.variant]);
    const arm = arms.get(key) ?? { type: row.type, variant: row.variant, counts: new Map() };
    arm.counts.set(String(show(row.status)), row.deliveries);
    arms.set(key, arm);
  }
  return table(
    ['type', 'variant', ...statuses, 'converted ÷ sent'],
    [...arms.values()].map((arm) => {
      const sent = arm.counts.get('sent') ?? 0;
      const converted = arm.counts.get('converted') ?? 0;
      return [
        show(arm.type),
        show(arm.variant),
        ...statuses.map((status) => arm.counts.get(status) ?? 0),
        sent > 0 ? percent(converted / sent) : '–',
      ];
    }),
    statuses.map((_, i) => i + 2).concat(statuses.length + 2),
  );
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f7f8fa;margin:0}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 12px}h3{font-size:16px;margin:16px 0 4px}
section{background:#fff;border:1px solid #e1e5ea;border-radius:8px;padding:16px 20px;margin:16px 0}
.meta,.note,figcaption,.empty{color:#52606d;font-size:13px}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0 0}
.total{background:#fff;border:1px solid #e1e5ea;border-radius:8px;padding:8px 14px}
.total b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e1e5ea}
th{background:#f0f2f5}tbody tr:nth-child(even){background:#fafbfc}
.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:8px 0}svg.chart{max-width:100%;height:auto;font-size:13px}
svg .label{text-anchor:end;dominant-baseline:middle;fill:#1f2933}
svg .value{dominant-baseline:middle;fill:#52606d}
svg .bar{fill:#3e7bfa}svg .bar.goal{fill:#2f9e5b}svg .bar.p50{fill:#1c4fc4}svg .bar.reject{fill:#d64545}
svg .bar.warn{fill:#e8a33d}
`;

export interface ReportOptions {
  /** Where the records came from, shown under the title. */
  source?: string;
}

/** The report page for these records (records of other kinds are ignored). */
export function renderReport(input: Iterable<object>, options: ReportOptions = {}): string {
  const records = ([...input] as LogRecord[]).filter((r) => r.kind === 'delivery' || r.kind === 'rejected');
  const deliveries = records.filter((r) => r.kind === 'delivery');
  const times = records.map((r) => String(r.time)).sort();
  const byStatus = deliveriesByStatus(records);
  const failures = failuresByReason(records);
  const latency = latencyByType(records);
  const rejected = rejectedByReason(records);
  const totals = new Map<string, number>();
  for (const row of byStatus) {
    const status = String(show(row.status));
    totals.set(status, (totals.get(status) ?? 0) + row.deliveries);
  }

  const failureReasons = new Map<string, number>();
  for (const row of failures) {
    const key = `${show(row.status)}: ${show(row.reason)}`;
    failureReasons.set(key, (failureReasons.get(key) ?? 0) + row.deliveries);
  }

  const sections = [
    `<section id="deliveries"><h2>Deliveries by type, channel and status</h2>`,
    `<div class="totals">${[
      ['delivery records', deliveries.length],
      ...[...totals].sort(
        ([a], [b]) => (STATUS_ORDER.indexOf(a) + 1 || 99) - (STATUS_ORDER.indexOf(b) + 1 || 99),
      ),
    ]
      .map(([label, count]) => `<div class="total"><b>${h(count)}</b>${h(label)}</div>`)
      .join('')}</div>`,
    byStatus.length === 0
      ? empty('No delivery records in this log.')
      : table(
          ['type', 'channel', 'status', 'deliveries'],
          byStatus.map((row) => [show(row.type), show(row.channel), show(row.status), row.deliveries]),
          [3],
        ),
    `<p class="note">Saved query ${savedQuery('deliveries-by-status')}.</p></section>`,

    '<section id="funnels"><h2>Journey funnels</h2>',
    funnelSection(journeyFunnels(records)),
    `<p class="note">Per step, the customers sent its message; the saved query ${savedQuery('journey-funnel')} counts delivery records of every status by journey, step and status instead.</p></section>`,

    '<section id="failures"><h2>Failures, suppressions and deferrals by reason</h2>',
    failures.length === 0
      ? empty('Nothing failed, was suppressed or deferred.')
      : [
          barChart(
            'failures-chart',
            'Failures, suppressions and deferrals by reason',
            [...failureReasons].map(([label, value]) => ({
              label,
              value,
              text: String(value),
              className: label.startsWith('failed') ? 'reject' : 'warn',
            })),
          ),
          table(
            ['status', 'reason', 'channel', 'deliveries'],
            failures.map((row) => [show(row.status), show(row.reason), show(row.channel), row.deliveries]),
            [3],
          ),
        ].join(''),
    `<p class="note">Saved query ${savedQuery('failures-by-reason')}.</p></section>`,

    '<section id="latency"><h2>Event-to-send latency by type</h2>',
    latency.length === 0
      ? empty('No sent records with a latency in this log.')
      : [
          latencyChart(latency),
          table(
            ['type', 'p50', 'p95', 'p50 (ms)', 'p95 (ms)', 'sent'],
            latency.map((row) => [
              show(row.type),
              duration(row.p50),
              duration(row.p95),
              row.p50,
              row.p95,
              row.sent,
            ]),
            [1, 2, 3, 4, 5],
          ),
        ].join(''),
    `<p class="note">From the bank's <code>occurredAt</code> to the provider accepting the message; a message held for quiet hours counts its wait. Percentiles by nearest rank: the smallest latency with at least 50 % (95 %) of the type's latencies at or below it. Saved query ${savedQuery('latency-by-type')}.</p></section>`,

    '<section id="variants"><h2>A/B variants</h2>',
    variantSection(records),
    `<p class="note">Saved query ${savedQuery('variant-comparison')}.</p></section>`,

    '<section id="rejected"><h2>Rejected events by reason</h2>',
    rejected.length === 0
      ? empty('No rejected events in this log.')
      : [
          barChart(
            'rejected-chart',
            'Rejected events by reason',
            rejected.map((row) => ({
              label: String(show(row.reason)),
              value: row.rejected,
              text: String(row.rejected),
              className: 'reject',
            })),
          ),
          table(
            ['reason', 'rejected'],
            rejected.map((row) => [show(row.reason), row.rejected]),
            [1],
          ),
        ].join(''),
    `<p class="note">Saved query ${savedQuery('rejected-by-reason')}.</p></section>`,
  ];

  const span = times.length > 0 ? `, ${times[0]} to ${times.at(-1)}` : '';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(REPORT_TITLE)}</title><style>${STYLE}</style></head>`,
    `<body><main><h1>${h(REPORT_TITLE)}</h1>`,
    `<p class="meta">${h(`${options.source ? `${options.source}: ` : ''}${deliveries.length} delivery records, ${records.length - deliveries.length} rejected events${span}`)}</p>`,
    ...sections,
    '<p class="note">Each section is the local run of a saved CloudWatch Logs Insights query that ships with the stack, named as it is deployed (Logs Insights → Queries; &lt;env&gt; is the environment\'s name, e.g. dev or prod).</p>',
    '</main></body></html>',
    '',
  ].join('\n');
}

/** p95 as a light bar with p50 drawn over it, one row per type. */
function latencyChart(rows: ReturnType<typeof latencyByType>): string {
  const max = Math.max(1, ...rows.map((row) => row.p95 ?? 0));
  const span = CHART.width - CHART.label - CHART.value;
  const height = rows.length * CHART.row + 10;
  const scale = (ms: number | null) => (((ms ?? 0) / max) * span).toFixed(1);
  const bars = rows.map((row, i) => {
    const y = 5 + i * CHART.row;
    const label = String(show(row.type));
    return [
      `<text x="${CHART.label - 8}" y="${y + CHART.bar / 2}" class="label">${h(label)}</text>`,
      `<rect class="bar p95" x="${CHART.label}" y="${y}" width="${scale(row.p95)}" height="${CHART.bar}" opacity="0.45"><title>${h(`${label} p95: ${duration(row.p95)}`)}</title></rect>`,
      `<rect class="bar p50" x="${CHART.label}" y="${y + 5}" width="${scale(row.p50)}" height="${CHART.bar - 10}"><title>${h(`${label} p50: ${duration(row.p50)}`)}</title></rect>`,
      `<text x="${(CHART.label + Number(scale(row.p95)) + 6).toFixed(1)}" y="${y + CHART.bar / 2}" class="value">${h(`${duration(row.p50)} / ${duration(row.p95)}`)}</text>`,
    ].join('');
  });
  return `<svg id="latency-chart" class="chart" role="img" aria-label="Latency p50 and p95 by type" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

/** The headline table, deliveries by type × channel × status, as plain text. */
export function headlineTable(records: Iterable<object>): string {
  const rows = deliveriesByStatus(records).map((row) =>
    [show(row.type), show(row.channel), show(row.status), row.deliveries].map((value) => mask(value)),
  );
  const header = ['type', 'channel', 'status', 'deliveries'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ')}\n`;
  return `Deliveries by type, channel and status\n${line(header)}${rows.length === 0 ? '  (no delivery records)\n' : rows.map(line).join('')}`;
}

/** Writes the report page to `path` (directories created) and returns the path. */
export function writeReport(records: Iterable<object>, path: string, options: ReportOptions = {}): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderReport(records, options));
  return path;
}

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads the log; `-` means standard input. */
  read?: (file: string) => string;
}

/** `herald report FILE --out DIR`: the exit code. */
export function reportCommand(file: string, outDir: string, io: ReportIo): number {
  let text: string;
  try {
    text = (io.read ?? ((f: string) => readFileSync(f === '-' ? 0 : f, 'utf8')))(file);
  } catch (error) {
    io.stderr(`herald report: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const { records, problems, skipped } = parseDeliveryLog(text);
  for (const { line, reason } of problems) io.stderr(`herald report: ${file}:${line}: ${reason}; skipped\n`);
  // Not a delivery log (no record, or more malformed lines than records, e.g. a Markdown file quoting two
  // records): say so, and write no report that would mislead.
  if (records.length === 0 || problems.length > records.length) {
    io.stderr(
      `herald report: ${file} is not a delivery log: ${records.length} records, ${problems.length} malformed lines\n`,
    );
    return 1;
  }
  const path = writeReport(records, join(outDir, 'report.html'), { source: file === '-' ? 'stdin' : file });
  io.stdout(headlineTable(records));
  io.stderr(
    `herald report: ${records.length} records read (${problems.length} malformed and ${skipped} other lines skipped); wrote ${path}\n`,
  );
  return 0;
}
