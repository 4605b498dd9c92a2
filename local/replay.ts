// `herald replay`: a file of EventBridge entries through the local stack on the simulated clock.
import { readFileSync } from 'node:fs';
import { DATE_TIME_REGEX, isCalendarDate } from '../shared/contract/common.ts';
import { type ClickLine, clickLineProblem, isClickLine, runClick } from './clicks.ts';
import type { Faults } from './faults.ts';
import { isInboundLine } from './inbound.ts';
import type { OutputRecord } from './records.ts';
import { type BusEntry, LocalHerald } from './runtime.ts';

export interface ReplayOptions {
  outDir?: string;
  /** Provider and bus faults to inject (`--fault`, local/faults.ts); deterministic for a given seed. */
  faults?: Faults;
  /** Run the deployed bundles instead of the handler sources. */
  bundled?: boolean;
  /**
   * Keep no record or message in the returned runtime (LocalRuntimeOptions.stream): `onRecord` and the
   * outbox directory get them as they happen. `herald replay` streams.
   */
  stream?: boolean;
  /** Called with each output record as soon as it happens. */
  onRecord?: (record: OutputRecord) => void;
  operationalLog?: (line: string) => void;
  /** Called once the file has run, with how many of its lines were accepted and rejected. */
  onSummary?: (summary: ReplaySummary) => void;
  /**
   * Called once everything has run (the file and the work it planned), before the local stack stops: what
   * the runtime holds then (LocalHerald.held) can be read.
   */
  onEnd?: (herald: LocalHerald) => void | Promise<void>;
}

/**
 * What became of the file's lines (blank lines are not counted). A line is rejected when it is not a JSON
 * object or its `Time` is not taken (parseEntries), or when at least one `rejected` record is written while
 * the local stack handles its entry: from the put on the bus until every function and queued job it
 * triggered right away has run (the local bus refusing it, a function rejecting its detail, the local stack
 * failing on it). Every other line is accepted: its entry was put on the bus and nothing rejected it then.
 * Work that runs later on the simulated clock (a deferred message, a retry) does not change the count.
 */
export interface ReplaySummary {
  lines: number;
  accepted: number;
  rejected: number;
}

/**
 * One entry of the file, in the order it runs. It keeps its line's text, not the parsed entry, and parses it
 * again when it runs: a file of a bank's day is then held once, as text, however many lines it has.
 */
class Scheduled {
  constructor(
    readonly index: number,
    public time: number,
    private readonly line: string,
  ) {}

  get entry(): BusEntry {
    return JSON.parse(this.line) as BusEntry;
  }
}

/**
 * Why an envelope `Time` is not taken, or undefined when it is: the contract's date-time rule (an ISO-8601
 * date-time with seconds and an offset, `Z` or ±HH:MM, on a calendar date that exists). Nothing else is
 * handed to Date.parse, which would read "04/05/2026" as 5 April and roll 30 February over into March.
 */
function timeProblem(time: unknown): string | undefined {
  if (typeof time !== 'string' || !DATE_TIME_REGEX.test(time))
    return 'Time is not an ISO-8601 date-time with offset';
  if (!isCalendarDate(time)) return 'Time: no such calendar date';
  return undefined;
}

/** A line that is no entry to put on the bus, and why; with its Source and DetailType when it names them. */
interface LineProblem {
  line: number;
  reason: string;
  source?: string;
  detailType?: string;
}

/**
 * Parses a JSON-lines file: one entry per non-blank line; a line that is not JSON, not an object or has a
 * `Time` that is not taken (timeProblem) is reported, not fatal. An entry without `Time` runs at the previous
 * entry's time; entries before the first with a `Time` run at that one's.
 */
