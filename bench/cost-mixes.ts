// The bank event mixes `npm run bench:cost` replays through the local stack with the cost meter: each a
// fixed number of bank events, generated from a fixed seed (the same seed gives the same file, byte for
// byte), in Time order as a bank would send them. Each mix opens with its customers (profile, consents,
// alert settings: bank events too, and counted as such) and then the activity that gives the mix its name:
//
// - no-alert heavy: balances above every threshold and transactions below every amount, the common case of
//   a bank's day; one activity event in fifty is a large transaction, which alerts on one channel.
// - alert heavy: customers reachable on one or two channels; most activity alerts them: large transactions,
//   low balances (every other balance event crosses the threshold, the next one re-arms it), payment
//   confirmations, statements, a few suspected frauds.
// - journey heavy: the events that start Herald's multi-day sequences: cards issued (some activated, some
//   then used), sign-ups with KYC steps (some completed, which starts onboarding), bills due (some paid
//   early), milestones (surveys) and app activity (win-back). The replay runs the simulated clock on after
//   the last event until every sequence has ended (local/replay.ts, runToEnd).
//
// Event times are working hours in the customers' time zones (UTC to UTC+2 in March), so what the mix
// costs is its path, not quiet hours deferring it.
import type { BusEntry } from '../local/runtime.ts';
import { type Random, seeded } from '../test/support/bank-day/random.ts';

export const MIX_NAMES = ['no-alert-heavy', 'alert-heavy', 'journey-heavy'] as const;
export type MixName = (typeof MIX_NAMES)[number];

export interface Mix {
  name: MixName;
  title: string;
  /** The seed the bench generates the mix from. */
  seed: number;
  /** Bank events in the file the bench replays. */
  events: number;
  /** What the mix holds, in a sentence (the README's table says it). */
  summary: string;
  /**
   * What the mix must do on the local stack to be the mix it is named: checked on every bench run (at the
   * mix's size) and by test/e2e/cost-mixes.test.ts (at a smaller one).
   */
  claim: { text: string; holds(outcome: MixOutcome): boolean };
}

/** What a replay of a mix did, as far as its claim needs it (bench/cost-run.ts counts it). */
export interface MixOutcome {
  /** Customers the file introduces (Customer.Upserted). */
  customers: number;
  bankEvents: number;
  /** Messages handed to a provider (the cost meter's channel units: e-mails, SMS, push, WhatsApp). */
  messagesSent: number;
  /** Bank events of the file with at least one message sent under their own event id. */
  alertingBankEvents: number;
  /** Journeys under way: distinct customer and journey pairs among the delivery records. */
  journeys: number;
}

export const MIXES: readonly Mix[] = [
  {
    name: 'no-alert-heavy',
    title: 'No-alert heavy',
    seed: 1801,
    events: 1000,
    summary:
      'balances above every threshold, transactions below every amount; 1 activity event in 50 a large transaction',
    claim: {
      text: 'at most 1 message per 20 bank events',
      holds: (o) => o.messagesSent * 20 <= o.bankEvents,
    },
  },
  {
    name: 'alert-heavy',
    title: 'Alert heavy',
    seed: 1802,
    events: 1000,
    summary:
      'customers on one or two channels; large transactions, low balances, payment confirmations, statements, a few frauds',
    claim: {
      text: 'at least half the bank events send a message',
      holds: (o) => o.alertingBankEvents * 2 >= o.bankEvents,
    },
  },
  {
    name: 'journey-heavy',
    title: 'Journey heavy',
    seed: 1803,
    events: 1000,
    summary:
      'cards issued, sign-ups and KYC, bills due, milestones, app activity; the clock run on to the end of every sequence',
    claim: {
      text: 'as many journeys under way as customers, or more',
      holds: (o) => o.customers > 0 && o.journeys >= o.customers,
    },
  },
];

export function mixOf(name: MixName): Mix {
  const mix = MIXES.find((m) => m.name === name);
  if (!mix) throw new RangeError(`no cost mix named ${name}`);
  return mix;
}

