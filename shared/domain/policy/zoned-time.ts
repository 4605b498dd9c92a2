/**
 * Wall-clock arithmetic in IANA time zones with nothing but Intl: a zone's offset at an instant is read from
 * `Intl.DateTimeFormat#formatToParts` (the runtime's ICU time-zone database), never computed by hand.
 *
 * A *wall time* is a local date and time encoded as the epoch milliseconds it would be if it were UTC, so
 * that `Date.UTC` and the `getUTC*` methods do calendar arithmetic on it; `wallTime(t) - t` is the zone's
 * offset at instant `t`.
 */

export const MINUTE = 60_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local wall time of instant `instant` (epoch ms) in `timeZone`. Throws RangeError on an unknown zone. */
export function wallTime(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour') % 24,
      part('minute'),
      part('second'),
    ) +
    (((instant % 1000) + 1000) % 1000)
  );
}

/**
 * The first instant ≥ `notBefore` at which the local wall clock of `timeZone` reaches `wall`: the instant
 * that `wall` names; in a fall-back overlap, its first occurrence (or the second, if the first is before
 * `notBefore`); in a spring-forward gap that swallows `wall`, the first valid instant after it (the end of
 * the gap). Expects the wall clock at `notBefore` to be before `wall`, and at most one offset change within a
 * day of `wall` (true of every zone in the current database).
 */
export function instantAt(wall: number, timeZone: string, notBefore = Number.NEGATIVE_INFINITY): number {
  // `wall` read with the offset in force a day earlier, and with the one in force a day later.
  const early = wall - wallTime(wall - DAY, timeZone) + wall - DAY;
  const late = wall - wallTime(wall + DAY, timeZone) + wall + DAY;
  let lo = Math.min(early, late);
  let hi = Math.max(early, late);
  for (const candidate of [lo, hi]) {
    if (candidate >= notBefore && wallTime(candidate, timeZone) === wall) return candidate;
  }
  // A gap: the wall clock jumps over `wall` somewhere in (lo, hi]; find the jump, to the second.
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallTime(mid, timeZone) < wall) lo = mid;
    else hi = mid;
  }
  return hi;
}
