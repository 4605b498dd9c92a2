export const channels = ['email', 'sms', 'push', 'whatsapp'] as const;
export type Channel = (typeof channels)[number];
export type Category = 'security' | 'transactional' | 'marketing';

export interface ConsentState {
  granted: boolean;
  source: string;
  /** occurredAt of the bank event that set it. */
  at: string;
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
  };
}

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
    case 'push':
      return profile.contacts.pushTokens?.[0]?.token;
  }
}
