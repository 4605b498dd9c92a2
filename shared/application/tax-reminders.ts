import { parseInternalJson } from '../contract/internal/parse.ts';
import { WAKE_UP, type WakeUp, wakeUp as wakeUpSchema } from '../contract/internal/wake-up.ts';
import { decideTaxReminder, decideWakeUp, type TaxReminderSet, wakeUpId } from '../domain/tax-reminders.ts';
import { definitionOf } from '../notifications/catalogue.ts';
import type { TaxReminders } from '../ports/alerts.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { WakeUps } from '../ports/queues.ts';
import { type BusEvent, type RejectDeps, rejectEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface SetTaxReminderDeps extends CustomerGateDeps {
  profiles: ProfileReader;
  reminders: TaxReminders;
  wakeUps: WakeUps;
  /** The local time (`HH:MM`) reminders go out on their date (config `taxReminderLocalTime`). */
  localTime: string;
}

/**
 * TaxReminder.Set:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the due time is the configured local morning on the date, in the customer's time zone; a date that
 *    has passed is rejected (reason on detail.date) unless this very Set was applied already (a late
 *    redelivery), one whose morning has passed today is due at once;
 * 3. the reminder is stored, unless a later Set of it was stored already (then nothing more happens);
 * 4. a wake-up is arranged for the due time, named after the reminder and its date, so a redelivered Set
 *    (or one that only changed the note) arranges the same one, and a crash between 3 and 4 is repaired
 *    by the redelivery.
 */
export async function setTaxReminder(
  event: BusEvent,
  set: TaxReminderSet,
  deps: SetTaxReminderDeps,
): Promise<'arranged' | 'stale' | 'duplicate' | 'rejected'> {
  const profile = await admitKnownCustomer(event, set, deps);
  if (!profile) return 'rejected';
  const due = decideWakeUp({
    date: set.date,
    localTime: deps.localTime,
    timeZone: profile.timeZone,
    now: deps.now(),
  });
  if ('rejected' in due) {
    // A Set already applied, redelivered after its date (a late redrive), is no new mistake: nothing to do.
    const stored = await deps.reminders.get(set.customerId, set.reminderId);
    if (stored?.eventId === set.eventId) return 'duplicate';
    await rejectEvent(event, due.rejected, deps);
    return 'rejected';
  }
  const applied = await deps.reminders.apply(set);
  if (applied.outcome === 'stale') return 'stale';
  const wakeUp: WakeUp = {
    customerId: set.customerId,
    reminderId: set.reminderId,
    date: set.date,
    at: due.at.toISOString(),
  };
  await deps.wakeUps.arrange({ id: wakeUpId(wakeUp), at: due.at, body: JSON.stringify(wakeUp) });
  return 'arranged';
}

export interface RemindWhenDueDeps extends NotifyDeps, RejectDeps {
  profiles: ProfileReader;
  reminders: TaxReminders;
}

/**
 * A wake-up (DueQueue):
 * 1. a message that is not a wake-up is rejected (DLQ, with the reason);
 * 2. the reminder is read: gone (erased, expired) → nothing; re-set to another date → nothing (that date
 *    has its own wake-up);
 * 3. the customer's profile is read: gone (erased) → nothing;
 * 4. `tax.reminder` goes through `notify` (consent, channel order, quiet hours, exactly once per date).
 */
export async function remindWhenDue(
  body: string,
  deps: RemindWhenDueDeps,
): Promise<'notified' | 'superseded' | 'gone' | 'rejected'> {
  const parsed = parseInternalJson(wakeUpSchema, body, WAKE_UP);
  if (!parsed.ok) {
    await rejectEvent(
      { source: 'herald', 'detail-type': 'TaxReminder.Due', detail: body },
      parsed.reason,
      deps,
    );
    return 'rejected';
  }
  const wakeUp = parsed.value;
  const reminder = await deps.reminders.get(wakeUp.customerId, wakeUp.reminderId);
  if (!reminder) return 'gone';
  const intent = decideTaxReminder(reminder, wakeUp);
  if (!intent) return 'superseded';
  const profile = await deps.profiles.get(wakeUp.customerId);
  if (!profile) return 'gone';
  const spec = definitionOf(intent.type);
  if (!spec) throw new Error(`${intent.type} is not a registered message type`);
  await notify(profile, intent, spec, deps);
  return 'notified';
}
