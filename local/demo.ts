// `npm start`: a small simulated bank played through the local stack, then a readable summary.
import { dirname, join } from 'node:path';
import type { DeliveryRecord, RejectedRecord } from '../shared/domain/delivery-record.ts';
import { costOf, formatCost } from './cost/meter.ts';
import { DEFAULT_PRICES } from './cost/prices.ts';
import { journeyFunnels } from './insights.ts';
import { replay } from './replay.ts';
import { writeReport } from './report.ts';
import type { BusEntry } from './runtime.ts';

interface DemoCustomer {
  id: string;
  given: string;
  family: string;
  locale: string;
  timeZone: string;
  currency: string;
  threshold: string;
  sms: boolean;
  email: boolean;
  /** The customer has the bank's app with notifications on (a push token), and allows push. */
  push: boolean;
  /** The customer gave a WhatsApp number and allows WhatsApp. */
  whatsapp: boolean;
}

const PEOPLE: [string, string, string, string, string][] = [
  ['Ana', 'Popescu', 'ro-RO', 'Europe/Bucharest', 'RON'],
  ['Budi', 'Santoso', 'id-ID', 'Asia/Jakarta', 'IDR'],
  ['Layla', 'Haddad', 'ar-AE', 'Asia/Dubai', 'AED'],
  ['Minh', 'Nguyen', 'vi-VN', 'Asia/Ho_Chi_Minh', 'VND'],
  ['Jonas', 'Weber', 'de-DE', 'Europe/Berlin', 'EUR'],
  ['Grace', 'Miller', 'en-GB', 'Europe/London', 'GBP'],
  ['Ioana', 'Ionescu', 'ro-RO', 'Europe/Bucharest', 'RON'],
  ['Sari', 'Wijaya', 'id-ID', 'Asia/Jakarta', 'IDR'],
  ['Lena', 'Fischer', 'de-AT', 'Europe/Vienna', 'EUR'],
  ['Tom', 'Baker', 'en-US', 'America/New_York', 'USD'],
  ['Omar', 'Khalil', 'ar-EG', 'Africa/Cairo', 'EUR'],
  ['Linh', 'Tran', 'vi-VN', 'Asia/Ho_Chi_Minh', 'VND'],
  ['Mihai', 'Dumitru', 'ro-RO', 'Europe/Bucharest', 'RON'],
  ['Dewi', 'Lestari', 'id-ID', 'Asia/Jakarta', 'IDR'],
  ['Klaus', 'Becker', 'de-DE', 'Europe/Berlin', 'EUR'],
  ['Emma', 'Clarke', 'en-GB', 'Europe/London', 'GBP'],
  ['Yusuf', 'Aziz', 'ar-AE', 'Asia/Dubai', 'AED'],
  ['Hoa', 'Pham', 'vi-VN', 'Asia/Ho_Chi_Minh', 'VND'],
  ['Elena', 'Stan', 'ro-RO', 'Europe/Bucharest', 'RON'],
  ['Rina', 'Kusuma', 'id-ID', 'Asia/Jakarta', 'IDR'],
  ['Sophie', 'Wagner', 'de-CH', 'Europe/Zurich', 'EUR'],
  ['Jack', 'Turner', 'en-AU', 'Australia/Sydney', 'USD'],
  ['Nadia', 'Saleh', 'ar-SA', 'Asia/Riyadh', 'AED'],
  ['Quang', 'Le', 'vi-VN', 'Asia/Ho_Chi_Minh', 'VND'],
  ['Radu', 'Marin', 'ro-RO', 'Europe/Bucharest', 'RON'],
  ['Putri', 'Halim', 'id-ID', 'Asia/Jakarta', 'IDR'],
  ['Max', 'Schulz', 'de-DE', 'Europe/Berlin', 'EUR'],
  ['Olivia', 'Brown', 'en-GB', 'Europe/London', 'GBP'],
  ['Karim', 'Mansour', 'ar-AE', 'Asia/Dubai', 'AED'],
  ['Anh', 'Vo', 'vi-VN', 'Asia/Ho_Chi_Minh', 'VND'],
];

const THRESHOLDS: Record<string, string> = {
  RON: '500.00',
  IDR: '1000000',
  AED: '400.00',
  VND: '2000000',
  EUR: '100.00',
  GBP: '100.00',
  USD: '150.00',
};