const START = Date.parse('2026-03-02T00:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

const PEOPLE = [
  ['Ana', 'en-GB', 'Europe/London', '+4477009'],
  ['Jonas', 'de-DE', 'Europe/Berlin', '+49151'],
  ['Ioana', 'ro-RO', 'Europe/Bucharest', '+4072'],
  ['Tom', 'en-GB', 'Europe/London', '+4477009'],
  ['Lea', 'de-AT', 'Europe/Vienna', '+43664'],
] as const;

type Channel = 'email' | 'sms' | 'push';

interface Customer {
  id: string;
  channels: readonly Channel[];
}

/** One bank event on the default bus. */
const event = (detailType: string, at: number, detail: Record<string, unknown>): BusEntry => ({
  Source: 'bank.core',
  DetailType: detailType,
  Time: iso(at),
  Detail: { ...detail, occurredAt: iso(at) },
});

/** A working-hours instant on day `day` after the start (09:00 to 16:59 UTC). */
const workingHours = (random: Random, day: number) =>
  START + day * DAY + 9 * HOUR + random.int(0, 8 * 60 - 1) * MINUTE;

/**
 * A customer's opening events: the profile (contacts on the channels given), transactional consent on each
 * of them (and marketing on e-mail when asked), and, when given, alert settings.
 */
function openCustomer(
  random: Random,
  customer: Customer,
  options: { marketing?: boolean; settings?: Record<string, unknown> } = {},
): BusEntry[] {
  const [given, locale, timeZone, phone] = random.pick(PEOPLE);
  const n = customer.id.replace(/\D/g, '').padStart(4, '0');
  const at = START + 8 * HOUR + Number(n) * 1000;
  const id = customer.id;
  const entries = [
    event('Customer.Upserted', at, {
      eventId: `${id}-upserted`,
      customerId: id,
      name: { given },
      locale,
      timeZone,
      contacts: {
        email: `${id}@example.com`,
        phone: `${phone}${n.padStart(5, '0')}`,
        ...(customer.channels.includes('push')
          ? { pushTokens: [{ platform: 'fcm', token: `fcm-${id}-0123456789abcdef` }] }
          : {}),
      },
    }),
  ];
  const consents: [Channel, string][] = customer.channels.map((channel) => [channel, 'transactional']);
  if (options.marketing) consents.push(['email', 'marketing']);
  for (const [channel, category] of consents)
    entries.push(
      event('Consent.Changed', at + 1000, {
        eventId: `${id}-${channel}-${category}`,
        customerId: id,
        channel,
        category,
        granted: true,
        source: 'app',
      }),
    );
  if (options.settings)
    entries.push(
      event('AlertSettings.Changed', at + 2000, {
        eventId: `${id}-settings`,
        customerId: id,
        ...options.settings,
      }),
    );
  return entries;
}

const ACCOUNT = (id: string) => `ACC-${id}`;
const LOW_BALANCE = 100;
const LARGE_TRANSACTION = 1000;
const alertSettings = (id: string) => ({
  lowBalance: { accountId: ACCOUNT(id), threshold: LOW_BALANCE.toFixed(2), currency: 'GBP' },
  largeTransaction: { minAmount: LARGE_TRANSACTION.toFixed(2), currency: 'GBP' },
});

const MERCHANTS = ['Corner Shop', 'City Grocer', 'Rail Tickets', 'Book Nook', 'Fuel Stop'];
const money = (random: Random, min: number, max: number) =>
  (random.int(min * 100, max * 100) / 100).toFixed(2);

function transaction(
  random: Random,
  customerId: string,
  eventId: string,
  at: number,
  amount: string,
  cardLast4 = '4242',
) {
  return event('Transaction.Posted', at, {
    eventId,
    customerId,
    accountId: ACCOUNT(customerId),
    amount,
    currency: 'GBP',
    direction: 'debit',
    channel: 'card',
    merchant: { name: random.pick(MERCHANTS), city: 'London', country: 'GB' },
    cardLast4,
  });
}

function balance(customerId: string, n: number, at: number, amount: string) {
  return event('Balance.Changed', at, {
    eventId: `${customerId}-bal-${n}`,
    customerId,
    accountId: ACCOUNT(customerId),
    balance: amount,
    currency: 'GBP',
  });
}

/** Customers `prefix-001` … in the order they open, each with the channels `channels(i)` gives. */
const customers = (prefix: string, count: number, channels: (i: number) => readonly Channel[]) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    channels: channels(i),
  }));

