// A synthetic bank day: customers in six languages and many time zones, their contacts, consents and alert
// settings, then a day of events of every trigger type, some bad input, every event delivered three times
// out of order. Pure and deterministic for a seed. Each case is built so that its outcome is known by design
// and written down next to it (oracle.ts); nothing here asks Herald's code what it would do.

import { environments } from '../../../infra/environments.ts';
import type { BankDetailType, DetailOf } from '../../../shared/contract/registry.ts';
import {
  type Accounting,
  type BankDay,
  type Channel,
  type ConsentCategory,
  type CustomerFacts,
  type Expectation,
  type GeneratedEvent,
  reachableConsented,
  TYPE_CHANNELS,
} from './oracle.ts';
import { type Random, seeded } from './random.ts';
import { addDays, instantOfLocal, isoWithOffset, localDate, localMinutes, timeOfDay } from './zoned.ts';

export interface BankDayOptions {
  seed: number;
  /** Generated events (before the three deliveries of each); the day stops at the first role past it. */
  events: number;
  /** The bank day, YYYY-MM-DD (default 2026-05-12: no daylight-saving change anywhere for weeks). */
  day?: string;
}

const SOURCE = 'bank.core';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const LOCALES = {
  en: {
    tags: ['en-GB', 'en-US', 'en-AU'],
    phone: '+4477009',
    currency: 'GBP',
    names: ['Ana', 'Tom', 'Ruth'],
  },
  id: { tags: ['id-ID', 'id'], phone: '+62812', currency: 'IDR', names: ['Budi', 'Siti', 'Dewi'] },
  ar: {
    tags: ['ar-EG', 'ar-SA', 'ar-AE'],
    phone: '+2010',
    currency: 'EGP',
    names: ['Omar', 'Layla', 'Huda'],
  },
  ro: { tags: ['ro-RO', 'ro'], phone: '+4072', currency: 'RON', names: ['Ioana', 'Mihai', 'Elena'] },
  vi: { tags: ['vi-VN', 'vi'], phone: '+8490', currency: 'VND', names: ['Linh', 'Minh', 'Huong'] },
  de: {
    tags: ['de-DE', 'de-AT', 'de-CH'],
    phone: '+49151',
    currency: 'EUR',
    names: ['Jonas', 'Lea', 'Karl'],
  },
} as const;
type Language = keyof typeof LOCALES;
const LANGUAGES = Object.keys(LOCALES) as Language[];

const TIME_ZONES = [
  'Europe/London',
  'Europe/Bucharest',
  'Europe/Berlin',
  'Europe/Vienna',
  'Atlantic/Azores',
  'Africa/Cairo',
  'Africa/Lagos',
  'Asia/Riyadh',
  'Asia/Dubai',
  'Asia/Tehran',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Ho_Chi_Minh',
  'Asia/Bangkok',
  'Asia/Tokyo',
  'Australia/Adelaide',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Honolulu',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
] as const;

type Contacts = { email?: boolean; phone?: boolean; whatsapp?: boolean; push?: boolean };
type Grant = [Channel, ConsentCategory, 'granted' | 'withdrawn'];
type Settings = Omit<DetailOf<'AlertSettings.Changed'>, 'eventId' | 'occurredAt' | 'customerId'>;

/** One way of spending the day: builds one or more customers and their events. */
type Role = (b: Builder) => void;

class Builder {
  readonly rng: Random;
  readonly events: GeneratedEvent[] = [];
  readonly customers: CustomerFacts[] = [];
  readonly expectations: Expectation[] = [];
  /** Customers who can take a bad event without it changing anything the oracle expects. */
  readonly bystanders: CustomerFacts[] = [];
  private eventSeq = 0;
  private customerSeq = 0;
  private symbolSeq = 0;
  private badInputSeq = 0;

  constructor(
    readonly seed: number,
    readonly day: string,
  ) {
    this.rng = seeded(seed);
  }

  eventId(kind: string): string {
    this.eventSeq += 1;
    return `bd${this.seed}-${kind}-${String(this.eventSeq).padStart(6, '0')}`;
  }

  nextBadInput(): number {
    return this.badInputSeq++;
  }

  symbol(): string {
    this.symbolSeq += 1;
    return `BD${this.seed % 1000}X${this.symbolSeq}`;
  }

  /** The instant the customer's clock reads `minutes` after midnight, `days` after the bank day. */
  local(customer: CustomerFacts, minutes: number, days = 0): number {
    return instantOfLocal(customer.timeZone, addDays(this.day, days), minutes);
  }

  expect(expectation: Expectation): void {
    this.expectations.push(expectation);
  }

  customer(role: string, contacts: Contacts, timeZone?: string): CustomerFacts {
    this.customerSeq += 1;
    const n = this.customerSeq;
    const id = `bd${this.seed}-c${String(n).padStart(5, '0')}`;
    const language = this.rng.pick(LANGUAGES);
    const digits = String(1_000_000 + ((n * 7919 + this.seed) % 9_000_000)).slice(-7);
    const facts: CustomerFacts = {
      customerId: id,
      role,
      locale: this.rng.pick(LOCALES[language].tags),
      timeZone: timeZone ?? this.rng.pick(TIME_ZONES),
      contacts: {
        ...(contacts.email ? { email: `customer.${n}.s${this.seed}@bankday.example` } : {}),
        ...(contacts.phone ? { phone: `${LOCALES[language].phone}${digits}` } : {}),
        ...(contacts.whatsapp
          ? { whatsapp: `${LOCALES[language].phone}${digits.split('').reverse().join('')}` }
          : {}),
        ...(contacts.push ? { pushToken: `bdpush${this.rng.hex(24)}` } : {}),
      },
      grants: {},
    };
    this.customers.push(facts);
    return facts;
  }

  currencyOf(customer: CustomerFacts): string {
    const language = (customer.locale.split('-')[0] ?? 'en') as Language;
    return LOCALES[language]?.currency ?? 'EUR';
  }

  /**
   * Emits one event, delivered three times: the first copy within a minute of occurredAt, the producer's
   * retries minutes later (or at the given times).
   */
  emit<K extends BankDetailType>(
    detailType: K,
    detail: DetailOf<K>,
    accounted: Accounting,
    options: { deliveries?: number[]; source?: string } = {},
  ): GeneratedEvent {
    const occurredAt = Date.parse(detail.occurredAt);
    return this.push({
      source: options.source ?? SOURCE,
      detailType,
      detail: detail as Record<string, unknown>,
      eventId: detail.eventId,
      occurredAt,
      deliveries: options.deliveries ?? this.deliveries(occurredAt),
      valid: true,
      accounted,
    });
  }

