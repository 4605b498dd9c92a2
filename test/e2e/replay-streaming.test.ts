// `herald replay` keeps nothing per record or message (local/replay.ts `stream`): a long file's records go
// to stdout and its messages to the outbox as they happen, so memory does not grow with the input. Counted,
// not timed: after 20,000 lines the runtime holds no record and no message, and it printed the same records,
// in the same order, as a replay that keeps them. After a generated bank day, the runtime holds none of what
// used to pile up per event (LocalHerald.held): no served queue message, no open iterator of dynalite's
// store, no ended execution's run; and dynalite's store keeps its keys and items as strings, not in slices of
// shared buffers.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeCheck } from '../../local/dynalite-server.ts';
import { OUTBOX_INDEX, type OutboxIndexEntry } from '../../local/outbox.ts';
import type { OutputRecord } from '../../local/records.ts';
import { replay } from '../../local/replay.ts';
import type { RuntimeHeld } from '../../local/runtime.ts';
import { generateBankDay } from '../support/bank-day/generator.ts';

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

  it('holds none of what piles up per event after a bank day, and prints what a keeping replay keeps', async () => {
    // Prepare: a day of every trigger type, each event delivered three times out of order
    const day = generateBankDay({ seed: 20261207, events: 300 });
    const printed: string[] = [];
    let held: RuntimeHeld | undefined;
    let store: Awaited<ReturnType<typeof storeCheck>> | undefined;
    // Act
    await replay(day.jsonl, {
      stream: true,
      outDir: join(work, 'bank-day'),
      operationalLog: () => undefined,
      onRecord: (record) => printed.push(JSON.stringify(record)),
      onEnd: async (herald) => {
        held = herald.held();
        store = herald.dynamoStore && (await storeCheck(herald.dynamoStore));
      },
    });
    const kept = await replay(day.jsonl, { operationalLog: () => undefined });
    // Assess: the day did the work whose state is counted
    expect(held?.executions).toBeGreaterThan(0);
    expect(held?.keptEmails).toBeGreaterThan(0);
    expect(store?.entries).toBeGreaterThan(day.customers.length);
    // ... and holds none of it once it has run
    expect(held).toMatchObject({
      records: 0,
      messages: 0,
      queueEntries: 0,
      unrecordedEmails: 0,
      unnamedMessages: 0,
      openStoreIterators: 0,
      executionRuns: 0,
      parkedTasks: 0,
      planned: 0,
    });
    expect(held?.keptEmails).toBeLessThanOrEqual(5 * day.customers.length);
    expect(store).toMatchObject({ storeEncoding: 'utf8', nonAsciiKeys: 0 });
    // ... while printing the records of a replay that keeps them
    expect(printed).toEqual(kept.records.map((r: OutputRecord) => JSON.stringify(r)));
  }, 600_000);
});
