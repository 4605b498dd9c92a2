// The payment-due journey (Payment.Due): a reminder some days before the due date and one on the due date,
// each at the deployment's local morning time in the customer's time zone (daylight saving included), with
// a "set up autopay" call to action; none once the bill is paid. The instants are worked out when the bill
// arrives and passed to the execution (`at`), whose Wait states wait until them.
//
// Which Payment.Completed pays the bill: contract v1 gives Payment.Completed no billId, so Herald takes the
// payment's `reference` as the bill's id (what a bank puts in the reference of a bill payment), and failing
// that its `paymentId`. A bill on autopay gets no reminders at all: the bank collects it, and the payment
// confirmation (Payment.Completed) tells the customer; a later Payment.Due with `autopay: true` for a bill
// already being reminded of ends its reminders.

import type { PaymentDue } from '../../contract/events/payment-due.ts';
import type { PaymentDueSettings } from '../../contract/internal/settings.ts';
import { instantAt, wallTime } from '../policy/zoned-time.ts';
import {
  DAY_SECONDS,
  type JourneyDefinition,
  type JourneyItem,
  type JourneyKind,
  type JourneyStep,
  stepType,
} from './journey.ts';

export const PAYMENT_DUE = 'payment_due';

/** Statuses: reminders go; the bill was paid; the customer switched the bill to autopay. */
export const BILL_DUE = 'due';
export const BILL_PAID = 'paid';
export const BILL_AUTOPAY = 'autopay';

export const DUE_PHASE = 'due';
export const PAYMENT_DUE_TYPES = ['payment_due.reminder'] as const;

export const BILL_PAID_GOAL = { name: 'paid', from: BILL_DUE, to: BILL_PAID } as const;
export const BILL_AUTOPAY_GOAL = { name: 'autopay', from: BILL_DUE, to: BILL_AUTOPAY } as const;

/** The deployment's timings (infra/config.ts `paymentDue`). */
// The deployment's timings (infra/config.ts `paymentDue`), the function's PAYMENT_DUE_SETTINGS: its schema
// is in shared/contract/internal/settings.ts.
export type { PaymentDueSettings } from '../../contract/internal/settings.ts';

export const DEFAULT_PAYMENT_DUE: Readonly<PaymentDueSettings> = {
  daysBefore: [3],
  localTime: '09:00',
  maxDaysAhead: 90,
};

/** The `at` name of a reminder `days` before the due date (0: on it). */
const waitName = (days: number) => (days === 0 ? 'dueDate' : `before${days}`);
const stepName = (days: number) => (days === 0 ? 'due-date' : `before-${days}`);

