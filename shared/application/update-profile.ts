import type { Channel, CustomerProfile, SettingName } from '../domain/profile.ts';
import type { ProfileWriter } from '../ports/ports.ts';

export type ProfileEvent =
  | {
      detailType: 'Customer.Upserted';
      detail: {
        customerId: string;
        occurredAt: string;
        name?: { given: string; family?: string };
        locale: string;
        timeZone: string;
        contacts: CustomerProfile['contacts'];
        segment?: string;
      };
    }
  | {
      detailType: 'Consent.Changed';
      detail: {
        eventId: string;
        customerId: string;
        occurredAt: string;
        channel: Channel;
        category: 'transactional' | 'marketing';
        granted: boolean;
        source: string;
      };
    }
  | {
      detailType: 'AlertSettings.Changed';
      detail: {
        customerId: string;
        occurredAt: string;
        lowBalance?: { accountId: string; threshold: string; currency: string };
        largeTransaction?: { minAmount: string; currency: string };
        creditUtilization?: { percent: number };
        quietHours?: { start: string; end: string };
        channelOrder?: Channel[];
      };
    };

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