  /** Emits an event built to be rejected (any shape), delivered three times. */
  emitInvalid(
    source: string,
    detailType: string,
    detail: Record<string, unknown>,
    at: number,
    mentions: RegExp,
    why: string,
  ): void {
    const eventId = typeof detail.eventId === 'string' ? detail.eventId : '';
    this.push({
      source,
      detailType,
      detail,
      eventId,
      occurredAt: at,
      deliveries: this.deliveries(at),
      valid: false,
      accounted: { by: 'eventId' },
    });
    this.expect({ kind: 'rejected', eventId, source, detailType, mentions, why });
  }

  deliveries(occurredAt: number): number[] {
    const first = occurredAt + this.rng.int(1, 60) * 1000;
    return [first, first + this.rng.int(1, 40) * MINUTE, first + this.rng.int(5, 90) * MINUTE];
  }

  private push(event: GeneratedEvent): GeneratedEvent {
    this.events.push(event);
    return event;
  }

  /** When the customer's day starts: local 07:10–07:59 (after the usual quiet hours). */
  morning(customer: CustomerFacts): number {
    return this.local(customer, 7 * 60 + this.rng.int(10, 59));
  }

  /**
   * The customer's profile, consents (a withdrawal is a grant followed by its withdrawal) and settings, one
   * minute apart from `at`; returns the setup events. Every consent not named stays without a decision.
   */
  setup(
    customer: CustomerFacts,
    at: number,
    grants: Grant[],
    settings: Settings = {},
    segment?: string,
  ): GeneratedEvent[] {
    const tz = customer.timeZone;
    const setupEvents: GeneratedEvent[] = [];
    let t = at;
    const next = () => {
      const now = t;
      t += MINUTE;
      return isoWithOffset(tz, now);
    };
    const silent = (why: string): Accounting => ({ by: 'silent', why });
    const { email, phone, whatsapp, pushToken } = customer.contacts;
    const language = (customer.locale.split('-')[0] ?? 'en') as Language;
    setupEvents.push(
      this.emit(
        'Customer.Upserted',
        {
          eventId: this.eventId('cu'),
          occurredAt: next(),
          customerId: customer.customerId,
          name: { given: this.rng.pick(LOCALES[language].names), family: 'Bankday' },
          locale: customer.locale,
          timeZone: tz,
          contacts: {
            ...(email ? { email } : {}),
            ...(phone ? { phone } : {}),
            ...(whatsapp ? { whatsapp } : {}),
            ...(pushToken
              ? { pushTokens: [{ platform: this.rng.pick(['apns', 'fcm'] as const), token: pushToken }] }
              : {}),
          },
          ...(segment ? { segment } : {}),
        },
        silent('Customer.Upserted stores the profile; it sends nothing'),
      ),
    );
    for (const [channel, category, state] of grants) {
      const consent = (granted: boolean) =>
        this.emit(
          'Consent.Changed',
          {
            eventId: this.eventId('cc'),
            occurredAt: next(),
            customerId: customer.customerId,
            channel,
            category,
            granted,
            source: this.rng.pick(['app', 'web', 'branch']),
          },
          silent('Consent.Changed updates the consent ledger; it sends nothing'),
        );
      setupEvents.push(consent(true));
      if (state === 'withdrawn') setupEvents.push(consent(false));
      customer.grants[`${channel}:${category}`] = state === 'granted';
    }
    setupEvents.push(
      this.emit(
        'AlertSettings.Changed',
        {
          eventId: this.eventId('as'),
          occurredAt: next(),
          customerId: customer.customerId,
          quietHours: { start: '22:00', end: '07:00' },
          ...settings,
        },
        silent('AlertSettings.Changed stores the settings; it sends nothing'),
      ),
    );
    return setupEvents;
  }

  /** A standard customer: contacts, transactional grants on each of them, set up in the morning. */
  plain(role: string, contacts: Contacts, settings: Settings = {}, extraGrants: Grant[] = []): CustomerFacts {
    const customer = this.customer(role, contacts);
    this.setup(
      customer,
      this.morning(customer),
      [...transactionalGrants(contacts), ...extraGrants],
      settings,
    );
    this.bystanders.push(customer);
    return customer;
  }

  /** "Sent on one of the reachable, consented channels of the type", or why it cannot be. */
  expectSent(customer: CustomerFacts, type: string, eventId: string | undefined, why: string): void {
    const category: ConsentCategory = MARKETING_TYPES.has(type) ? 'marketing' : 'transactional';
    const channels = reachableConsented(customer, category, TYPE_CHANNELS[type] ?? []);
    if (channels.length === 0)
      throw new Error(`bank-day generator: ${type} for ${customer.role} reaches nobody`);
    this.expect({
      kind: 'sent',
      ...(eventId ? { eventId } : {}),
      customerId: customer.customerId,
      type,
      channels,
      why,
    });
  }
}

const MARKETING_TYPES = new Set([
  'loan.preapproved',
  'win_back.missed',
  'survey.request',
  'onboarding.self_employed',
  'onboarding.student',
  'onboarding.general',
]);

function transactionalGrants(contacts: Contacts): Grant[] {
  const grants: Grant[] = [];
  if (contacts.email) grants.push(['email', 'transactional', 'granted']);
  if (contacts.phone) grants.push(['sms', 'transactional', 'granted']);
  if (contacts.push) grants.push(['push', 'transactional', 'granted']);
  if (contacts.whatsapp) grants.push(['whatsapp', 'transactional', 'granted']);
  return grants;
}

const money = (value: number) => value.toFixed(2);

// ---- roles ---------------------------------------------------------------------------------------------

/**
 * Balance.Changed around a threshold: a sequence that crosses it exactly k times, with repeats while still
 * breached (never alert again) and recoveries (re-arm, no alert). `kind` picks the alert: the customer's
 * low-balance threshold, overdraft (zero, accounts without a credit limit), or credit use ≥ 80 % of a limit.
 */
