// Rejected events through the local stack (herald replay): an invalid event of every bank DetailType, an
// unknown DetailType and events of a customer Herald does not know, each in a time slot of its own. Every
// Powertools line a function writes about one of them (its slot) carries that event's eventId, and every
// event rejected for its content has a line that says why, with its eventId: one bank event can be
// followed through the log even when Herald refuses it.
import { describe, expect, it } from 'vitest';
import { examples } from '#contract/examples.ts';
import { type BankDetailType, bankEvents } from '#contract/registry.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const START = Date.parse('2026-03-03T09:00:00Z');
const SLOT_MS = 10 * 60_000;
const at = (slot: number) => new Date(START + slot * SLOT_MS).toISOString();

interface Case {
  eventId: string;
  detailType: string;
  /** Rejected for its content: a line must say why. */
  invalid: boolean;
}

/** Every bank DetailType with a detail its schema refuses (occurredAt is no time), then the other cases. */
const CASES: Case[] = [
  ...(Object.keys(bankEvents) as BankDetailType[]).map((detailType, i) => ({
    eventId: `rj-invalid-${i}`,
    detailType,
    invalid: true,
  })),
  { eventId: 'rj-unknown-type', detailType: 'Balance.Changd', invalid: true },
  ...(['Card.Issued', 'Lifecycle.MilestoneReached', 'Customer.Active', 'Balance.Changed'] as const).map(
    (detailType) => ({ eventId: `rj-nobody-${detailType}`, detailType, invalid: false }),
  ),
];

function lineOf(c: Case, slot: number): string {
  const example = Object.hasOwn(examples, c.detailType)
    ? examples[c.detailType as BankDetailType]
    : examples['Balance.Changed'];
  const detail: Record<string, unknown> = { ...example, eventId: c.eventId, customerId: 'rj-nobody' };
  if (c.invalid) detail.occurredAt = 'not a time';
  return entry(at(slot), c.detailType, detail);
}

interface Line {
  level: string;
  message: string;
  timestamp: string;
  function_name: string;
  eventId?: unknown;
  reason?: unknown;
}

describe('rejected events in the log (herald replay)', async () => {
  const operational: string[] = [];
  const { rejected } = await runReplay(
    CASES.map((c, slot) => lineOf(c, slot)),
    { operationalLog: (line) => operational.push(line) },
  );
  const lines = operational
    .filter((text) => text.startsWith('{'))
    .map((text) => JSON.parse(text) as Partial<Line>)
    .filter((line): line is Line => typeof line.level === 'string' && typeof line.function_name === 'string');
  /** The case whose slot the line was written in. */
  const caseOf = (line: Line) => CASES[Math.floor((Date.parse(line.timestamp) - START) / SLOT_MS)];

  it('rejects every case, each with its eventId', () => {
    expect([...new Set(rejected.map((r) => r.eventId))].sort()).toEqual(CASES.map((c) => c.eventId).sort());
  });

  it('every line about a rejected event carries its eventId', () => {
    expect(lines.length).toBeGreaterThan(0);
    const wrong = lines.filter((line) => line.eventId !== caseOf(line)?.eventId);

    expect(wrong.map((line) => `${line.function_name}: ${line.message} (${String(line.eventId)})`)).toEqual(
      [],
    );
  });

  it('every event rejected for its content has a line that says why, with its eventId', () => {
    const unexplained = CASES.filter((c) => c.invalid).filter(
      (c) =>
        !lines.some(
          (line) =>
            line.eventId === c.eventId &&
            line.message === 'event rejected' &&
            typeof line.reason === 'string',
        ),
    );

    expect(unexplained.map((c) => c.detailType)).toEqual([]);
  });
}, 300_000);
