// The envelope `Time` of a replayed entry: only ISO-8601 date-times with an offset are taken, on a calendar
// date that exists; anything else is rejected with the reason, never reinterpreted. An entry without `Time`
// runs at the previous entry's time.
import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../local/replay.ts';

const entry = (time?: unknown) =>
  JSON.stringify({
    Source: 'bank.core',
    DetailType: 'Balance.Changed',
    Detail: { eventId: 'e-1' },
    ...(time === undefined ? {} : { Time: time }),
  });

describe('replay: the envelope Time', () => {
  it.each([
    ['04/05/2026', 'Time is not an ISO-8601 date-time with offset'],
    ['2026-03-03T10:00:00', 'Time is not an ISO-8601 date-time with offset'],
    ['2026-03-03', 'Time is not an ISO-8601 date-time with offset'],
    ['March 3, 2026 10:00 UTC', 'Time is not an ISO-8601 date-time with offset'],
    ['2026-03-03T25:00:00Z', 'Time is not an ISO-8601 date-time with offset'],
    [1772532000000, 'Time is not an ISO-8601 date-time with offset'],
    ['2026-02-30T10:00:00Z', 'Time: no such calendar date'],
    ['2025-02-29T10:00:00+01:00', 'Time: no such calendar date'],
  ])('rejects %j: %s', (time, reason) => {
    // Prepare
    const text = [entry('2026-03-03T09:00:00Z'), entry(time)].join('\n');

    // Act
    const { entries, problems } = parseEntries(text);

    // Assess
    expect(problems).toEqual([
      // the line's Source and DetailType go on its rejected record
      { line: 2, reason: `line 2: ${reason}`, source: 'bank.core', detailType: 'Balance.Changed' },
    ]);
    expect(entries).toHaveLength(1);
  });

  it.each([
    ['2026-03-03T10:00:00Z', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T12:30:00+02:30', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T10:00:00.250-00:00', '2026-03-03T10:00:00.250Z'],
    ['2028-02-29T10:00:00Z', '2028-02-29T10:00:00.000Z'],
  ])('takes %s as %s', (time, instant) => {
    // Act
    const { entries, problems } = parseEntries(entry(time));

    // Assess
    expect(problems).toEqual([]);
    expect(entries.map((e) => new Date(e.time).toISOString())).toEqual([instant]);
  });

  it('runs an entry without Time at the previous entry time, and one before any Time at the first', () => {
    // Prepare
    const text = [entry(), entry('2026-03-03T10:00:00Z'), entry(), entry('2026-03-03T11:00:00Z')].join('\n');

    // Act
    const { entries } = parseEntries(text);

    // Assess
    expect(entries.map((e) => [e.index + 1, new Date(e.time).toISOString()])).toEqual([
      [1, '2026-03-03T10:00:00.000Z'],
      [2, '2026-03-03T10:00:00.000Z'],
      [3, '2026-03-03T10:00:00.000Z'],
      [4, '2026-03-03T11:00:00.000Z'],
    ]);
  });
});