export function parseEntries(text: string): {
  entries: Scheduled[];
  problems: LineProblem[];
} {
  const entries: Scheduled[] = [];
  const problems: LineProblem[] = [];
  let lastTime = Number.NaN;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      problems.push({ line: i + 1, reason: `line ${i + 1}: not valid JSON` });
      return;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ line: i + 1, reason: `line ${i + 1}: not a JSON object` });
      return;
    }
    if (isClickLine(entry)) {
      const problem = clickLineProblem(entry as Record<string, unknown>);
      if (problem) {
        problems.push({ line: i + 1, reason: `line ${i + 1}: ${problem}` });
        return;
      }
    }
    const time = (entry as BusEntry).Time;
    let at = lastTime;
    if (time !== undefined) {
      const problem = timeProblem(time);
      if (problem) {
        const { Source, DetailType } = entry as BusEntry;
        problems.push({
          line: i + 1,
          reason: `line ${i + 1}: ${problem}`,
          // What the line says it is, so its rejected record can be found by source and DetailType.
          ...(typeof Source === 'string' ? { source: Source } : {}),
          ...(typeof DetailType === 'string' ? { detailType: DetailType } : {}),
        });
        return;
      }
      at = Date.parse(time as string);
    }
    lastTime = at;
    entries.push(new Scheduled(i, at, line));
  });
  // Entries before the first timed one take its time; then a stable sort puts them in Time order.
  const firstTime = entries.find((e) => !Number.isNaN(e.time))?.time ?? Date.parse('2026-01-05T08:00:00Z');
  for (const e of entries) if (Number.isNaN(e.time)) e.time = firstTime;
  entries.sort((a, b) => a.time - b.time || a.index - b.index);
  return { entries, problems };
}

/** Runs the entries in Time order and returns the runtime (stopped) with its records and outbox. */
export async function replay(text: string, options: ReplayOptions = {}): Promise<LocalHerald> {
  const { entries, problems } = parseEntries(text);
  const start = new Date(entries[0]?.time ?? Date.parse('2026-01-05T08:00:00Z'));
  const herald = await LocalHerald.start(
    {
      ...(options.outDir ? { outDir: options.outDir } : {}),
      ...(options.operationalLog ? { operationalLog: options.operationalLog } : {}),
      ...(options.faults ? { faults: options.faults } : {}),
      ...(options.bundled ? { bundled: true } : {}),
      ...(options.stream ? { stream: true } : {}),
    },
    start,
  );
  let rejectedNow = false;
  herald.onRecord = (record) => {
    if (record.kind === 'rejected') rejectedNow = true;
    options.onRecord?.(record);
  };
  try {
    for (const problem of problems) {
      herald.record({
        kind: 'rejected',
        v: 1,
        time: start.toISOString(),
        source: problem.source ?? '',
        detailType: problem.detailType ?? '',
        reason: problem.reason,
      });
    }
    let rejectedEntries = 0;
    for (const scheduled of entries) {
      await herald.advanceTo(scheduled.time);
      rejectedNow = false;
      const entry = scheduled.entry;
      if (isClickLine(entry)) {
        // A click: the customer opens (or posts) a link at the line's time.
        const click = entry as ClickLine;
        const clicked = await runClick(herald, click);
        if ('problem' in clicked)
          herald.record({
            kind: 'rejected',
            v: 1,
            time: herald.clock.now().toISOString(),
            source: 'click',
            detailType: 'LinkClick',
            reason: clicked.problem,
          });
        else
          options.operationalLog?.(
            `click ${click.method ?? 'GET'} ${clicked.href.split('?')[0]} answered ${clicked.status}`,
          );
      } else if (isInboundLine(entry))
        await herald.receiveInbound(entry, `replay-line-${scheduled.index + 1}`);
      else await herald.put(entry);
      if (rejectedNow) rejectedEntries += 1;
    }
    const lines = problems.length + entries.length;
    const rejected = problems.length + rejectedEntries;
    options.onSummary?.({ lines, accepted: lines - rejected, rejected });
    // Whatever is still planned (deferred messages, retries, journeys) runs to its end.
    await herald.runToEnd();
    await options.onEnd?.(herald);
  } finally {
    await herald.stop();
  }
  return herald;
}

export function readReplayFile(path: string): string {
  return readFileSync(path, 'utf8');
}
