// Local wall-clock time ↔ instants in an IANA time zone, with Intl only: the oracle's own arithmetic, not
// Herald's (shared/domain/policy/zoned-time.ts), so a mistake there cannot hide in the expectations.

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's offset from UTC at `instant`, in minutes (east positive). */
export function offsetMinutes(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/** The instant at which the local clock in `timeZone` reads `date` (YYYY-MM-DD) + `minutes` after midnight. */
export function instantOfLocal(timeZone: string, date: string, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minutes * MINUTE;
  let guess = wall - offsetMinutes(timeZone, wall) * MINUTE;
  guess = wall - offsetMinutes(timeZone, guess) * MINUTE;
  return guess;
}

/** Minutes after local midnight at `instant`. */
export function localMinutes(timeZone: string, instant: number): number {
  const wall = instant + offsetMinutes(timeZone, instant) * MINUTE;
  return Math.floor((((wall / MINUTE) % 1440) + 1440) % 1440);
}

/** ISO-8601 with the zone's offset at that instant, seconds precision: `2026-05-12T10:15:00+07:00`. */
export function isoWithOffset(timeZone: string, instant: number): string {
  const offset = offsetMinutes(timeZone, instant);
  const wall = new Date(Math.floor(instant / 1000) * 1000 + offset * MINUTE).toISOString().slice(0, 19);
  if (offset === 0) return `${wall}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `HH:MM` of minutes after midnight (taken modulo a day). */
export function timeOfDay(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The local calendar date (YYYY-MM-DD) at `instant`. */
export function localDate(timeZone: string, instant: number): string {
  return new Date(instant + offsetMinutes(timeZone, instant) * MINUTE).toISOString().slice(0, 10);
}

/** `date` (YYYY-MM-DD) plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