/** Deterministic pseudo-random numbers, so every demo run tells the same story. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * The last four digits of a demo account number, as the bank shows them to the customer; every fourth
 * customer's bank sends none (`accountLast4` is optional), so their messages name no account digits.
 */
export function demoAccountLast4(
  customerId: string,
  account: 'current' | 'card' = 'current',
): string | undefined {
  const n = Number(customerId.slice(-3));
  if (n % 4 === 0) return undefined;
  return String((n * 7919 + (account === 'card' ? 3301 : 1187)) % 10_000).padStart(4, '0');
}

/** `accountLast4` for an event's Detail, when the bank knows it. */
const last4Field = (customerId: string, account: 'current' | 'card' = 'current') => {
  const last4 = demoAccountLast4(customerId, account);
  return last4 ? { accountLast4: last4 } : {};
};

export function demoCustomers(): DemoCustomer[] {
  return PEOPLE.map(([given, family, locale, timeZone, currency], i) => ({
    id: `cust-${String(i + 1).padStart(3, '0')}`,
    given,
    family,
    locale,
    timeZone,
    currency,
    threshold: THRESHOLDS[currency] ?? '100.00',
    email: i % 5 !== 3,
    sms: i % 3 !== 2,
    push: i % 3 === 2 || i % 4 === 0,
    whatsapp: i % 5 === 3 || i % 7 === 1,
  }));
}

