// Runs a generated bank day through the local stack (`replay`, as `herald replay` does) and checks it.
import type { Faults } from '../../../local/faults.ts';
import { replay } from '../../../local/replay.ts';
import { checkBankDay, type Violations } from './check.ts';
import { type BankDayOptions, generateBankDay } from './generator.ts';
import type { BankDay } from './oracle.ts';

export interface BankDayRun {
  day: BankDay;
  violations: Violations;
  records: number;
  outbox: number;
  operationalLines: number;
  /** `sent` records per channel. */
  sentByChannel: Record<string, number>;
  /** `deferred` records. */
  deferred: number;
  /** Messages left in dead-letter queues, by where they came from. */
  deadLetters: Record<string, number>;
}

/**
 * Generates the day, replays it with the given provider faults, and checks every invariant.
 * The faults are those of `herald replay --fault` (local/faults.ts): shares of provider calls throttled
 * or rejected, seeded, so the same day and faults give the same records.
 */
export async function runBankDay(options: BankDayOptions & { faults: Faults }): Promise<BankDayRun> {
  const day = generateBankDay(options);
  const operational: string[] = [];
  // The functions' warnings and errors go to stderr (Powertools writes them with console.warn/error), not
  // through the runtime's operational log: keep both, to look for personal data in every line.
  const stderrWrite = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    operational.push(...text.split('\n').filter((line) => line !== ''));
    return true;
  }) as typeof process.stderr.write;
  let herald: Awaited<ReturnType<typeof replay>>;
  try {
    herald = await replay(day.jsonl, {
      faults: options.faults,
      operationalLog: (line) => operational.push(line),
    });
  } finally {
    process.stderr.write = stderrWrite;
  }
  const violations = checkBankDay(day, {
    records: herald.records,
    outbox: herald.outbox,
    operational,
    deadLetters: herald.deadLetters,
  });
  const deadLetters: Record<string, number> = {};
  for (const letter of herald.deadLetters) {
    const from = letter.attributes.function ?? letter.attributes.kind ?? queueOf(letter.body);
    deadLetters[from] = (deadLetters[from] ?? 0) + 1;
  }
  const sentByChannel: Record<string, number> = {};
  let deferred = 0;
  for (const r of herald.records) {
    if (r.kind !== 'delivery') continue;
    if (r.status === 'sent') sentByChannel[r.channel] = (sentByChannel[r.channel] ?? 0) + 1;
    if (r.status === 'deferred') deferred += 1;
  }
  return {
    day,
    sentByChannel,
    deferred,
    violations,
    records: herald.records.length,
    outbox: herald.outbox.length,
    operationalLines: operational.length,
    deadLetters,
  };
}

function queueOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { channel?: unknown; detailType?: unknown };
    if (typeof parsed.channel === 'string') return `${parsed.channel} job`;
    if (typeof parsed.detailType === 'string') return `rejected ${parsed.detailType}`;
  } catch {
    // not JSON
  }
  return 'other';
}
