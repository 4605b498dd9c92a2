// Tax-date reminders: the customer sets a reminder for a holding on a date (TaxReminder.Set); Herald wakes up
// at the deployment's local morning time on that date, in the customer's time zone, and reminds them.
//
// State: one item per reminder under the customer. A later Set of the same reminderId replaces it; an older
// one (out of order) is ignored. The wake-up is a one-off schedule named after the customer, the reminder and
// the date, so a redelivered Set makes no second one; when it fires, the reminder is sent only if it still
// exists and still has that date (a re-set to another date has a wake-up of its own).
import { createHash } from 'node:crypto';
import type { TaxReminderSet as TaxReminderSetEvent } from '../contract/events/tax-reminder-set.ts';
import type { WakeUp } from '../contract/internal/wake-up.ts';
import type { Intent } from './notification.ts';
import { DAY, instantAt, wallTime } from './policy/zoned-time.ts';

/** The fields of TaxReminder.Set this feature reads (its `date`: a calendar date in the customer's time zone). */
export type TaxReminderSet = Pick<
  TaxReminderSetEvent,
  'eventId' | 'occurredAt' | 'customerId' | 'reminderId' | 'symbol' | 'date' | 'note'
>;

/** A stored reminder: the Set that applied last, and the Set that chose its current date. */
export interface TaxReminder extends TaxReminderSet {
  /** `occurredAt` of the Set that applied last, in epoch ms: later Sets replace, earlier ones are stale. */
  atMs: number;
  /**
   * The Set that first gave the reminder its current date. A later Set that keeps the date (a new note, a
   * redelivery under a new id) keeps it too, so one reminder date yields one message.
   */
  dueEventId: string;
}

export type SetOutcome =
  | { outcome: 'new' | 'replaced' | 'duplicate'; reminder: TaxReminder }
  | { outcome: 'stale'; reminder: TaxReminder };

/**
 * What a Set does to the stored reminder (undefined: none yet):
 * - none stored: `new`;
 * - the same Set again (same eventId): `duplicate`, the stored reminder unchanged;
 * - a Set that occurred before the stored one: `stale`, ignored;
 * - otherwise (later, or at the same instant, as the profile applies equal times): `replaced`.
 */
export function applySet(stored: TaxReminder | undefined, set: TaxReminderSet): SetOutcome {
  const atMs = Date.parse(set.occurredAt);
  if (!stored) return { outcome: 'new', reminder: { ...set, atMs, dueEventId: set.eventId } };
  if (stored.eventId === set.eventId) return { outcome: 'duplicate', reminder: stored };
  if (atMs < stored.atMs) return { outcome: 'stale', reminder: stored };
  const { note: _previousNote, ...kept } = stored;
  return {
    outcome: 'replaced',
    reminder: {
      ...kept,
      ...set,
      atMs,
      dueEventId: stored.date === set.date ? stored.dueEventId : set.eventId,
    },
  };
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant `date` reaches `localTime` (`HH:MM`) on the wall clock of `timeZone`, DST included. */
export function dueInstant(date: string, localTime: string, timeZone: string): Date {
  const time = LOCAL_TIME.exec(localTime);
  if (!time) throw new RangeError(`local time must be HH:MM, got ${JSON.stringify(localTime)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, Number(time[1]), Number(time[2]));
  return new Date(instantAt(wall, timeZone));
}

/** The customer's calendar date at `now`, `YYYY-MM-DD`. */
export function localDate(now: Date, timeZone: string): string {
  return new Date(wallTime(now.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * When to remind, decided when the Set arrives:
 * - the date's local morning is still ahead: at that instant;
 * - the date is today and its morning has passed: at once;
 * - the date is before today (in the customer's time zone): never; the Set is rejected, naming detail.date.
 */
export function decideWakeUp(input: {
  date: string;
  localTime: string;
  timeZone: string;
  now: Date;
}): { at: Date } | { rejected: string } {
  const due = dueInstant(input.date, input.localTime, input.timeZone);
  if (due.getTime() > input.now.getTime()) return { at: due };
  const today = localDate(input.now, input.timeZone);
  if (input.date >= today) return { at: input.now };
  return { rejected: `detail.date: ${input.date} has passed (it is ${today} in the customer's time zone)` };
}

/**
 * Until when a reminder is kept (its item's TTL): a week after its date has ended in every time zone (by
 * 12:00 UTC the next day), long enough for the wake-up, the Scheduler's retries and the queue's redrives.
 */
export function keepUntil(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 2 * DAY + 7 * DAY);
}

/** The wake-up's schedule id: the same reminder and date always name the same one-off schedule. */
export function wakeUpId(wakeUp: Pick<WakeUp, 'customerId' | 'reminderId' | 'date'>): string {
  return createHash('sha256')
    .update(`tax-reminder\u0000${wakeUp.customerId}\u0000${wakeUp.reminderId}\u0000${wakeUp.date}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The message types the tax-date reminders raises (its function's render queues follow from their definitions). */
export const TAX_REMINDER_TYPES = ['tax.reminder'] as const;

/**
 * The reminder a wake-up asks for, if it is still wanted: the stored reminder must still have the wake-up's
 * date (a reminder re-set to another date waits for that date's own wake-up). The intent's eventId is the
 * TaxReminder.Set that chose the date, and its occurrence the reminder and the date: one message per
 * reminder date, however often it wakes up.
 */
export function decideTaxReminder(
  reminder: TaxReminder,
  wakeUp: WakeUp,
): Intent<(typeof TAX_REMINDER_TYPES)[number]> | undefined {
  if (reminder.date !== wakeUp.date || reminder.customerId !== wakeUp.customerId) return undefined;
  return {
    type: 'tax.reminder',
    category: 'transactional',
    customerId: reminder.customerId,
    eventId: reminder.dueEventId,
    occurrence: `tax_reminder:${reminder.reminderId}:${reminder.date}`,
    occurredAt: wakeUp.at,
    data: {
      reminderId: reminder.reminderId,
      symbol: reminder.symbol,
      date: reminder.date,
      ...(reminder.note ? { note: reminder.note } : {}),
    },
  };
}