function balanceRole(kind: 'low' | 'overdraft' | 'credit'): Role {
  return (b) => {
    const variant = b.rng.int(0, 2);
    // 0: e-mail and SMS granted; 1: SMS consent withdrawn, phone known; 2: SMS only.
    const contacts: Contacts = variant === 2 ? { phone: true } : { email: true, phone: true };
    const grants = transactionalGrants(contacts).map(
      (g): Grant => (variant === 1 && g[0] === 'sms' ? ['sms', 'transactional', 'withdrawn'] : g),
    );
    const customer = b.customer(`balance.${kind}`, contacts);
    const currency = b.currencyOf(customer);
    const accountId = `ACC-${customer.customerId}`;
    const settings: Settings =
      kind === 'low'
        ? { lowBalance: { accountId, threshold: '100.00', currency } }
        : kind === 'credit'
          ? { creditUtilization: { percent: 80 } }
          : {};
    if (variant === 0 && b.rng.chance(0.5)) settings.channelOrder = ['sms', 'email'];
    b.setup(customer, b.morning(customer), grants, settings);
    b.bystanders.push(customer);
    const type = { low: 'balance.low', overdraft: 'balance.overdraft', credit: 'balance.credit_utilization' }[
      kind
    ];
    // Balances that breach and that do not, for each alert (low: < 100.00; overdraft: < 0; credit: owed ≥ 800
    // of a 1000.00 limit, i.e. balance ≤ -800.00). The first value of each list is exactly at the edge.
    const breach = {
      low: ['99.99', '42.10', '5.00', '0.00'],
      overdraft: ['-0.01', '-42.10', '-250.00'],
      credit: ['-800.00', '-850.00', '-999.99'],
    }[kind];
    const fine = {
      low: ['100.00', '250.00', '1830.55'],
      overdraft: ['0.00', '12.00', '940.00'],
      credit: ['-799.99', '-300.00', '0.00'],
    }[kind];
    const crossings = b.rng.int(1, 3);
    let t = b.local(customer, 10 * 60 + b.rng.int(0, 30));
    const balance = (value: string, accounted: Accounting) => {
      const event = b.emit(
        'Balance.Changed',
        {
          eventId: b.eventId('bc'),
          occurredAt: isoWithOffset(customer.timeZone, t),
          customerId: customer.customerId,
          accountId,
          balance: value,
          currency,
          ...(kind === 'credit' ? { creditLimit: '1000.00' } : {}),
        },
        accounted,
      );
      t += b.rng.int(20, 35) * MINUTE;
      return event;
    };
    balance(b.rng.pick(fine), { by: 'silent', why: 'a balance that breaches no alert sends nothing' });
    for (let i = 0; i < crossings; i++) {
      const fired = balance(b.rng.pick(breach), { by: 'eventId' });
      b.expectSent(customer, type, fired.eventId, `crossing ${i + 1} of ${crossings}`);
      if (variant === 1) {
        b.expect({
          kind: 'suppressed',
          eventId: fired.eventId,
          customerId: customer.customerId,
          type,
          channel: 'sms',
          reason: 'consent',
          why: 'the customer withdrew SMS consent; the alert goes on every channel, so SMS is logged',
        });
      }
      if (b.rng.chance(0.5)) {
        const still = balance(b.rng.pick(breach), { by: 'silent', why: 'still breached: no repeat' });
        b.expect({
          kind: 'not-sent',
          eventId: still.eventId,
          customerId: customer.customerId,
          type,
          why: 'never repeats while the balance stays breached (hysteresis)',
        });
      }
      if (i < crossings - 1 || b.rng.chance(0.5)) {
        balance(b.rng.pick(fine), { by: 'silent', why: 'a recovery re-arms the alert without a message' });
      }
    }
  };
}

/** Transaction.Posted over, at, under the customer's amount, and in another currency. */
const largeTransactions: Role = (b) => {
  const variant = b.rng.int(0, 3);
  // 0: e-mail, phone, push; 1: push only; 2: e-mail only; 3: e-mail, with a channel order naming only
  // channels the customer cannot be reached on (a preference, not a filter: e-mail must still be used).
  const contacts: Contacts = [
    { email: true, phone: true, push: true },
    { push: true },
    { email: true },
    { email: true },
  ][variant] as Contacts;
  const customer = b.customer('transaction.large', contacts);
  const currency = b.currencyOf(customer);
  const settings: Settings = {
    largeTransaction: { minAmount: '500.00', currency },
    ...(variant === 3 ? { channelOrder: ['push', 'sms'] as Channel[] } : {}),
  };
  b.setup(customer, b.morning(customer), transactionalGrants(contacts), settings);
  b.bystanders.push(customer);
  let t = b.local(customer, 10 * 60 + b.rng.int(0, 60));
  const posted = (amount: string, currency: string, accounted: Accounting) => {
    const event = b.emit(
      'Transaction.Posted',
      {
        eventId: b.eventId('tp'),
        occurredAt: isoWithOffset(customer.timeZone, t),
        customerId: customer.customerId,
        accountId: `ACC-${customer.customerId}`,
        amount,
        currency,
        direction: 'debit',
        channel: b.rng.pick(['card', 'atm', 'transfer', 'online'] as const),
        merchant: {
          name: b.rng.pick(['Mega Mart', 'Café Lumière', 'Tokopedia', 'Emag', 'Circle K']),
          city: 'Springfield',
          country: 'RO',
        },
        balanceAfter: money(b.rng.int(100, 9000)),
      },
      accounted,
    );
    t += b.rng.int(15, 40) * MINUTE;
    return event;
  };
  for (const amount of b.rng.shuffle(['750.00', '500.00', '120.00', 'other'])) {
    if (amount === 'other') {
      posted('900.00', currency === 'USD' ? 'EUR' : 'USD', {
        by: 'silent',
        why: 'a transaction in another currency than the setting is not comparable',
      });
    } else if (amount === '120.00') {
      const below = posted(amount, currency, { by: 'silent', why: 'below the customer’s amount' });
      b.expect({
        kind: 'not-sent',
        eventId: below.eventId,
        customerId: customer.customerId,
        type: 'transaction.large',
        why: 'below the amount',
      });
    } else {
      const large = posted(amount, currency, { by: 'eventId' });
      b.expectSent(
        customer,
        'transaction.large',
        large.eventId,
        variant === 3
          ? 'channelOrder names only unreachable channels; e-mail is consented and reachable'
          : `amount ${amount} ≥ 500.00`,
      );
    }
  }
};

