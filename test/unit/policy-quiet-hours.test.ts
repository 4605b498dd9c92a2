import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideQuietHours,
  type QuietHoursInput,
  type QuietWindow,
  type Urgency,
} from '../../shared/domain/policy/quiet-hours.ts';
import type { Category } from '../../shared/domain/profile.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// DST in both hemispheres, at 00:00 (Santiago), at 02:45 (Chatham), shifted for Ramadan (Casablanca);
// half-hour and 45-minute offsets; zones that dropped DST (Sao Paulo, Tehran) and zones that never had it.
const zones = [
  'Europe/Bucharest',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'America/Santiago',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'Asia/Tehran',
  'Asia/Jakarta',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'UTC',
] as const;

/** Local wall time as epoch ms "as if UTC", read independently of the module (sv-SE prints ISO-like). */
const localFormats = new Map<string, Intl.DateTimeFormat>();
const local = (instant: number, timeZone: string): number => {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    localFormats.set(timeZone, format);
  }
  const text = format.format(instant); // "2026-03-29 02:59:59"
  return Date.parse(`${text.replace(' ', 'T')}Z`) + (((instant % 1000) + 1000) % 1000);
};
const offset = (instant: number, timeZone: string): number => local(instant, timeZone) - instant;
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const timeOfDay = (wall: number): number => ((wall % DAY) + DAY) % DAY;
const isQuiet = (wall: number, { start, end }: QuietWindow): boolean => {
  const t = timeOfDay(wall);
  const from = minutes(start) * MINUTE;
  const to = minutes(end) * MINUTE;
  return from < to ? t >= from && t < to : from > to && (t >= from || t < to);
};
/** The spec: the next local `end` after the local time at `now`. */
const endWall = (nowWall: number, { end }: QuietWindow): number => {
  const t = timeOfDay(nowWall);
  const to = minutes(end) * MINUTE;
  return nowWall - t + to + (t < to ? 0 : DAY);
};

/** The start of the window that follows the one ending at `end` (a wall time). */
const nextStartWall = (end: number, { start, end: endTime }: QuietWindow): number =>
  end - timeOfDay(end) + minutes(start) * MINUTE + (minutes(start) > minutes(endTime) ? 0 : DAY);