/** The demo bank's events: profiles, consents, thresholds, then two weeks of balances with a few mishaps. */
export function demoEntries(days = 14): BusEntry[] {
  const random = lcg(42);
  const start = Date.parse('2026-03-02T08:00:00Z');
  const at = (ms: number) => new Date(ms).toISOString();
  const entries: BusEntry[] = [];
  const put = (time: number, detailType: string, detail: Record<string, unknown>) =>
    entries.push({ Source: 'bank.core', DetailType: detailType, Time: at(time), Detail: detail });
  let n = 0;
  const eventId = () => `demo-${String(++n).padStart(5, '0')}`;

  for (const c of demoCustomers()) {
    const t = start + n * 1000;
    const local = c.id.slice(-3);
    put(t, 'Customer.Upserted', {
      eventId: eventId(),
      occurredAt: at(t),
      customerId: c.id,
      name: { given: c.given, family: c.family },
      locale: c.locale,
      timeZone: c.timeZone,
      contacts: {
        email: `${c.given.toLowerCase()}.${local}@example.com`,
        phone: `+4070000${local.padStart(4, '0')}`,
        ...(c.whatsapp ? { whatsapp: `+4071000${local.padStart(4, '0')}` } : {}),
        ...(c.push
          ? {
              pushTokens: [
                { platform: Number(local) % 2 ? 'apns' : 'fcm', token: `demo-device-token-${local}` },
              ],
            }
          : {}),
      },
    });
    for (const [channel, granted] of [
      ['email', c.email],
      ['sms', c.sms],
      ['push', c.push],
      ['whatsapp', c.whatsapp],
    ] as const) {
      if (granted) {
        put(t + 1, 'Consent.Changed', {
          eventId: eventId(),
          occurredAt: at(t + 1),
          customerId: c.id,
          channel,
          category: 'transactional',
          granted: true,
          source: 'app-onboarding',
        });
      }
    }
    put(t + 2, 'AlertSettings.Changed', {
      eventId: eventId(),
      occurredAt: at(t + 2),
      customerId: c.id,
      lowBalance: { accountId: `ACC-${local}-0001`, threshold: c.threshold, currency: c.currency },
    });
  }

  const customers = demoCustomers();
  const balances = new Map(customers.map((c) => [c.id, Number(c.threshold) * 3]));
  let duplicate: BusEntry | undefined;
  for (let day = 1; day <= days; day++) {
    for (const c of customers) {
      if (random() < 0.5) continue;
      const t = start + day * 86_400_000 + Math.floor(random() * 36_000_000);
      const previous = balances.get(c.id) ?? 0;
      const next = Math.max(0, previous * (0.55 + random() * 0.8));
      balances.set(c.id, next);
      const decimals = c.currency === 'IDR' || c.currency === 'VND' ? 0 : 2;
      put(t, 'Balance.Changed', {
        eventId: eventId(),
        occurredAt: at(t),
        customerId: c.id,
        accountId: `ACC-${c.id.slice(-3)}-0001`,
        ...last4Field(c.id),
        balance: next.toFixed(decimals),
        currency: c.currency,
      });
      if (!duplicate && next < Number(c.threshold)) duplicate = entries.at(-1);
    }
  }
  // Account notices: a card payment confirmed on day 5, February's statement on day 14, and on day 7 a
  // pre-approved loan offer (marketing: only customers who opted in get it, at most two a day).
  customers.forEach((c, i) => {
    const local = c.id.slice(-3);
    if (i % 4 === 0) {
      const t = start + 3600_000;
      put(t, 'Consent.Changed', {
        eventId: eventId(),
        occurredAt: at(t),
        customerId: c.id,
        channel: 'email',
        category: 'marketing',
        granted: true,
        source: 'web-preferences',
      });
    }
    const paid = start + 5 * 86_400_000 + i * 600_000;
    put(paid, 'Payment.Completed', {
      eventId: eventId(),
      occurredAt: at(paid),
      customerId: c.id,
      paymentId: `PAY-${local}-05`,
      amount: c.currency === 'IDR' || c.currency === 'VND' ? '350000' : '89.90',
      currency: c.currency,
      payee: 'City Utilities',
      reference: `INV-${local}`,
    });
    const offered = start + 7 * 86_400_000 + 9 * 3600_000;
    put(offered, 'Loan.PreApproved', {
      eventId: eventId(),
      occurredAt: at(offered),
      customerId: c.id,
      offerId: `LOAN-${local}`,
      amount: c.currency === 'IDR' || c.currency === 'VND' ? '150000000' : '15000.00',
      currency: c.currency,
      expiresAt: at(offered + 30 * 86_400_000),
    });
    const statement = start + 14 * 86_400_000 + 6 * 3600_000;
    put(statement, 'Statement.Ready', {
      eventId: eventId(),
      occurredAt: at(statement),
      customerId: c.id,
      accountId: `ACC-${local}-0001`,
      ...last4Field(c.id),
      period: '2026-02',
      url: 'https://bank.example/statements/2026-02',
    });
  });
  const day = (d: number, hoursUtc = 0) => start + d * 86_400_000 + hoursUtc * 3_600_000;
  const whole = (c: DemoCustomer) => c.currency === 'IDR' || c.currency === 'VND';
  const money = (c: DemoCustomer, amount: number) =>
    whole(c) ? String(Math.round(amount * 20_000)) : amount.toFixed(2);

  customers.forEach((c, i) => {
    const local = c.id.slice(-3);
    // Large-transaction alerts for every third customer; a credit card with a utilisation alert for some.
    if (i % 3 === 0 || i % 7 === 0) {
      put(day(0, 2), 'AlertSettings.Changed', {
        eventId: eventId(),
        occurredAt: at(day(0, 2)),
        customerId: c.id,
        ...(i % 3 === 0 ? { largeTransaction: { minAmount: money(c, 500), currency: c.currency } } : {}),
        ...(i % 7 === 0 ? { creditUtilization: { percent: 80 } } : {}),
      });
    }
    for (const [d, amount, merchant] of [
      [3, 42.5, 'Corner Café'],
      [9, 1240, 'ElectroMax'],
    ] as const) {
      const t = day(d, 5 + (i % 6));
      put(t, 'Transaction.Posted', {
        eventId: eventId(),
        occurredAt: at(t),
        customerId: c.id,
        accountId: `ACC-${local}-0001`,
        ...last4Field(c.id),
        amount: money(c, amount),
        currency: c.currency,
        direction: 'debit',
        channel: 'card',
        merchant: { name: merchant, city: 'Bucharest', country: 'RO' },
        cardLast4: `4${local}`,
      });
    }
    if (i % 7 === 0) {
      // Credit used rises to 90 % of the limit, falls back, and rises again: two alerts, not three.
      [-200, -1800, -1900, -300, -1700].forEach((balance, k) => {
        const t = day(4 + 3 * k, 7);
        put(t, 'Balance.Changed', {
          eventId: eventId(),
          occurredAt: at(t),
          customerId: c.id,
          accountId: `ACC-${local}-CARD`,
          ...last4Field(c.id, 'card'),
          balance: money(c, balance),
          currency: c.currency,
          creditLimit: money(c, 2000),
        });
      });
    }
    // Price alerts on a share the customer holds, and a tax-date reminder for it.
    if (i % 5 === 1) {
      put(day(1, 1), 'PriceAlert.Set', {
        eventId: eventId(),
        occurredAt: at(day(1, 1)),
        customerId: c.id,
        alertId: `PA-${local}-up`,
        symbol: 'AAPL',
        direction: 'above',
        price: (230 + i).toFixed(2),
        currency: 'USD',
      });
      put(day(1, 1) + 1000, 'PriceAlert.Set', {
        eventId: eventId(),
        occurredAt: at(day(1, 1) + 1000),
        customerId: c.id,
        alertId: `PA-${local}-down`,
        symbol: 'AAPL',
        direction: 'below',
        price: (190 - i).toFixed(2),
        currency: 'USD',
      });
    }
    if (i % 6 === 0) {
      put(day(1, 3), 'TaxReminder.Set', {
        eventId: eventId(),
        occurredAt: at(day(1, 3)),
        customerId: c.id,
        reminderId: `TAX-${local}`,
        symbol: 'AAPL',
        date: '2026-03-23',
        note: 'Dividend tax form',
      });
    }
  });
  // The market: AAPL closes each day; it climbs through the "above" alerts, then falls through the "below".
  [210, 221, 236, 249, 240, 226, 207, 192, 178, 165, 171].forEach((price, k) => {
    const t = day(2 + k, 20);
    put(t, 'Market.PriceTick', {
      eventId: eventId(),
      occurredAt: at(t),
      symbol: 'AAPL',
      price: price.toFixed(2),
      currency: 'USD',
    });
  });
  // Suspicious activity on two cards: one at 02:00 in Dubai (a security alert ignores quiet hours).
  for (const [i, t] of [
    [2, Date.parse('2026-03-07T22:00:00Z')],
    [11, Date.parse('2026-03-12T09:00:00Z')],
  ] as const) {
    const c = customers[i];
    if (!c) continue;
    put(t, 'Fraud.Suspected', {
      eventId: eventId(),
      occurredAt: at(t),
      customerId: c.id,
      caseId: `CASE-${c.id.slice(-3)}`,
      cardId: `CARD-${c.id.slice(-3)}`,
      cardLast4: `4${c.id.slice(-3)}`,
      transactions: [
        {
          amount: money(c, 899),
          currency: c.currency,
          merchant: 'LUX WATCHES ONLINE',
          occurredAt: at(t - 120_000),
        },
        { amount: money(c, 1), currency: c.currency, merchant: 'CARD CHECK', occurredAt: at(t - 600_000) },
      ],
      riskScore: 0.92,
    });
  }
  // Journeys: new cards for a third of the customers (some activate on day 3, some never; a few use the
  // card), and a sign-up with KYC for every fifth, completed by some.
  customers.forEach((c, i) => {
    const local = c.id.slice(-3);
    if (i % 3 === 1) {
      const issued = day(1, 2 + (i % 5));
      const card = { cardId: `CARD-${local}-NEW`, cardLast4: `7${local}`, currency: c.currency };
      put(issued, 'Card.Issued', { eventId: eventId(), occurredAt: at(issued), customerId: c.id, ...card });
      if (i % 2 === 0) {
        const activated = day(3, 4);
        put(activated, 'Card.Activated', {
          eventId: eventId(),
          occurredAt: at(activated),
          customerId: c.id,
          ...card,
        });
      }
    }
    if (i % 5 === 2) {
      const signedUp = day(0, 6);
      put(signedUp, 'Customer.SignedUp', { eventId: eventId(), occurredAt: at(signedUp), customerId: c.id });
      put(day(2, 6), 'Kyc.StepCompleted', {
        eventId: eventId(),
        occurredAt: at(day(2, 6)),
        customerId: c.id,
        step: 'selfie',
      });
      if (i % 2 === 0) {
        put(day(4, 6), 'Kyc.Completed', { eventId: eventId(), occurredAt: at(day(4, 6)), customerId: c.id });
      }
    }
  });
  // A producer retry: the same bank event again, an hour later. Herald sends nothing more.
  if (duplicate) entries.push({ ...duplicate, Time: at(Date.parse(String(duplicate.Time)) + 3_600_000) });
  // A producer bug: the balance as a number. Rejected with the reason, kept in the dead-letter queue.
  const late = start + (days + 1) * 86_400_000;
  put(late, 'Balance.Changed', {
    eventId: eventId(),
    occurredAt: at(late),
    customerId: 'cust-001',
    accountId: 'ACC-001-0001',
    balance: 12.5,
    currency: 'RON',
  });
  // A customer the bank never introduced.
  put(late + 1000, 'Balance.Changed', {
    eventId: eventId(),
    occurredAt: at(late + 1000),
    customerId: 'cust-999',
    accountId: 'ACC-999-0001',
    balance: '1.00',
    currency: 'EUR',
  });
  return entries;
}