/** Fraud.Suspected, answered genuine, answered fraud, or not answered. */
const fraud: Role = (b) => {
  const variant = b.rng.int(0, 3);
  // 0: phone and e-mail, both consented; 1: consented phone only, channel order ["push"] and no push token;
  // 2: e-mail with no consent at all (security reaches the first reachable channel); 3: WhatsApp only.
  const contacts: Contacts = [
    { email: true, phone: true },
    { phone: true },
    { email: true },
    { whatsapp: true },
  ][variant] as Contacts;
  const customer = b.customer('fraud.alert', contacts);
  const grants = variant === 2 ? [] : transactionalGrants(contacts);
  b.setup(customer, b.morning(customer), grants, variant === 1 ? { channelOrder: ['push'] } : {});
  const t = b.local(customer, 11 * 60 + b.rng.int(0, 240));
  const caseId = `case-${customer.customerId}`;
  const cardLast4 = String(1000 + b.rng.int(0, 8999));
  const suspected = b.emit(
    'Fraud.Suspected',
    {
      eventId: b.eventId('fs'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: customer.customerId,
      caseId,
      cardId: `card-${customer.customerId}`,
      cardLast4,
      transactions: [
        {
          amount: '249.99',
          currency: 'USD',
          merchant: 'GADGETS ONLINE',
          occurredAt: isoWithOffset(customer.timeZone, t - 20 * MINUTE),
        },
        {
          amount: '19.00',
          currency: 'USD',
          merchant: 'TEST CHARGE',
          occurredAt: isoWithOffset(customer.timeZone, t - 25 * MINUTE),
        },
      ],
      riskScore: b.rng.int(50, 99) / 100,
    },
    { by: 'eventId' },
  );
  if (variant === 2) {
    b.expect({
      kind: 'sent',
      eventId: suspected.eventId,
      customerId: customer.customerId,
      type: 'fraud.alert',
      channels: ['email'],
      why: 'security alerts reach the first reachable channel without consent',
    });
  } else {
    b.expectSent(
      customer,
      'fraud.alert',
      suspected.eventId,
      variant === 1
        ? 'channelOrder ["push"] without a push token: the consented phone must still get it'
        : 'security alert',
    );
  }
  const answer = b.rng.pick(['none', 'genuine', 'fraud'] as const);
  if (answer === 'none') {
    b.expect({
      kind: 'emitted',
      detailType: 'Card.HoldRequested',
      detail: { caseId },
      why: 'no answer by the deadline: hold (default)',
    });
    return;
  }
  const replyAt = t + b.rng.int(3, 10) * MINUTE;
  const first = replyAt + b.rng.int(1, 30) * 1000;
  b.emit(
    'Customer.Replied',
    {
      eventId: b.eventId('cr'),
      occurredAt: isoWithOffset(customer.timeZone, replyAt),
      customerId: customer.customerId,
      caseId,
      answer,
      channel: 'app',
    },
    answer === 'genuine'
      ? { by: 'emitted', detailType: 'Fraud.CustomerReplied', customerId: customer.customerId }
      : { by: 'emitted', detailType: 'Card.HoldRequested', customerId: customer.customerId },
    // Redeliveries stay well inside the reply window: a late reply is another case.
    { deliveries: [first, first + b.rng.int(1, 5) * MINUTE, first + b.rng.int(5, 12) * MINUTE] },
  );
  if (answer === 'genuine') {
    b.expect({
      kind: 'emitted',
      detailType: 'Fraud.CustomerReplied',
      detail: { caseId, answer: 'genuine' },
      why: 'the customer said it was them',
    });
    b.expect({
      kind: 'not-emitted',
      detailType: 'Card.HoldRequested',
      detail: { caseId },
      why: 'a genuine answer never holds the card',
    });
  } else {
    b.expect({
      kind: 'emitted',
      detailType: 'Card.HoldRequested',
      detail: { caseId },
      why: 'the customer said it was not them',
    });
  }
};

/** Payment.Completed and Statement.Ready. */
const notices: Role = (b) => {
  const variant = b.rng.int(0, 3);
  // 0: e-mail; 1: push only; 2: e-mail and phone, channel order naming unreachable channels; 3: WhatsApp only.
  const contacts: Contacts = [
    { email: true },
    { push: true },
    { email: true, phone: true },
    { whatsapp: true },
  ][variant] as Contacts;
  const customer = b.customer('notices', contacts);
  b.setup(
    customer,
    b.morning(customer),
    transactionalGrants(contacts),
    variant === 2 ? { channelOrder: ['whatsapp', 'push'] } : {},
  );
  b.bystanders.push(customer);
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 300));
  const payment = b.emit(
    'Payment.Completed',
    {
      eventId: b.eventId('pc'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: customer.customerId,
      paymentId: `pay-${customer.customerId}`,
      amount: money(b.rng.int(5, 3000)),
      currency: b.currencyOf(customer),
      payee: 'Electrica Furnizare',
      reference: `INV-${b.rng.hex(6)}`,
    },
    { by: 'eventId' },
  );
  const statement = b.emit(
    'Statement.Ready',
    {
      eventId: b.eventId('sr'),
      occurredAt: isoWithOffset(customer.timeZone, t + 45 * MINUTE),
      customerId: customer.customerId,
      accountId: `ACC-${customer.customerId}`,
      period: '2026-04',
      url: 'https://bank.example/statements/2026-04',
    },
    { by: 'eventId' },
  );
  for (const [event, type] of [
    [payment, 'payment.confirmation'],
    [statement, 'statement.ready'],
  ] as const) {
    // A WhatsApp-only customer gets the types written for WhatsApp.
    if (variant === 3 && !TYPE_CHANNELS[type]?.includes('whatsapp')) {
      b.expect({
        kind: 'suppressed',
        eventId: event.eventId,
        customerId: customer.customerId,
        type,
        reason: 'no_contact',
        why: 'WhatsApp only: the type is not written for WhatsApp',
      });
      b.expect({
        kind: 'not-sent',
        eventId: event.eventId,
        customerId: customer.customerId,
        type,
        why: 'no channel reaches the customer',
      });
    } else {
      b.expectSent(
        customer,
        type,
        event.eventId,
        variant === 2 ? 'channelOrder names only unreachable channels' : 'notice',
      );
    }
  }
};

/**
 * The currencies the local stack's config (`dev`) has a loan offer's representative example for: an offer is
 * made in the customer's currency where the bank has one, else in euros. (An offer in a currency without an
 * example is suppressed, `no_representative_example_for_currency`: test/unit/loan-offers.test.ts.)
 */
const LOAN_CURRENCIES: readonly string[] = (() => {
  const offers = environments.dev?.loanOffers;
  return offers && 'representativeExample' in offers ? Object.keys(offers.representativeExample.amounts) : [];
})();