/** Every offset change of each zone in 2020–2031, found by daily sampling and bisection. */
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2032, 0, 1);
const transitions = zones.flatMap((timeZone) => {
  const found: number[] = [];
  for (let t = FROM; t < TO; t += DAY) {
    if (offset(t, timeZone) === offset(t + DAY, timeZone)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offset(mid, timeZone) === offset(t, timeZone)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found.map((at) => ({ timeZone, at }));
});

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const quietWindow: fc.Arbitrary<QuietWindow> = fc.oneof(
  fc.record({ start: hhmm, end: hhmm }),
  fc.constantFrom(
    { start: '22:00', end: '07:00' },
    { start: '13:00', end: '14:00' },
    { start: '00:00', end: '06:00' },
    { start: '21:30', end: '03:30' },
  ),
);
/** Anywhere in 2020–2031, or within a day and a half of one of the zone's offset changes. */
const zonedInstant = fc.oneof(
  fc.record({ timeZone: fc.constantFrom(...zones), at: fc.integer({ min: FROM, max: TO }) }),
  fc
    .record({
      transition: fc.constantFrom(...transitions),
      delta: fc.integer({ min: -36 * HOUR, max: 36 * HOUR }),
    })
    .map(({ transition, delta }) => ({ timeZone: transition.timeZone, at: transition.at + delta })),
);

/** A window ending within 90 minutes of an offset change's local time, and a `now` up to a day before it. */
const aroundTransition = fc
  .record({
    transition: fc.constantFrom(...transitions),
    endShift: fc.integer({ min: -90, max: 90 }),
    start: hhmm,
    delta: fc.integer({ min: -26 * HOUR, max: 2 * HOUR }),
  })
  .map(({ transition: { timeZone, at }, endShift, start, delta }) => {
    const changeMinute = Math.round(timeOfDay(local(at - 1000, timeZone) + 1000) / MINUTE);
    const end = (((changeMinute + endShift) % 1440) + 1440) % 1440;
    const hh = String(Math.floor(end / 60)).padStart(2, '0');
    const mm = String(end % 60).padStart(2, '0');
    return { timeZone, at: at + delta, window: { start, end: `${hh}:${mm}` } };
  });
const scenario = fc.oneof(
  fc
    .record({ instant: zonedInstant, window: quietWindow })
    .map(({ instant, window }) => ({ ...instant, window })),
  aroundTransition,
);

const decide = (overrides: Partial<QuietHoursInput> & Pick<QuietHoursInput, 'now' | 'timeZone'>) =>
  decideQuietHours({
    defaultWindow: { start: '22:00', end: '07:00' },
    category: 'transactional',
    urgency: 'normal',
    ...overrides,
  });

describe('decideQuietHours: properties across zones and years', () => {
  it('finds the DST changes it is meant to exercise', () => {
    // Assess: every DST zone changes offset twice a year (Casablanca more often around Ramadan)
    expect(transitions.filter((t) => t.timeZone === 'Pacific/Chatham')).toHaveLength(24);
    expect(transitions.filter((t) => t.timeZone === 'Asia/Kolkata')).toHaveLength(0);
  });

  it('defers exactly when the local time is inside the window, to the first instant it is over', () => {
    fc.assert(
      fc.property(scenario, ({ timeZone, at: now, window }) => {
        // Act
        const decision = decide({ now: new Date(now), timeZone, window });
        // Assess: the decision matches the local clock
        const nowWall = local(now, timeZone);
        expect(decision.deliver).toBe(isQuiet(nowWall, window) ? 'later' : 'now');
        if (decision.deliver === 'now') return;
        expect(decision.reason).toBe('quiet_hours');
        const at = decision.at.getTime();
        const end = endWall(nowWall, window);
        // Assess: at is after now, outside the window, on or after the local end time
        expect(at).toBeGreaterThan(now);
        expect(at - now).toBeLessThanOrEqual(DAY + HOUR);
        const atWall = local(at, timeZone);
        expect(atWall).toBeGreaterThanOrEqual(end);
        // Assess: outside the window, unless a spring-forward gap swallowed the end and the next start with it
        // (02:01–02:00 on a day that skips 02:00–02:59 has no quiet-free minute: at is 03:00, the gap's end)
        expect(isQuiet(atWall, window)).toBe(atWall >= nextStartWall(end, window));
        // Assess: and it is the earliest such instant, to the millisecond
        expect(local(at - 1, timeZone)).toBeLessThan(end);
        // Assess: every minute before it, back to now, is still quiet (or in a repeated DST hour), end not reached
        for (let x = at - MINUTE; x > now; x -= MINUTE) {
          const wall = local(x, timeZone);
          expect(wall).toBeLessThan(end);
          if (offset(x, timeZone) === offset(now, timeZone)) expect(isQuiet(wall, window)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('always delivers security and immediate messages now', () => {
    fc.assert(
      fc.property(
        zonedInstant,
        quietWindow,
        fc.constantFrom<[Category, Urgency]>(
          ['security', 'normal'],
          ['security', 'immediate'],
          ['transactional', 'immediate'],
          ['marketing', 'immediate'],
        ),
        ({ timeZone, at }, window, [category, urgency]) => {
          // Act
          const decision = decide({ now: new Date(at), timeZone, window, category, urgency });
          // Assess
          expect(decision).toEqual({ deliver: 'now' });
        },
      ),
    );
  });

  it('never has quiet hours when start equals end', () => {
    fc.assert(
      fc.property(zonedInstant, hhmm, ({ timeZone, at }, time) => {
        // Act
        const decision = decide({ now: new Date(at), timeZone, window: { start: time, end: time } });
        // Assess
        expect(decision).toEqual({ deliver: 'now' });
      }),
    );
  });
});

describe('decideQuietHours: DST changes of 2026', () => {
  it.each([
    // Europe/Bucharest, 29 March: 03:00 EET → 04:00 EEST at 01:00Z (03:00–03:59 does not exist)
    [
      'Bucharest spring, end 07:00 after the gap',
      'Europe/Bucharest',
      '22:00',
      '07:00',
      '2026-03-28T21:00:00Z',
      '2026-03-29T04:00:00.000Z',
    ],
    [
      'Bucharest spring, end 03:30 inside the gap → 04:00 EEST',
      'Europe/Bucharest',
      '22:00',
      '03:30',
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'Bucharest spring, end 04:00 = first instant after the gap',
      'Europe/Bucharest',
      '22:00',
      '04:00',
      '2026-03-28T22:00:00Z',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'Bucharest spring, one second before the jump',
      'Europe/Bucharest',
      '22:00',
      '03:00',
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:00:00.000Z',
    ],
    // Europe/Bucharest, 25 October: 04:00 EEST → 03:00 EET at 01:00Z (03:00–03:59 happens twice)
    [
      'Bucharest autumn, end 07:00 after the overlap',
      'Europe/Bucharest',
      '22:00',
      '07:00',
      '2026-10-24T20:00:00Z',
      '2026-10-25T05:00:00.000Z',
    ],
    [
      'Bucharest autumn, end 03:30 in the overlap → first one',
      'Europe/Bucharest',
      '22:00',
      '03:30',
      '2026-10-24T23:00:00Z',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'Bucharest autumn, now in the repeated hour → second one',
      'Europe/Bucharest',
      '22:00',
      '03:30',
      '2026-10-25T01:10:00Z',
      '2026-10-25T01:30:00.000Z',
    ],
    [
      'Bucharest autumn, same-day window back in the repeated hour',
      'Europe/Bucharest',
      '01:00',
      '03:30',
      '2026-10-25T01:15:00Z',
      '2026-10-25T01:30:00.000Z',
    ],
    // America/New_York, 8 March: 02:00 EST → 03:00 EDT at 07:00Z
    [
      'New York spring, end 07:00 after the gap',
      'America/New_York',
      '22:00',
      '07:00',
      '2026-03-08T04:00:00Z',
      '2026-03-08T11:00:00.000Z',
    ],
    [
      'New York spring, end 02:30 inside the gap → 03:00 EDT',
      'America/New_York',
      '22:00',
      '02:30',
      '2026-03-08T06:00:00Z',
      '2026-03-08T07:00:00.000Z',
    ],
    // America/New_York, 1 November: 02:00 EDT → 01:00 EST at 06:00Z
    [
      'New York autumn, end 07:00 after the overlap',
      'America/New_York',
      '22:00',
      '07:00',
      '2026-11-01T03:00:00Z',
      '2026-11-01T12:00:00.000Z',
    ],
    [
      'New York autumn, end 01:30 in the overlap → first one',
      'America/New_York',
      '22:00',
      '01:30',
      '2026-11-01T05:00:00Z',
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'New York autumn, now in the repeated hour → second one',
      'America/New_York',
      '22:00',
      '01:30',
      '2026-11-01T06:10:00Z',
      '2026-11-01T06:30:00.000Z',
    ],
  ])('%s', (_label, timeZone, start, end, now, at) => {
    // Act
    const decision = decide({ now: new Date(now), timeZone, window: { start, end } });
    // Assess
    expect(decision).toEqual({ deliver: 'later', at: new Date(at), reason: 'quiet_hours' });
  });

  it.each([
    [
      'Bucharest autumn, first 03:45 is past a 01:00–03:30 window',
      'Europe/Bucharest',
      '01:00',
      '03:30',
      '2026-10-25T00:45:00Z',
    ],
    [
      'Bucharest spring, a 03:00–03:30 window does not exist that day',
      'Europe/Bucharest',
      '03:00',
      '03:30',
      '2026-03-29T01:00:00Z',
    ],
    [
      'New York autumn, 01:45 EDT is past a 00:00–01:30 window',
      'America/New_York',
      '00:00',
      '01:30',
      '2026-11-01T05:45:00Z',
    ],
  ])('%s → now', (_label, timeZone, start, end, now) => {
    // Act
    const decision = decide({ now: new Date(now), timeZone, window: { start, end } });
    // Assess
    expect(decision).toEqual({ deliver: 'now' });
  });
});

describe('decideQuietHours: windows', () => {
  // Asia/Jakarta is UTC+7 all year: local 22:00 is 15:00Z.
  it.each([
    ['21:59:59', '22:00', '07:00', undefined],
    ['22:00:00', '22:00', '07:00', '2026-06-02T07:00:00'],
    ['23:30:00', '22:00', '07:00', '2026-06-02T07:00:00'],
    ['00:00:00', '22:00', '07:00', '2026-06-01T07:00:00'],
    ['06:59:59', '22:00', '07:00', '2026-06-01T07:00:00'],
    ['07:00:00', '22:00', '07:00', undefined],
    ['12:00:00', '22:00', '07:00', undefined],
    ['12:59:00', '13:00', '14:00', undefined],
    ['13:00:00', '13:00', '14:00', '2026-06-01T14:00:00'],
    ['13:59:59', '13:00', '14:00', '2026-06-01T14:00:00'],
    ['14:00:00', '13:00', '14:00', undefined],
    ['03:00:00', '07:00', '07:00', undefined],
  ])('local 2026-06-01 %s, window %s–%s → %s', (time, start, end, localAt) => {
    // Prepare
    const now = new Date(`2026-06-01T${time}+07:00`);
    // Act
    const decision = decide({ now, timeZone: 'Asia/Jakarta', window: { start, end } });
    // Assess
    expect(decision).toEqual(
      localAt === undefined
        ? { deliver: 'now' }
        : { deliver: 'later', at: new Date(`${localAt}+07:00`), reason: 'quiet_hours' },
    );
  });

  it.each([
    ['the half-hour zone Asia/Kolkata', 'Asia/Kolkata', '2026-06-01T17:00:00Z', '2026-06-02T01:30:00.000Z'],
    [
      'the 45-minute zone Asia/Kathmandu',
      'Asia/Kathmandu',
      '2026-06-01T17:00:00Z',
      '2026-06-02T01:15:00.000Z',
    ],
    [
      'Pacific/Chatham (+12:45 in winter)',
      'Pacific/Chatham',
      '2026-06-01T10:00:00Z',
      '2026-06-01T18:15:00.000Z',
    ],
  ])('uses %s', (_label, timeZone, now, at) => {
    // Act
    const decision = decide({ now: new Date(now), timeZone, window: { start: '22:00', end: '07:00' } });
    // Assess
    expect(decision).toEqual({ deliver: 'later', at: new Date(at), reason: 'quiet_hours' });
  });

  it('falls back to the deployment default when the customer has no window', () => {
    // Prepare: 23:00 in Jakarta
    const now = new Date('2026-06-01T16:00:00Z');
    // Act
    const byDefault = decide({
      now,
      timeZone: 'Asia/Jakarta',
      defaultWindow: { start: '21:00', end: '08:00' },
    });
    const own = decide({
      now,
      timeZone: 'Asia/Jakarta',
      window: { start: '00:00', end: '00:00' },
      defaultWindow: { start: '21:00', end: '08:00' },
    });
    // Assess
    expect(byDefault).toEqual({
      deliver: 'later',
      at: new Date('2026-06-02T01:00:00Z'),
      reason: 'quiet_hours',
    });
    expect(own).toEqual({ deliver: 'now' });
  });

  it.each(['7:00', '24:00', '07:60', '0700', ''])('refuses the time of day %j', (end) => {
    // Act
    const act = () =>
      decide({ now: new Date('2026-06-01T00:00:00Z'), timeZone: 'UTC', window: { start: '22:00', end } });
    // Assess
    expect(act).toThrow(RangeError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => decide({ now: new Date('2026-06-01T00:00:00Z'), timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });
});
