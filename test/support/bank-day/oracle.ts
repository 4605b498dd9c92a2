// What a generated bank day must produce, written down by the generator as it builds each case. Nothing
// here is computed by Herald's code: the expectations follow from how the data was designed (README
// "Architecture", "Alerts and notices", "Journeys"; docs/design.md), and the rules stay simple enough to read at a glance.

export type Channel = 'email' | 'sms' | 'push' | 'whatsapp';
export type ConsentCategory = 'transactional' | 'marketing';

/**
 * The channels each notification type is written for, as the README describes them (restated here on
 * purpose, so the oracle does not read Herald's own table). "Sent on at least one of" is always a subset.
 */
export const TYPE_CHANNELS: Readonly<Record<string, readonly Channel[]>> = {
  'balance.low': ['email', 'sms'],
  'balance.overdraft': ['email', 'sms'],
  'balance.credit_utilization': ['email', 'sms'],
  'transaction.large': ['push', 'sms', 'email'],
  'fraud.alert': ['sms', 'push', 'whatsapp', 'email'],
  'payment.confirmation': ['email', 'push'],
  'statement.ready': ['email', 'push', 'sms'],
  'loan.preapproved': ['email', 'push'],
  'tax.reminder': ['email', 'push', 'sms'],
  'price.alert': ['push', 'email', 'sms'],
  'card_activation.welcome': ['email', 'push', 'sms'],
  'card_activation.reminder': ['email', 'sms', 'push'],
  'kyc.reminder': ['email', 'push', 'sms'],
  'payment_due.reminder': ['email', 'push', 'sms'],
  'win_back.missed': ['push', 'email'],
  'survey.request': ['email', 'push'],
  'onboarding.self_employed': ['email', 'push'],
  'onboarding.student': ['push', 'email'],
  'onboarding.general': ['email', 'push'],
};

/** One thing that must (or must not) happen. `eventId` undefined: any of the customer's messages of the type. */
export type Expectation =
  /** A `sent` record for (eventId, customer, type) on one of `channels`. */
  | { kind: 'sent'; eventId?: string; customerId: string; type: string; channels: Channel[]; why: string }
  /** A `deferred` record for (eventId, customer, type) with reason `quiet_hours`. */
  | { kind: 'deferred'; eventId: string; customerId: string; type: string; why: string }
  /** A `suppressed` record for (eventId, customer, type) with `reason`, on `channel` when given. */
  | {
      kind: 'suppressed';
      eventId: string;
      customerId: string;
      type: string;
      channel?: Channel;
      reason: string;
      why: string;
    }
  /** No `sent` record of the type for the customer (for that eventId when given). */
  | { kind: 'not-sent'; eventId?: string; customerId: string; type: string; why: string }
  /** Exactly one `rejected` record for the event (source + detail type + eventId); its reason matches. */
  | {
      kind: 'rejected';
      eventId: string;
      source: string;
      detailType: string;
      mentions: RegExp;
      why: string;
    }
  /** An `emitted` record of `detailType` whose detail has these fields. */
  | { kind: 'emitted'; detailType: string; detail: Record<string, string>; why: string }
  /** No `emitted` record of `detailType` whose detail has these fields. */
  | { kind: 'not-emitted'; detailType: string; detail: Record<string, string>; why: string };

/** How an input event shows up in the output. */
export type Accounting =
  /** A delivery or rejected record carrying the event's own eventId. */
  | { by: 'eventId' }
  /** A journey or reminder started by the event: a delivery record of one of these types for the customer. */
  | { by: 'customer-types'; customerId: string; types: string[] }
  /** An emitted record (Herald → bank) of that detail type for the customer. */
  | { by: 'emitted'; detailType: string; customerId: string }
  /** A documented silent case: the event changes state or decides nothing to send (`why`). */
  | { by: 'silent'; why: string };

export interface GeneratedEvent {
  source: string;
  detailType: string;
  detail: Record<string, unknown>;
  /** The detail's eventId ('' when the event was built without one). */
  eventId: string;
  /** Epoch ms of occurredAt. */
  occurredAt: number;
  /** Epoch ms of each delivery (the entry's `Time`): the bank's producer delivers every event 3 times. */
  deliveries: number[];
  /** False for the events built to be rejected. */
  valid: boolean;
  accounted: Accounting;
}

export interface CustomerFacts {
  customerId: string;
  role: string;
  locale: string;
  timeZone: string;
  contacts: { email?: string; phone?: string; whatsapp?: string; pushToken?: string };
  /** The consent in force once the setup events are in, per `${channel}:${category}`. */
  grants: Partial<Record<`${Channel}:${ConsentCategory}`, boolean>>;
  /** Epoch ms of the erasure request, for the customers who ask for it. */
  erasedAt?: number;
  /** Epoch ms of the first event of a new relationship after the erasure, if any. */
  returnsAt?: number;
}

export interface BankDay {
  seed: number;
  events: GeneratedEvent[];
  customers: CustomerFacts[];
  expectations: Expectation[];
  /** The replay file: one EventBridge entry per line, every delivery of every event, lines shuffled. */
  jsonl: string;
  /** Lines in `jsonl`. */
  entries: number;
}

/** Channels in `channels` the customer can be reached on and has granted for `category`. */
export function reachableConsented(
  customer: CustomerFacts,
  category: ConsentCategory,
  channels: readonly Channel[],
): Channel[] {
  return channels.filter((c) => hasContact(customer, c) && customer.grants[`${c}:${category}`] === true);
}

export function hasContact(customer: CustomerFacts, channel: Channel): boolean {
  const { contacts } = customer;
  switch (channel) {
    case 'email':
      return contacts.email !== undefined;
    case 'sms':
      return contacts.phone !== undefined;
    case 'whatsapp':
      return contacts.whatsapp !== undefined;
    case 'push':
      return contacts.pushToken !== undefined;
  }
}
