export const channels = ['email', 'sms', 'push', 'whatsapp'] as const;
export type Channel = (typeof channels)[number];
/** The categories of consent and policy: security, transactional, marketing. */
export const CATEGORIES = ['security', 'transactional', 'marketing'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ConsentState {
  granted: boolean;
  source: string;
  /** occurredAt of the bank event that set it. */
  at: string;
  /** The bank event that set it: the consent ledger entry a decision relies on. */
  eventId?: string;
}

export interface LowBalanceSetting {
  accountId: string;
  threshold: string;
  currency: string;
}

export interface CustomerProfile {
  customerId: string;
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
  /** Keyed `${channel}:${category}`. */
  consents: Record<string, ConsentState>;
  alerts: {
    lowBalance?: LowBalanceSetting;
    largeTransaction?: { minAmount: string; currency: string };
    creditUtilization?: { percent: number };
  };
  /** The customer's quiet hours, local time; the deployment default applies when unset. */
  quietHours?: { start: string; end: string };
  /** The customer's preferred channel order; the message type's default applies when unset. */
  channelOrder?: Channel[];
  /**
   * Set on the profile of a customer who came back after being erased: when that erasure ran. Events that
   * occurred at or before it are about the erased relationship and are refused.
   */
  erasedAt?: string;
}

/** Settings the bank sets with AlertSettings.Changed, each stored and versioned on its own. */
export type SettingName =
  | 'lowBalance'
  | 'largeTransaction'
  | 'creditUtilization'
  | 'quietHours'
  | 'channelOrder';

export const consentKey = (channel: Channel, category: Category): string => `${channel}:${category}`;

/** Where a channel reaches the customer, or undefined when the profile has no such contact. */
export function addressFor(profile: CustomerProfile, channel: Channel): string | undefined {
  switch (channel) {
    case 'email':
      return profile.contacts.email;
    case 'sms':
      return profile.contacts.phone;
    case 'whatsapp':
      return profile.contacts.whatsapp;
    case 'push': {
      // `<platform>:<token>`: the push sender needs both (APNs or FCM).
      const device = profile.contacts.pushTokens?.[0];
      return device ? `${device.platform}:${device.token}` : undefined;
    }
  }
}
