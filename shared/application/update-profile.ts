import type { AlertSettingsChanged } from '../contract/events/alert-settings-changed.ts';
import type { ConsentChanged } from '../contract/events/consent-changed.ts';
import type { CustomerUpserted } from '../contract/events/customer-upserted.ts';
import type { SettingName } from '../domain/profile.ts';
import type { ProfileWriter } from '../ports/customers.ts';
import type { BusEvent } from './accept-event.ts';
import { admitAfterErasure, type CustomerGateDeps } from './erasure-gate.ts';

export type ProfileEvent =
  | { detailType: 'Customer.Upserted'; detail: CustomerUpserted }
  | { detailType: 'Consent.Changed'; detail: ConsentChanged }
  | { detailType: 'AlertSettings.Changed'; detail: AlertSettingsChanged };

const SETTINGS: SettingName[] = [
  'lowBalance',
  'largeTransaction',
  'creditUtilization',
  'quietHours',
  'channelOrder',
];

/**
 * Keeps the customer's profile current. Each change carries the bank's `occurredAt`; an older change than
 * the one already applied is ignored (EventBridge does not keep order), and a consent or setting that
 * arrives before the customer's profile is kept for when the profile comes. Every consent change is kept
 * in the consent ledger, in order or not. Returns what happened, for the operational log.
 */
export async function updateProfile(
  event: ProfileEvent,
  profiles: ProfileWriter,
  now: () => Date,
): Promise<'applied' | 'stale'> {
  switch (event.detailType) {
    case 'Customer.Upserted': {
      const { customerId, occurredAt, name, locale, timeZone, contacts, segment } = event.detail;
      const applied = await profiles.upsert({
        customerId,
        occurredAt,
        locale,
        timeZone,
        contacts,
        ...(name ? { name } : {}),
        ...(segment ? { segment } : {}),
      });
      return applied ? 'applied' : 'stale';
    }
    case 'Consent.Changed': {
      const { eventId, customerId, occurredAt, channel, category, granted, source } = event.detail;
      return profiles.setConsent(
        { eventId, customerId, occurredAt, channel, category, granted, source },
        now(),
      );
    }
    case 'AlertSettings.Changed': {
      // Each setting present in the event is applied on its own; absent ones are left as they are.
      let outcome: 'applied' | 'stale' = 'applied';
      for (const name of SETTINGS) {
        const value = event.detail[name];
        if (value === undefined) continue;
        if (
          (await profiles.setSetting(event.detail.customerId, name, value, event.detail.occurredAt)) ===
          'stale'
        ) {
          outcome = 'stale';
        }
      }
      return outcome;
    }
  }
}

export interface ProfileEventDeps extends CustomerGateDeps {
  profiles: ProfileWriter;
}

/**
 * A profile event from the bank (the profile function):
 * 1. an event from before the customer's erasure (a late redelivery of the Customer.Upserted or
 *    Consent.Changed the erasure removed) is rejected, `erased customer`: it never rebuilds the profile or
 *    the consent ledger. This reads the tombstone: one GetItem per profile event;
 * 2. a customer who came back after an erasure: the profile is first marked with that erasure's time, so
 *    that the functions reading it refuse events from before it without reading the tombstone;
 * 3. the change is applied (`updateProfile`).
 */
export async function applyProfileEvent(
  busEvent: BusEvent,
  event: ProfileEvent,
  deps: ProfileEventDeps,
): Promise<'applied' | 'stale' | 'rejected'> {
  const gate = await admitAfterErasure(busEvent, event.detail, deps);
  if (!gate.admitted) return 'rejected';
  if (gate.erasedAt) await deps.profiles.markErasedBefore(event.detail.customerId, gate.erasedAt);
  return updateProfile(event, deps.profiles, deps.now);
}