/** Loan.PreApproved: a valid offer, an expired one, one without marketing consent, three in a day (cap 2). */
const loans: Role = (b) => {
  const variant = b.rng.pick(['valid', 'expired', 'no-consent', 'cap'] as const);
  const contacts: Contacts = { email: true, push: true };
  const grants: Grant[] = [
    ...transactionalGrants(contacts),
    ...(variant === 'no-consent' ? [] : [['email', 'marketing', 'granted'] as Grant]),
  ];
  if (variant !== 'no-consent' && b.rng.chance(0.3)) grants.push(['push', 'marketing', 'withdrawn']);
  const customer = b.customer(`loan.${variant}`, contacts);
  b.setup(customer, b.morning(customer), grants);
  let t = b.local(customer, 10 * 60 + b.rng.int(0, 60));
  const offer = (expiresAt: number) => {
    const event = b.emit(
      'Loan.PreApproved',
      {
        eventId: b.eventId('lp'),
        occurredAt: isoWithOffset(customer.timeZone, t),
        customerId: customer.customerId,
        offerId: `offer-${b.rng.hex(8)}`,
        amount: money(b.rng.int(1000, 25000)),
        currency: LOAN_CURRENCIES.includes(b.currencyOf(customer)) ? b.currencyOf(customer) : 'EUR',
        expiresAt: isoWithOffset(customer.timeZone, expiresAt),
      },
      { by: 'eventId' },
    );
    t += b.rng.int(60, 120) * MINUTE;
    return event;
  };
  const id = customer.customerId;
  if (variant === 'valid') {
    b.expectSent(
      customer,
      'loan.preapproved',
      offer(t + 14 * 24 * HOUR).eventId,
      'marketing opt-in on e-mail, offer valid for 14 days',
    );
  } else if (variant === 'expired') {
    const expired = offer(t - 2 * 24 * HOUR);
    b.expect({
      kind: 'suppressed',
      eventId: expired.eventId,
      customerId: id,
      type: 'loan.preapproved',
      reason: 'expired',
      why: 'an expired offer is never sent, and the decision leaves a record',
    });
    b.expect({
      kind: 'not-sent',
      eventId: expired.eventId,
      customerId: id,
      type: 'loan.preapproved',
      why: 'expired',
    });
  } else if (variant === 'no-consent') {
    const offered = offer(t + 14 * 24 * HOUR);
    b.expect({
      kind: 'suppressed',
      eventId: offered.eventId,
      customerId: id,
      type: 'loan.preapproved',
      channel: 'email',
      reason: 'consent',
      why: 'marketing needs an explicit opt-in',
    });
    b.expect({
      kind: 'not-sent',
      eventId: offered.eventId,
      customerId: id,
      type: 'loan.preapproved',
      why: 'no marketing consent',
    });
  } else {
    const offers = [offer(t + 14 * 24 * HOUR), offer(t + 14 * 24 * HOUR), offer(t + 14 * 24 * HOUR)];
    const [first, second, third] = offers as [GeneratedEvent, GeneratedEvent, GeneratedEvent];
    b.expectSent(customer, 'loan.preapproved', first.eventId, 'first marketing message of the local day');
    b.expectSent(customer, 'loan.preapproved', second.eventId, 'second marketing message of the local day');
    b.expect({
      kind: 'suppressed',
      eventId: third.eventId,
      customerId: id,
      type: 'loan.preapproved',
      reason: 'frequency_cap',
      why: 'third marketing message of the local day (cap 2)',
    });
    b.expect({
      kind: 'not-sent',
      eventId: third.eventId,
      customerId: id,
      type: 'loan.preapproved',
      why: 'over the cap',
    });
  }
};

/** Payment.Due five days ahead, with or without autopay. */
const paymentDue: Role = (b) => {
  const customer = b.plain('payment_due', { email: true, ...(b.rng.chance(0.5) ? { push: true } : {}) });
  const autopay = b.rng.chance(0.3);
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 300));
  b.emit(
    'Payment.Due',
    {
      eventId: b.eventId('pd'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: customer.customerId,
      billId: `bill-${customer.customerId}`,
      amount: money(b.rng.int(20, 900)),
      currency: b.currencyOf(customer),
      dueDate: addDays(localDate(customer.timeZone, t), 5),
      autopay,
    },
    autopay
      ? { by: 'silent', why: 'a bill on autopay gets no reminders' }
      : { by: 'customer-types', customerId: customer.customerId, types: ['payment_due.reminder'] },
  );
  if (autopay) {
    b.expect({
      kind: 'not-sent',
      customerId: customer.customerId,
      type: 'payment_due.reminder',
      why: 'autopay',
    });
  } else {
    b.expectSent(customer, 'payment_due.reminder', undefined, 'reminders 3 days before and on the due date');
  }
};

/** Card.Issued, activated the same day or never. No marketing consent: nothing after activation goes. */
const cards: Role = (b) => {
  const customer = b.plain('card_activation', {
    email: true,
    phone: true,
    ...(b.rng.chance(0.5) ? { push: true } : {}),
  });
  const activated = b.rng.chance(0.5);
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 120));
  const cardId = `card-${customer.customerId}`;
  const cardLast4 = String(1000 + b.rng.int(0, 8999));
  const id = customer.customerId;
  b.emit(
    'Card.Issued',
    {
      eventId: b.eventId('ci'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: id,
      cardId,
      cardLast4,
      product: 'Visa Classic',
    },
    { by: 'customer-types', customerId: id, types: ['card_activation.welcome'] },
  );
  b.expectSent(customer, 'card_activation.welcome', undefined, 'welcome at once');
  if (activated) {
    b.emit(
      'Card.Activated',
      {
        eventId: b.eventId('ca'),
        occurredAt: isoWithOffset(customer.timeZone, t + 5 * HOUR),
        customerId: id,
        cardId,
        cardLast4,
      },
      { by: 'silent', why: 'records the goal; what follows activation is marketing, not granted here' },
    );
    b.expect({
      kind: 'not-sent',
      customerId: id,
      type: 'card_activation.reminder',
      why: 'activated before the first reminder (day 2)',
    });
  } else {
    b.expectSent(
      customer,
      'card_activation.reminder',
      undefined,
      'never activated: reminders on days 2, 5, 10',
    );
  }
};

/** Customer.SignedUp and a KYC step; completed the same day (then onboarding lessons) or not (reminders). */
const kyc: Role = (b) => {
  const completed = b.rng.chance(0.5);
  const segment = b.rng.pick(['self_employed', 'student', undefined] as const);
  const marketing = completed && b.rng.chance(0.6);
  const contacts: Contacts = { email: true, push: true };
  const customer = b.customer('kyc', contacts);
  const extra: Grant[] = marketing
    ? [
        ['email', 'marketing', 'granted'],
        ['push', 'marketing', 'granted'],
      ]
    : [];
  b.setup(customer, b.morning(customer), [...transactionalGrants(contacts), ...extra], {}, segment);
  const id = customer.customerId;
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 120));
  b.emit(
    'Customer.SignedUp',
    {
      eventId: b.eventId('su'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: id,
      channel: 'app',
    },
    completed
      ? { by: 'silent', why: 'KYC completed the same day: no reminder is due' }
      : { by: 'customer-types', customerId: id, types: ['kyc.reminder'] },
  );
  b.emit(
    'Kyc.StepCompleted',
    {
      eventId: b.eventId('ks'),
      occurredAt: isoWithOffset(customer.timeZone, t + HOUR),
      customerId: id,
      step: 'selfie',
    },
    { by: 'silent', why: 'recorded on the KYC journey' },
  );
  const lesson = `onboarding.${segment ?? 'general'}`;
  if (completed) {
    b.emit(
      'Kyc.Completed',
      {
        eventId: b.eventId('kc'),
        occurredAt: isoWithOffset(customer.timeZone, t + 5 * HOUR),
        customerId: id,
      },
      marketing
        ? { by: 'customer-types', customerId: id, types: [lesson] }
        : { by: 'silent', why: 'the onboarding lessons are marketing, not granted here' },
    );
    b.expect({
      kind: 'not-sent',
      customerId: id,
      type: 'kyc.reminder',
      why: 'KYC completed before the first reminder (day 1)',
    });
    if (marketing)
      b.expectSent(customer, lesson, undefined, 'onboarding lessons by segment, marketing opt-in');
    else b.expect({ kind: 'not-sent', customerId: id, type: lesson, why: 'no marketing consent' });
  } else {
    b.expectSent(customer, 'kyc.reminder', undefined, 'reminders on days 1, 3, 7 until KYC completes');
  }
};

