/**
 * Deployment settings handed to a function in an environment variable as JSON (set at synth from
 * infra/config.ts): read with their schema at cold start, so a variable that is not what the function
 * expects stops it there, naming the variable and the field.
 */
import * as v from 'valibot';
import { expected, timeOfDay } from '../common.ts';
import { count, text } from './parse.ts';

/** The payment-due reminders' timings (`PAYMENT_DUE_SETTINGS`; config `paymentDue`). */
export const paymentDueSettings = v.object(
  {
    /** Days before the due date on which a reminder goes (descending, each 1–60); the due date's always goes. */
    daysBefore: v.array(count, expected('an array of whole numbers')),
    /** Local time `HH:MM` at which reminders go, in the customer's time zone. */
    localTime: timeOfDay,
    /** A bill due further ahead than this many days is rejected (it bounds the execution's length). */
    maxDaysAhead: count,
  },
  expected('an object'),
);
export type PaymentDueSettings = v.InferOutput<typeof paymentDueSettings>;

/** The producers whose events Herald accepts (`ALLOWED_SOURCES`; config `allowedSources`). */
export const allowedSources = v.pipe(
  v.array(text, expected('an array of Source names')),
  v.nonEmpty('must name at least one Source'),
);