/** Opening events first, then the activity, all in Time order (a stable sort keeps ties in order). */
const inTimeOrder = (entries: BusEntry[]) =>
  entries
    .map((entry, i) => ({ entry, i, at: Date.parse(String(entry.Time)) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ entry }) => entry);

function noAlertHeavy(random: Random, events: number): BusEntry[] {
  const people = customers('quiet', Math.max(1, Math.round(events / 20)), () => ['email', 'sms']);
  const entries = people.flatMap((c) => openCustomer(random, c, { settings: alertSettings(c.id) }));
  for (let n = 0; entries.length < events; n++) {
    const c = random.pick(people);
    const at = workingHours(random, random.int(1, 14));
    const roll = random.next();
    const tx = `${c.id}-tx-${n}`;
    if (roll < 0.02) entries.push(transaction(random, c.id, tx, at, money(random, 1000, 3000)));
    else if (roll < 0.45) entries.push(transaction(random, c.id, tx, at, money(random, 1, 400)));
    else entries.push(balance(c.id, n, at, money(random, 300, 5000)));
  }
  return entries;
}

function alertHeavy(random: Random, events: number): BusEntry[] {
  const channelSets: readonly (readonly Channel[])[] = [['email'], ['email', 'sms'], ['push', 'email']];
  const people = customers('alerted', Math.max(1, Math.round(events / 13)), (i) => {
    const set = channelSets[i % channelSets.length];
    if (!set) throw new RangeError('no channel set');
    return set;
  });
  const entries = people.flatMap((c) => openCustomer(random, c, { settings: alertSettings(c.id) }));
  // Each customer's balance goes low and recovers in turn: every other balance event alerts.
  const low = new Set<string>();
  // Activity is generated day by day, so that a customer's balance events run in the order they alternate.
  const activity = events - entries.length;
  const perDay = Math.ceil(activity / 14);
  for (let n = 0; entries.length < events; n++) {
    const c = random.pick(people);
    const at = START + (1 + Math.floor(n / perDay)) * DAY + 9 * HOUR + (n % perDay) * MINUTE;
    const roll = random.next();
    if (roll < 0.45)
      entries.push(transaction(random, c.id, `${c.id}-tx-${n}`, at, money(random, 1000, 4000)));
    else if (roll < 0.7) {
      const wasLow = low.has(c.id);
      if (wasLow) low.delete(c.id);
      else low.add(c.id);
      entries.push(balance(c.id, n, at, wasLow ? money(random, 500, 3000) : money(random, 0, 99)));
    } else if (roll < 0.9)
      entries.push(
        event('Payment.Completed', at, {
          eventId: `${c.id}-pay-${n}`,
          customerId: c.id,
          paymentId: `PAY-${n}`,
          amount: money(random, 20, 900),
          currency: 'GBP',
          payee: 'City Utilities',
          reference: `INV-${n}`,
        }),
      );
    else if (roll < 0.98)
      entries.push(
        event('Statement.Ready', at, {
          eventId: `${c.id}-stmt-${n}`,
          customerId: c.id,
          accountId: ACCOUNT(c.id),
          period: '2026-02',
          url: 'https://bank.example/statements/2026-02',
        }),
      );
    else
      entries.push(
        event('Fraud.Suspected', at, {
          eventId: `${c.id}-fraud-${n}`,
          customerId: c.id,
          caseId: `CASE-${n}`,
          cardId: `CARD-${c.id}`,
          cardLast4: '4242',
          transactions: [
            {
              amount: money(random, 300, 900),
              currency: 'GBP',
              merchant: 'LUX WATCHES',
              occurredAt: iso(at),
            },
          ],
          riskScore: 0.9,
        }),
      );
  }
  return entries;
}

