import type { Category, Channel } from '../domain/profile.ts';
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
        contacts: {
          email?: string;
          phone?: string;
          whatsapp?: string;
          pushTokens?: { platform: 'apns' | 'fcm'; token: string }[];
        };
        segment?: string;
      };
    }
  | {
      detailType: 'Consent.Changed';
      detail: {
        customerId: string;
        occurredAt: string;
        channel: Channel;
        category: Category;
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
      };
    };

/**
 * Keeps the customer's profile current. Each change carries the bank's `occurredAt`; an older change than
 * the one already applied is ignored (EventBridge does not keep order), and a consent or setting that
 * arrives before the customer's profile is kept for when the profile comes.
 * Returns what happened, for the operational log.
 */
export async function updateProfile(
  event: ProfileEvent,
  profiles: ProfileWriter,
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
      const { customerId, occurredAt, channel, category, granted, source } = event.detail;
      const result = await profiles.setConsent(customerId, channel, category, {
        granted,
        source,
        at: occurredAt,
      });
      return result === 'stale' ? 'stale' : 'applied';
    }
    case 'AlertSettings.Changed': {
      const { customerId, occurredAt, lowBalance } = event.detail;
      if (!lowBalance) return 'applied';
      const result = await profiles.setLowBalance(customerId, lowBalance, occurredAt);
      return result === 'stale' ? 'stale' : 'applied';
    }
  }
}
