// `herald replay` keeps nothing per record or message (local/replay.ts `stream`): a long file's records go
// to stdout and its messages to the outbox as they happen, so memory does not grow with the input. Counted,
// not timed: after 20,000 lines the runtime holds no record and no message, and it printed the same records,
// in the same order, as a replay that keeps them.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTBOX_INDEX, type OutboxIndexEntry } from '../../local/outbox.ts';
import type { OutputRecord } from '../../local/records.ts';
import { replay } from '../../local/replay.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8')
  .trim()
  .split('\n');
/** An entry the bus refuses (no Source): a `rejected` record each, without invoking any function. */
const refused = (i: number) =>
  JSON.stringify({ DetailType: 'Balance.Changed', Time: '2026-03-03T10:00:00Z', Detail: { n: i } });
const LONG = [
  ...FIXTURE.slice(0, 5),
  ...Array.from({ length: 20_000 }, (_, i) => refused(i)),
  ...FIXTURE.slice(5),
];

const work = mkdtempSync(join(tmpdir(), 'herald-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a long replay keeps no per-record state', () => {
  it('holds no record and no message after 20,000 lines, and prints what a keeping replay keeps', async () => {
    // Prepare
    const printed: string[] = [];
    const outDir = join(work, 'outbox');
    // Act
    const streamed = await replay(LONG.join('\n'), {
      stream: true,
      outDir,
      operationalLog: () => undefined,
      onRecord: (record) => printed.push(JSON.stringify(record)),
    });
    const kept = await replay(LONG.join('\n'), { operationalLog: () => undefined });
    // Assess: nothing retained, everything printed
    expect(streamed.records).toHaveLength(0);
    expect(streamed.outbox).toHaveLength(0);
    expect(streamed.recordCount).toBe(printed.length);
    expect(printed.length).toBeGreaterThan(20_000);
    // ... the same records as the replay that keeps them (notification ids are derived, not random)
    expect(printed).toEqual(kept.records.map((r: OutputRecord) => JSON.stringify(r)));
    // ... and the outbox named each message by its sent record
    const index = readFileSync(join(outDir, OUTBOX_INDEX), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as OutboxIndexEntry);
    expect(index.map((e) => `${e.customerId} ${e.type} ${e.channel}`).sort()).toEqual([
      'c-1 balance.low email',
      'c-1 balance.low sms',
    ]);
    expect(readdirSync(outDir).filter((f) => f.startsWith('20260303T100000Z-c-1-balance.low-'))).toHaveLength(
      3,
    );
  }, 600_000);
});
