// The bench's cost mixes (bench/cost-mixes.ts) are fixed files: the same seed gives the same file, byte for
// byte, of the size the mix names, in Time order, and every line is a bank event of contract v1. What each
// mix does on the local stack is test/e2e/cost-mixes.test.ts.
import { describe, expect, it } from 'vitest';
import { MIX_NAMES, MIXES, mixEntries, mixJsonl } from '../../bench/cost-mixes.ts';
import { bankEvents, type EventModule, isBankDetailType } from '../../shared/contract/registry.ts';
import { parseDetail } from '../../shared/contract/validate.ts';

describe.each(MIX_NAMES)('the %s mix', (name) => {
  it('is the same file for the same seed', () => {
    // Act
    const first = mixJsonl(name);
    const second = mixJsonl(name);
    // Assess
    expect(second).toBe(first);
  });

  it('is another file for another seed', () => {
    // Prepare
    const seed = (MIXES.find((m) => m.name === name)?.seed ?? 0) + 1;
    // Act
    const other = mixJsonl(name, { seed });
    // Assess
    expect(other).not.toBe(mixJsonl(name));
  });

  it.each([120, 1000])('holds exactly the bank events asked for (%i)', (events) => {
    // Act
    const lines = mixJsonl(name, { events }).trimEnd().split('\n');
    // Assess
    expect(lines).toHaveLength(events);
  });

  it('runs in Time order, every line a bank event of contract v1 with its own event id', () => {
    // Act
    const entries = mixEntries(name);
    // Assess
    const times = entries.map((e) => Date.parse(String(e.Time)));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0))).toBe(true);
    const problems = entries.flatMap((entry) => {
      const detailType = String(entry.DetailType);
      if (entry.Source !== 'bank.core' || !isBankDetailType(detailType)) return [detailType];
      const schema: EventModule['schema'] = bankEvents[detailType].schema;
      const parsed = parseDetail(schema, entry.Detail);
      return parsed.ok ? [] : [`${detailType}: ${parsed.reason}`];
    });
    expect(problems).toEqual([]);
    const ids = entries.map((e) => (e.Detail as { eventId: string }).eventId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