/** Customer.Active once, then nothing for 30+ days: the win-back sequence (marketing, opted in). */
const winBack: Role = (b) => {
  const customer = b.plain('win_back', { email: true }, {}, [['email', 'marketing', 'granted']]);
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 300));
  b.emit(
    'Customer.Active',
    {
      eventId: b.eventId('ac'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: customer.customerId,
      surface: 'app',
    },
    { by: 'customer-types', customerId: customer.customerId, types: ['win_back.missed'] },
  );
  b.expectSent(customer, 'win_back.missed', undefined, 'no activity for 30 days');
};

/**
 * Customer.ConsentEvidenceRequested: the bank asks for a customer's consent ledger, later in the day; Herald
 * answers with Customer.ConsentEvidence for that customer.
 */
const consentEvidence: Role = (b) => {
  const customer = b.plain('consent_evidence', { email: true }, {}, [['email', 'marketing', 'granted']]);
  const t = b.local(customer, 14 * 60 + b.rng.int(0, 300));
  b.emit(
    'Customer.ConsentEvidenceRequested',
    {
      eventId: b.eventId('ce'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: customer.customerId,
    },
    { by: 'emitted', detailType: 'Customer.ConsentEvidence', customerId: customer.customerId },
  );
  b.expect({
    kind: 'emitted',
    detailType: 'Customer.ConsentEvidence',
    detail: { customerId: customer.customerId },
    why: 'the bank asked for the consent ledger',
  });
};

/** Lifecycle.MilestoneReached: one survey 24 h later, with or without marketing consent. */
const survey: Role = (b) => {
  const consent = b.rng.chance(0.6);
  const customer = b.plain('survey', { email: true }, {}, consent ? [['email', 'marketing', 'granted']] : []);
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 300));
  const id = customer.customerId;
  b.emit(
    'Lifecycle.MilestoneReached',
    {
      eventId: b.eventId('lm'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: id,
      milestone: b.rng.pick(['onboarding_completed', 'first_90_days'] as const),
    },
    consent
      ? { by: 'customer-types', customerId: id, types: ['survey.request'] }
      : { by: 'silent', why: 'surveys are marketing, not granted here' },
  );
  if (consent) b.expectSent(customer, 'survey.request', undefined, 'one survey per milestone');
  else b.expect({ kind: 'not-sent', customerId: id, type: 'survey.request', why: 'no marketing consent' });
};

/** TaxReminder.Set for a date three days ahead. */
const taxReminder: Role = (b) => {
  const customer = b.plain(
    'tax',
    b.rng.pick([{ email: true }, { push: true }, { phone: true, email: true }]),
  );
  const t = b.local(customer, 10 * 60 + b.rng.int(0, 300));
  b.emit(
    'TaxReminder.Set',
    {
      eventId: b.eventId('tr'),
      occurredAt: isoWithOffset(customer.timeZone, t),
      customerId: customer.customerId,
      reminderId: `rem-${customer.customerId}`,
      symbol: 'VWRL',
      date: addDays(localDate(customer.timeZone, t), 3),
      note: 'Dividend tax form',
    },
    { by: 'customer-types', customerId: customer.customerId, types: ['tax.reminder'] },
  );
  b.expectSent(customer, 'tax.reminder', undefined, 'on the date, 09:00 local');
};

/**
 * One symbol, two ticks an hour apart, and alerts of several customers: the second tick crosses most of
 * them, while half of those customers are in their quiet hours (a window set around the tick's local time),
 * so their messages are deferred: a fan-out of deferred messages from one bank event.
 */
