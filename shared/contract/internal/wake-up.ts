/**
 * A wake-up (tax-date reminders): Herald's own one-off timer, scheduled through the defer queue and
 * delivered to the DueQueue at its time. It carries which reminder, for which date, due when; no personal
 * data.
 */
import * as v from 'valibot';
import { calendarDate, expected } from '../common.ts';
import { instant, text } from './parse.ts';

export const wakeUp = v.object(
  {
    customerId: text,
    reminderId: text,
    /** The reminder's date, `YYYY-MM-DD`, in the customer's time zone. */
    date: calendarDate,
    /** The due instant (ISO-8601): the reminder's occurredAt, so event-to-send latency starts there. */
    at: instant,
  },
  expected('an object'),
);
export type WakeUp = v.InferOutput<typeof wakeUp>;

/** Names the wake-up in a reason: `wake-up.date: …`. */
export const WAKE_UP = 'wake-up';
