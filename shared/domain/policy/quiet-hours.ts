import type { Category } from '../profile.ts';
import { DAY, instantAt, MINUTE, wallTime } from './zoned-time.ts';

/** Local times of day, 24-hour `HH:MM`; `start === end` means no quiet hours. */
export interface QuietWindow {
  start: string;
  end: string;
}

export type Urgency = 'immediate' | 'normal';

export interface QuietHoursInput {
  now: Date;
  /** The customer's IANA time zone. */
  timeZone: string;
  /** The customer's setting (AlertSettings.Changed `quietHours`), if any. */
  window?: QuietWindow | undefined;
  /** The deployment's default, used when the customer has none; `start === end` to have none. */
  defaultWindow: QuietWindow;
  category: Category;
  urgency: Urgency;
}

export type QuietHoursDecision = { deliver: 'now' } | { deliver: 'later'; at: Date; reason: 'quiet_hours' };

/** Minutes after midnight of an `HH:MM` time of day; RangeError on anything else. */
export function minutesOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match)
    throw new RangeError(`quiet hours: expected a time of day "HH:MM", got ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Whether a message may go now or must wait for the end of the customer's quiet hours. The window is
 * `[start, end)` in local time and spans midnight when `end < start` (22:00–07:00). `at` is the first instant
 * ≥ `now` at which the local clock reads `end` (the first occurrence when a fall-back repeats it, the end of
 * the gap when a spring-forward skips it). Security messages and immediate ones always go now.
 */
export function decideQuietHours(input: QuietHoursInput): QuietHoursDecision {
  if (input.category === 'security' || input.urgency === 'immediate') return { deliver: 'now' };
  const { start, end } = input.window ?? input.defaultWindow;
  const from = minutesOfDay(start) * MINUTE;
  const to = minutesOfDay(end) * MINUTE;
  if (from === to) return { deliver: 'now' };
  const now = input.now.getTime();
  const wall = wallTime(now, input.timeZone);
  const sinceMidnight = wall - Math.floor(wall / DAY) * DAY;
  const quiet =
    from < to ? sinceMidnight >= from && sinceMidnight < to : sinceMidnight >= from || sinceMidnight < to;
  if (!quiet) return { deliver: 'now' };
  const endWall = wall - sinceMidnight + to + (sinceMidnight < to ? 0 : DAY);
  return { deliver: 'later', at: new Date(instantAt(endWall, input.timeZone, now)), reason: 'quiet_hours' };
}