/** One customer's journey-starting story: its events, in the order they happen. */
function journeyStory(random: Random, customerId: string, n: number): BusEntry[] {
  const day = random.int(1, 10);
  const at = workingHours(random, day);
  const roll = random.next();
  const story: BusEntry[] = [];
  if (roll < 0.3) {
    // A card issued; activated within 2 to 4 days half the time, and then sometimes used.
    const card = { cardId: `CARD-${customerId}-${n}`, cardLast4: String(1000 + (n % 9000)), currency: 'GBP' };
    story.push(event('Card.Issued', at, { eventId: `${customerId}-issued-${n}`, customerId, ...card }));
    if (random.chance(0.5)) {
      const activated = at + random.int(2, 4) * DAY;
      story.push(
        event('Card.Activated', activated, { eventId: `${customerId}-activated-${n}`, customerId, ...card }),
      );
      // The card's first use (a card debit with its last four digits) ends the spend nudges.
      if (random.chance(0.5))
        story.push(
          transaction(
            random,
            customerId,
            `${customerId}-spend-${n}`,
            activated + random.int(1, 10) * DAY,
            money(random, 5, 80),
            card.cardLast4,
          ),
        );
    }
  } else if (roll < 0.55) {
    // A sign-up; a KYC step or two; completed (which starts onboarding) two times in three.
    story.push(event('Customer.SignedUp', at, { eventId: `${customerId}-signup-${n}`, customerId }));
    const steps = random
      .shuffle(['selfie', 'id_document', 'proof_of_address'] as const)
      .slice(0, random.int(1, 2));
    for (const [k, step] of steps.entries())
      story.push(
        event('Kyc.StepCompleted', at + (k + 1) * DAY, {
          eventId: `${customerId}-kyc-${step}-${n}`,
          customerId,
          step,
        }),
      );
    if (random.chance(2 / 3))
      story.push(
        event('Kyc.Completed', at + (steps.length + 1) * DAY, {
          eventId: `${customerId}-kyc-${n}`,
          customerId,
        }),
      );
  } else if (roll < 0.8) {
    // A bill due in 10 to 20 days; paid early one time in three.
    const billId = `BILL-${customerId}-${n}`;
    const due = START + (day + random.int(10, 20)) * DAY;
    story.push(
      event('Payment.Due', at, {
        eventId: `${customerId}-due-${n}`,
        customerId,
        billId,
        amount: money(random, 30, 400),
        currency: 'GBP',
        dueDate: iso(due).slice(0, 10),
        autopay: false,
      }),
    );
    if (random.chance(1 / 3))
      story.push(
        event('Payment.Completed', at + random.int(1, 5) * DAY, {
          eventId: `${customerId}-paid-${n}`,
          customerId,
          paymentId: `PAY-${n}`,
          amount: '30.00',
          currency: 'GBP',
          payee: 'City Utilities',
          reference: billId,
        }),
      );
  } else if (roll < 0.9)
    story.push(
      event('Lifecycle.MilestoneReached', at, {
        eventId: `${customerId}-milestone-${n}`,
        customerId,
        milestone: random.pick(['onboarding_completed', 'first_90_days'] as const),
      }),
    );
  else
    story.push(
      event('Customer.Active', at, {
        eventId: `${customerId}-active-${n}`,
        customerId,
        surface: random.pick(['app', 'web'] as const),
      }),
    );
  return story;
}

function journeyHeavy(random: Random, events: number): BusEntry[] {
  const people = customers('journey', Math.max(1, Math.round(events / 8)), () => ['email', 'sms']);
  const entries = people.flatMap((c) => openCustomer(random, c, { marketing: true }));
  for (let n = 0; entries.length < events; n++) {
    const c = random.pick(people);
    // The file's size is fixed: a story that does not fit is cut short (its later events left out).
    entries.push(...journeyStory(random, c.id, n).slice(0, events - entries.length));
  }
  return entries;
}

const GENERATORS: Record<MixName, (random: Random, events: number) => BusEntry[]> = {
  'no-alert-heavy': noAlertHeavy,
  'alert-heavy': alertHeavy,
  'journey-heavy': journeyHeavy,
};

/**
 * The mix's bank events, in Time order: `events` of them (the mix's size unless given), from `seed` (the
 * mix's unless given). Pure: the same arguments give the same entries.
 */
export function mixEntries(name: MixName, options: { seed?: number; events?: number } = {}): BusEntry[] {
  const mix = mixOf(name);
  const events = options.events ?? mix.events;
  return inTimeOrder(GENERATORS[name](seeded(options.seed ?? mix.seed), events));
}

/** The mix as the JSON-lines file `herald replay` reads. */
export function mixJsonl(name: MixName, options: { seed?: number; events?: number } = {}): string {
  return `${mixEntries(name, options)
    .map((entry) => JSON.stringify(entry))
    .join('\n')}\n`;
}