const priceFanOut: Role = (b) => {
  const symbol = b.symbol();
  const dayStart = Date.parse(`${b.day}T00:00:00Z`);
  const t0 = dayStart + b.rng.int(2 * 60, 20 * 60) * MINUTE;
  const t1 = t0 + HOUR;
  const size = b.rng.int(6, 10);
  const tickId1 = b.eventId('pt');
  let crossing = 0;
  for (let i = 0; i < size; i++) {
    const asleep = i % 2 === 0;
    const customer = b.customer(asleep ? 'price.deferred' : 'price.awake', { email: true, push: true });
    const local = Math.floor(localMinutes(customer.timeZone, t1) / 60) * 60;
    const quietHours = asleep
      ? { start: timeOfDay(local - 60), end: timeOfDay(local + 120) }
      : { start: timeOfDay(local + 360), end: timeOfDay(local + 540) };
    b.setup(customer, t0 - 3 * HOUR + i * 5 * MINUTE, transactionalGrants({ email: true, push: true }), {
      quietHours,
    });
    // Most alerts lie in (100.00, 110.00], which the second tick crosses; some above 110.00 do not fire.
    const crosses = b.rng.chance(0.85);
    const price = crosses ? money(b.rng.int(101, 110)) : money(b.rng.int(111, 130));
    b.emit(
      'PriceAlert.Set',
      {
        eventId: b.eventId('pa'),
        occurredAt: new Date(t0 - 2 * HOUR + i * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        customerId: customer.customerId,
        alertId: `alert-${customer.customerId}`,
        symbol,
        direction: 'above',
        price,
        currency: 'USD',
      },
      { by: 'silent', why: 'arms an alert' },
      { deliveries: [t0 - 2 * HOUR + i * MINUTE + 5000, t0 - 90 * MINUTE, t0 - 30 * MINUTE] },
    );
    const id = customer.customerId;
    if (crosses) {
      crossing += 1;
      b.expectSent(
        customer,
        'price.alert',
        tickId1,
        asleep ? 'deferred to the end of the quiet hours, then sent' : 'awake',
      );
      if (asleep)
        b.expect({
          kind: 'deferred',
          eventId: tickId1,
          customerId: id,
          type: 'price.alert',
          why: 'the tick falls in the customer’s quiet hours',
        });
    } else {
      b.expect({
        kind: 'not-sent',
        eventId: tickId1,
        customerId: id,
        type: 'price.alert',
        why: 'level not crossed',
      });
    }
  }
  // One more customer sets an alert the tick would cross, and removes it before the tick.
  const remover = b.customer('price.removed', { email: true, push: true });
  b.setup(remover, t0 - 3 * HOUR - 5 * MINUTE, transactionalGrants({ email: true, push: true }));
  const removed = {
    customerId: remover.customerId,
    alertId: `alert-${remover.customerId}`,
    symbol,
    direction: 'above' as const,
    price: '105.00',
    currency: 'USD',
  };
  const stamp = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  b.emit(
    'PriceAlert.Set',
    { eventId: b.eventId('pa'), occurredAt: stamp(t0 - 2 * HOUR), ...removed },
    { by: 'silent', why: 'arms an alert' },
    // The last copy arrives after the removal: older than it, so it must not arm the alert again.
    { deliveries: [t0 - 2 * HOUR + 4000, t0 - 100 * MINUTE, t0 - 40 * MINUTE] },
  );
  b.emit(
    'PriceAlert.Removed',
    { eventId: b.eventId('pr'), occurredAt: stamp(t0 - HOUR), ...removed },
    { by: 'silent', why: 'disarms an alert' },
    { deliveries: [t0 - HOUR + 4000, t0 - 50 * MINUTE, t0 - 10 * MINUTE] },
  );
  b.expect({
    kind: 'not-sent',
    eventId: tickId1,
    customerId: remover.customerId,
    type: 'price.alert',
    why: 'alert removed before the tick',
  });
  const tick = (eventId: string, at: number, price: string, accounted: Accounting, deliveries: number[]) =>
    b.emit(
      'Market.PriceTick',
      {
        eventId,
        occurredAt: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        symbol,
        price,
        currency: 'USD',
      },
      accounted,
      { deliveries },
    );
  // The first tick only records the price; one of its redeliveries arrives after the second tick (stale).
  tick(b.eventId('pt'), t0, '100.00', { by: 'silent', why: 'the first tick of a symbol records the price' }, [
    t0 + 2000,
    t0 + b.rng.int(5, 30) * MINUTE,
    t1 + b.rng.int(5, 30) * MINUTE,
  ]);
  tick(tickId1, t1, '110.00', crossing > 0 ? { by: 'eventId' } : { by: 'silent', why: 'no alert crossed' }, [
    t1 + 3000,
    t1 + b.rng.int(1, 20) * MINUTE,
    t1 + b.rng.int(20, 45) * MINUTE,
  ]);
};

/**
 * Erasure, then stale redeliveries: the customer's setup and a transaction delivered again after the
 * erasure, and a transaction that happened before it arriving late. Each is rejected (`erased customer`)
 * and nothing is sent after the erasure. Half of them come back later as a new relationship.
 */
const erasure: Role = (b) => {
  const contacts: Contacts = { email: true, phone: true };
  const customer = b.customer('erasure', contacts);
  const id = customer.customerId;
  const currency = b.currencyOf(customer);
  const erasedAt = b.local(customer, 12 * 60 + b.rng.int(0, 30));
  const stale = () => [erasedAt + b.rng.int(10, 25) * MINUTE, erasedAt + b.rng.int(26, 40) * MINUTE];
  const setupEvents = b.setup(customer, b.morning(customer), transactionalGrants(contacts), {
    largeTransaction: { minAmount: '500.00', currency },
  });
  for (const event of setupEvents) {
    event.deliveries = [event.deliveries[0] as number, ...stale()];
    b.expect({
      kind: 'rejected',
      eventId: event.eventId,
      source: SOURCE,
      detailType: event.detailType,
      mentions: /erased/i,
      why: 'a redelivery from before the erasure',
    });
  }
  const transaction = (at: number, deliveries?: number[]) =>
    b.emit(
      'Transaction.Posted',
      {
        eventId: b.eventId('tp'),
        occurredAt: isoWithOffset(customer.timeZone, at),
        customerId: id,
        accountId: `ACC-${id}`,
        amount: '700.00',
        currency,
        direction: 'debit',
        channel: 'online',
      },
      { by: 'eventId' },
      deliveries ? { deliveries } : {},
    );
  const before = b.local(customer, 10 * 60);
  const early = transaction(before, [before + 5000, ...stale()]);
  b.expectSent(customer, 'transaction.large', early.eventId, 'sent before the erasure');
  b.expect({
    kind: 'rejected',
    eventId: early.eventId,
    source: SOURCE,
    detailType: 'Transaction.Posted',
    mentions: /erased/i,
    why: 'redelivered after the erasure',
  });
  const lateAt = erasedAt - 30 * MINUTE;
  const late = transaction(lateAt, [erasedAt + 45 * MINUTE, erasedAt + 50 * MINUTE, erasedAt + 55 * MINUTE]);
  b.expect({
    kind: 'rejected',
    eventId: late.eventId,
    source: SOURCE,
    detailType: 'Transaction.Posted',
    mentions: /erased/i,
    why: 'happened before the erasure, arrived after it',
  });
  b.expect({
    kind: 'not-sent',
    eventId: late.eventId,
    customerId: id,
    type: 'transaction.large',
    why: 'about an erased customer',
  });
  b.emit(
    'Customer.ErasureRequested',
    { eventId: b.eventId('er'), occurredAt: isoWithOffset(customer.timeZone, erasedAt), customerId: id },
    { by: 'emitted', detailType: 'Customer.Erased', customerId: id },
    { deliveries: [erasedAt + 2000, erasedAt + 3 * MINUTE, erasedAt + 7 * MINUTE] },
  );
  b.expect({
    kind: 'emitted',
    detailType: 'Customer.Erased',
    detail: { customerId: id },
    why: 'erasure done',
  });
  customer.erasedAt = erasedAt;
  if (b.rng.chance(0.5)) {
    // A new relationship, after the erasure: it starts fresh and is served like any other.
    const returnsAt = erasedAt + 2 * HOUR;
    customer.returnsAt = returnsAt;
    b.setup(customer, returnsAt, transactionalGrants(contacts), {
      largeTransaction: { minAmount: '500.00', currency },
    });
    const fresh = transaction(returnsAt + HOUR);
    b.expectSent(
      customer,
      'transaction.large',
      fresh.eventId,
      'a new relationship after the erasure starts fresh',
    );
  }
};

/** Bad input of every kind, each about a customer whose own expectations it cannot change. */
const badInput: Role = (b) => {
  const customer = b.bystanders.length > 0 ? b.rng.pick(b.bystanders) : b.plain('bystander', { email: true });
  const id = customer.customerId;
  const at = b.local(customer, 16 * 60 + b.rng.int(0, 180));
  const occurredAt = isoWithOffset(customer.timeZone, at);
  const base = () => ({ eventId: b.eventId('bad'), occurredAt, customerId: id });
  const cases: [string, string, Record<string, unknown>, RegExp, string][] = [
    [
      'bank.core',
      'Balance.Changed',
      { ...base(), accountId: 'ACC-1', balance: 42.1, currency: 'EUR' },
      /detail\.balance/,
      'a number where a decimal string is expected',
    ],
    [
      'bank.core',
      'Transaction.Posted',
      { ...base(), accountId: 'ACC-1', currency: 'EUR', direction: 'debit', channel: 'card' },
      /detail\.amount/,
      'amount missing',
    ],
    [
      'bank.core',
      'Customer.Upserted',
      {
        ...base(),
        customerId: `bd${b.seed}-array-${b.rng.hex(6)}`,
        name: { given: 'Array' },
        locale: 'en-GB',
        timeZone: 'Europe/London',
        contacts: [],
      },
      /detail\.contacts/,
      'contacts given as an array',
    ],
    [
      'bank.core',
      'Fraud.Suspected',
      {
        ...base(),
        caseId: 'case-x',
        cardId: 'card-x',
        cardLast4: '1234',
        transactions: [{ amount: '1.00', currency: 'EUR', merchant: 'X', occurredAt }],
        riskScore: '0.9',
      },
      /detail\.riskScore/,
      'a malformed risk score',
    ],
    ['bank.core', 'Card.Issued', { ...base(), cardLast4: '4321' }, /detail\.cardId/, 'cardId missing'],
    [
      'bank.core',
      'Customer.SignedUp',
      { ...base(), channel: 42 },
      /detail\.channel/,
      'channel of the wrong type',
    ],
    [
      'bank.core',
      'Payment.Due',
      {
        ...base(),
        billId: 'bill-past',
        amount: '10.00',
        currency: 'EUR',
        dueDate: '2026-01-02',
        autopay: false,
      },
      /detail\.dueDate/,
      'a due date already past',
    ],
    [
      'bank.core',
      'Lifecycle.MilestoneReached',
      { ...base(), milestone: 'forever' },
      /detail\.milestone/,
      'unknown milestone',
    ],
    ['bank.core', 'Kyc.StepCompleted', { ...base(), step: 'retina' }, /detail\.step/, 'unknown KYC step'],
    ['bank.core', 'Customer.Active', { ...base(), surface: 'tv' }, /detail\.surface/, 'unknown surface'],
    [
      'bank.core',
      'Customer.Replied',
      { ...base(), caseId: 'case-x', answer: 'maybe', channel: 'app' },
      /detail\.answer/,
      'unknown answer',
    ],
    [
      'bank.core',
      'Customer.ErasureRequested',
      { eventId: b.eventId('bad'), occurredAt },
      /detail\.customerId/,
      'customerId missing',
    ],
    [
      'bank.core',
      'Market.PriceTick',
      { eventId: b.eventId('bad'), occurredAt, symbol: 'BDBAD', price: 12.5, currency: 'USD' },
      /detail\.price/,
      'a number where a decimal string is expected',
    ],
    ['bank.core', 'Statement.Ready', { ...base(), accountId: 'ACC-1' }, /detail\.period/, 'period missing'],
    [
      'bank.core',
      'TaxReminder.Set',
      { ...base(), reminderId: 'rem-past', symbol: 'VWRL', date: '2026-01-02' },
      /detail\.date/,
      'a date already past',
    ],
    [
      'bank.core',
      'Consent.Changed',
      { ...base(), channel: 'fax', category: 'marketing', granted: true, source: 'app' },
      /detail\.channel/,
      'unknown channel',
    ],
    [
      'bank.core',
      'AlertSettings.Changed',
      { ...base(), creditUtilization: { percent: 150 } },
      /detail\.creditUtilization/,
      'percent out of range',
    ],
    [
      'bank.core',
      'Balance.Changed',
      {
        ...base(),
        customerId: `bd${b.seed}-ghost-${b.rng.hex(6)}`,
        accountId: 'ACC-1',
        balance: '1.00',
        currency: 'EUR',
      },
      /unknown customer/,
      'a customer Herald never heard of',
    ],
    [
      'bank.core',
      'Transaction.Posted',
      {
        ...base(),
        customerId: `bd${b.seed}-ghost-${b.rng.hex(6)}`,
        accountId: 'ACC-1',
        amount: '900.00',
        currency: 'EUR',
        direction: 'debit',
        channel: 'card',
      },
      /unknown customer/,
      'a customer Herald never heard of',
    ],
    [
      'bank.core',
      'Balance.Changd',
      { ...base(), accountId: 'ACC-1', balance: '1.00', currency: 'EUR' },
      /Balance\.Changd|detail.?type/i,
      'a misspelt DetailType',
    ],
    [
      'bank.core',
      'balance.changed',
      { ...base(), accountId: 'ACC-1', balance: '1.00', currency: 'EUR' },
      /balance\.changed|detail.?type/i,
      'a DetailType in the wrong case',
    ],
    [
      'bank.cards',
      'Transaction.Posted',
      {
        ...base(),
        accountId: 'ACC-1',
        amount: '900.00',
        currency: 'EUR',
        direction: 'debit',
        channel: 'card',
      },
      /bank\.cards|source/i,
      'a Source not on the allow-list',
    ],
  ];
  // Each kind in turn, so that even a small day has every one.
  const [source, detailType, detail, mentions, why] = cases[
    b.nextBadInput() % cases.length
  ] as (typeof cases)[number];
  b.emitInvalid(source, detailType, detail, at, mentions, why);
};

// Roles and how often each is picked. Price fan-outs bring ~7 customers each.
const ROLES: [Role, number][] = [
  [balanceRole('low'), 9],
  [balanceRole('overdraft'), 5],
  [balanceRole('credit'), 5],
  [largeTransactions, 9],
  [fraud, 8],
  [notices, 7],
  [loans, 6],
  [paymentDue, 4],
  [cards, 5],
  [kyc, 5],
  [winBack, 2],
  [survey, 3],
  [taxReminder, 3],
  [priceFanOut, 2],
  [erasure, 2],
  [consentEvidence, 1],
  [badInput, 30],
];

/** Builds the bank day for a seed: at least `events` events, each delivered three times. */
export function generateBankDay(options: BankDayOptions): BankDay {
  const b = new Builder(options.seed, options.day ?? '2026-05-12');
  const total = ROLES.reduce((sum, [, weight]) => sum + weight, 0);
  // Every role at least once, then by weight.
  for (const [role] of ROLES) role(b);
  while (b.events.length < options.events) {
    let ticket = b.rng.next() * total;
    for (const [role, weight] of ROLES) {
      ticket -= weight;
      if (ticket < 0) {
        role(b);
        break;
      }
    }
  }
  const lines = b.events.flatMap((event) =>
    event.deliveries.map((time) =>
      JSON.stringify({
        Source: event.source,
        DetailType: event.detailType,
        Time: new Date(time).toISOString(),
        Detail: event.detail,
      }),
    ),
  );
  const shuffled = b.rng.shuffle(lines);
  return {
    seed: options.seed,
    events: b.events,
    customers: b.customers,
    expectations: b.expectations,
    jsonl: `${shuffled.join('\n')}\n`,
    entries: shuffled.length,
  };
}