/** The journey's steps: each waits until its instant (`at.<name>`), worked out when the bill arrives. */
export function paymentDueJourney(settings: PaymentDueSettings = DEFAULT_PAYMENT_DUE): JourneyDefinition {
  const days = [...settings.daysBefore, 0];
  const steps: JourneyStep[] = days.map((d, i) => ({
    step: stepName(d),
    type: 'payment_due.reminder',
    waitUntil: waitName(d),
    // The longest each wait can be: the first, from the bill's arrival; the others, the days between.
    waitSeconds:
      i === 0 ? (settings.maxDaysAhead + 1) * DAY_SECONDS : ((days[i - 1] as number) - d) * DAY_SECONDS,
    params: { days: String(d) },
  }));
  return { name: PAYMENT_DUE, phases: [{ name: DUE_PHASE, requires: BILL_DUE, steps }] };
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Checks a deployment's settings; returns the problems, each naming the field. */
export function paymentDueProblems(settings: PaymentDueSettings): string[] {
  const problems: string[] = [];
  const days = settings.daysBefore;
  if (days.length > 5) problems.push('daysBefore: at most 5 reminders before the due date');
  days.forEach((day, i) => {
    if (!Number.isInteger(day) || day < 1 || day > 60)
      problems.push(`daysBefore[${i}]: must be a whole number of days from 1 to 60`);
    else if (i > 0 && day >= (days[i - 1] as number))
      problems.push(`daysBefore[${i}]: must be fewer days than the one before`);
  });
  if (!LOCAL_TIME.test(settings.localTime)) problems.push('localTime: must be HH:MM, e.g. "09:00"');
  if (!Number.isInteger(settings.maxDaysAhead) || settings.maxDaysAhead < 1 || settings.maxDaysAhead > 300)
    problems.push('maxDaysAhead: must be a whole number of days from 1 to 300');
  return problems;
}

/** The calendar date `days` before `date` (`YYYY-MM-DD`). */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

/** The instant `date` reaches `localTime` on the wall clock of `timeZone`. */
function localMorning(date: string, localTime: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = localTime.split(':').map(Number) as [number, number];
  return new Date(instantAt(Date.UTC(year, month - 1, day, hours, minutes), timeZone));
}

/**
 * When each reminder of a bill goes, decided when Payment.Due arrives (`at`, by the steps' `waitUntil`
 * names); a due date that has passed in the customer's time zone, or is further ahead than `maxDaysAhead`,
 * is rejected naming `detail.dueDate`. Reminders whose moment has passed are still listed: the step skips
 * one when a later reminder is due already (see `paymentDueKind.skip`).
 */
export function paymentDueSchedule(input: {
  dueDate: string;
  timeZone: string;
  now: Date;
  settings: PaymentDueSettings;
}): { at: Record<string, string> } | { rejected: string } {
  const { dueDate, timeZone, now, settings } = input;
  const today = new Date(wallTime(now.getTime(), timeZone)).toISOString().slice(0, 10);
  if (dueDate < today)
    return { rejected: `detail.dueDate: ${dueDate} has passed (it is ${today} in the customer's time zone)` };
  const latest = daysBefore(today, -settings.maxDaysAhead);
  if (dueDate > latest)
    return { rejected: `detail.dueDate: ${dueDate} is more than ${settings.maxDaysAhead} days ahead` };
  const at: Record<string, string> = {};
  for (const days of [...settings.daysBefore, 0])
    at[waitName(days)] = localMorning(daysBefore(dueDate, days), settings.localTime, timeZone).toISOString();
  return { at };
}

/** The bill's fields of Payment.Due the reminders show. */
export type BillDue = Pick<
  PaymentDue,
  'eventId' | 'occurredAt' | 'customerId' | 'billId' | 'amount' | 'currency' | 'dueDate' | 'minimumDue'
>;

/** A bill's journey, keyed by its billId; it keeps the reminders' instants so a redelivery starts the same. */
export function paymentDueItem(bill: BillDue, at: Record<string, string>): JourneyItem {
  return {
    journey: PAYMENT_DUE,
    customerId: bill.customerId,
    key: bill.billId,
    status: BILL_DUE,
    startedAt: bill.occurredAt,
    startEventId: bill.eventId,
    attributes: {
      billId: bill.billId,
      amount: bill.amount,
      currency: bill.currency,
      dueDate: bill.dueDate,
      ...(bill.minimumDue ? { minimumDue: bill.minimumDue } : {}),
      ...Object.fromEntries(Object.entries(at).map(([name, iso]) => [`at:${name}`, iso])),
    },
    goals: {},
    steps: {},
  };
}

/** The `at` of a stored journey: the execution input's instants. */
export function paymentDueAt(item: JourneyItem): Record<string, string> {
  return Object.fromEntries(
    Object.entries(item.attributes)
      .filter(([name]) => name.startsWith('at:'))
      .map(([name, iso]) => [name.slice(3), iso]),
  );
}

/** The bill ids a Payment.Completed may be paying: its reference, then its paymentId. */
export function billIdsOf(payment: { paymentId: string; reference?: string | undefined }): string[] {
  return [...new Set([payment.reference, payment.paymentId].filter((id): id is string => !!id))];
}

export const paymentDueKind: JourneyKind<(typeof PAYMENT_DUE_TYPES)[number]> = {
  name: PAYMENT_DUE,
  phases: { [DUE_PHASE]: BILL_DUE },
  types: PAYMENT_DUE_TYPES,
  message(item, step) {
    const a = item.attributes;
    const days = step.params?.days ?? '0';
    return {
      type: stepType(PAYMENT_DUE_TYPES, step),
      data: {
        billId: a.billId ?? item.key,
        amount: a.amount ?? '',
        currency: a.currency ?? '',
        dueDate: a.dueDate ?? '',
        ...(a.minimumDue ? { minimumDue: a.minimumDue } : {}),
        days,
      },
    };
  },
  // A bill that arrived late (two days before its due date, with a reminder three days before) gets the
  // reminders whose moment is still ahead, and the latest one that has passed at once; an earlier one that
  // a later reminder has overtaken is skipped, so no two reminders of a bill go at the same moment.
  skip(item, step, now) {
    // The step's instant by its days (its params): the state machine passes a step's params, not its wait.
    const own = item.attributes[`at:${waitName(Number(step.params?.days ?? 0))}`];
    if (!own) return undefined;
    const overtaken = Object.values(paymentDueAt(item)).some(
      (iso) => Date.parse(iso) > Date.parse(own) && Date.parse(iso) <= now.getTime(),
    );
    return overtaken ? 'overtaken' : undefined;
  },
};