/** Whole days from the first bank event to the last thing that happened (journeys run on after it). */
const simulatedDays = (entries: BusEntry[], records: readonly { time: string }[]) => {
  const times = [
    ...entries.map((e) => Date.parse(String(e.Time))),
    ...records.map((r) => Date.parse(r.time)),
  ];
  return Math.ceil((Math.max(...times) - Math.min(...times)) / 86_400_000);
};

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export interface DemoResult {
  deliveries: DeliveryRecord[];
  rejected: RejectedRecord[];
  eventCount: number;
  /** The HTML report written beside the outbox, when there is an outbox. */
  reportPath?: string;
}

export async function runDemo(options: { outDir?: string; write: (s: string) => void }): Promise<DemoResult> {
  const entries = demoEntries();
  const text = entries.map((e) => JSON.stringify(e)).join('\n');
  const operational: string[] = [];
  const herald = await replay(text, {
    ...(options.outDir ? { outDir: options.outDir } : {}),
    operationalLog: (line) => operational.push(line),
  });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
  const names = new Map(demoCustomers().map((c) => [c.id, `${c.given} ${c.family}`]));
  const w = options.write;

  w(
    `Herald demo bank: ${demoCustomers().length} customers, ${entries.length} events over ${simulatedDays(entries, herald.records)} simulated days\n\n`,
  );
  w('What was sent\n');
  w(`  ${pad('time (UTC)', 17)} ${pad('to', 22)} ${pad('channel', 8)} ${pad('type', 20)} template\n`);
  for (const d of deliveries.filter((r) => r.status === 'sent')) {
    const who = `${names.get(d.customerId) ?? d.customerId}`;
    w(
      `  ${pad(d.time.slice(0, 16).replace('T', ' '), 17)} ${pad(who, 22)} ${pad(d.channel, 8)} ${pad(d.type, 20)} ${d.template}\n`,
    );
  }
  const suppressed = deliveries.filter((r) => r.status !== 'sent');
  w(`\nSuppressed or deferred (${suppressed.length})\n`);
  for (const d of suppressed) {
    w(
      `  ${pad(names.get(d.customerId) ?? d.customerId, 22)} ${pad(d.channel, 8)} ${pad(d.status, 11)} reason: ${d.reason ?? '-'}\n`,
    );
  }
  w(`\nRejected events (${rejected.length})\n`);
  for (const r of rejected) w(`  ${pad(r.eventId ?? '-', 12)} ${pad(r.detailType, 16)} ${r.reason}\n`);

  const totals = new Map<string, number>();
  for (const d of deliveries) {
    const key = `${d.type} ${d.channel} ${d.status}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  w('\nTotals (type, channel, status)\n');
  for (const [key, count] of [...totals].sort()) w(`  ${pad(key, 40)} ${count}\n`);
  w(
    "\nJourney funnels (customers sent each step's message; converted = a goal event credited to a message)\n",
  );
  for (const funnel of journeyFunnels(herald.records)) {
    w(`  ${funnel.journey}: ${funnel.customers} started, ${funnel.converted} converted\n`);
    for (const step of funnel.steps)
      w(
        `    ${pad(step.step, 22)} ${String(step.customers).padStart(3)}  ${Math.round(step.rate * 100)} %\n`,
      );
  }
  w(`\nDead-letter queue: ${herald.deadLetters.length} message(s)\n`);
  // What this run would cost deployed, counted request by request (local/cost/meter.ts).
  const usage = herald.meter.usage();
  w(`\n${formatCost(usage, costOf(usage, DEFAULT_PRICES))}`);
  if (options.outDir) w(`Rendered messages: ${herald.outbox.length} under ${options.outDir}\n`);
  // The analysts' view of the same run, beside the outbox (`.herald/report.html` by default).
  const reportPath = options.outDir
    ? writeReport(herald.records, join(dirname(options.outDir), 'report.html'), { source: 'demo bank' })
    : undefined;
  if (reportPath) w(`Report (saved queries, funnels): ${reportPath}\n`);
  return { deliveries, rejected, eventCount: entries.length, ...(reportPath ? { reportPath } : {}) };
}
