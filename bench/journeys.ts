// `npm run bench:journeys`: the state transitions each journey costs per customer, counted on the local
// stack (the synthesized state machine run by local/stepfunctions.ts, retries included), and what Step
// Functions Standard would charge for a million such journeys.
//
// Price: $0.025 per 1,000 state transitions, Standard workflows, US East (N. Virginia) and Europe (Ireland)
// list price; the monthly free tier (4,000 transitions) is left out. The Lambda invocations of the steps
// and the messages themselves are priced elsewhere (`npm run bench`).
import { replay } from '../local/replay.ts';

const USD_PER_TRANSITION = 0.025 / 1000;
const JOURNEYS = 1_000_000;

interface Scenario {
  name: string;
  events: { DetailType: string; Time: string; Detail: Record<string, unknown> }[];
}

const customer = (id: string, at: string) => [
  {
    DetailType: 'Customer.Upserted',
    Time: at,
    Detail: {
      eventId: `${id}-u`,
      occurredAt: at,
      customerId: id,
      name: { given: 'Ana' },
      locale: 'en-GB',
      timeZone: 'Europe/London',
      contacts: { email: `${id}@example.com`, phone: '+447700900123' },
    },
  },
  ...(['transactional', 'marketing'] as const).map((category) => ({
    DetailType: 'Consent.Changed',
    Time: at,
    Detail: {
      eventId: `${id}-${category}`,
      occurredAt: at,
      customerId: id,
      channel: 'email',
      category,
      granted: true,
      source: 'app',
    },
  })),
];
const card = (type: 'Card.Issued' | 'Card.Activated', id: string, at: string) => ({
  DetailType: type,
  Time: at,
  Detail: {
    eventId: `${id}-${type}`,
    occurredAt: at,
    customerId: id,
    cardId: `card-${id}`,
    cardLast4: '4242',
  },
});

const scenarios: Scenario[] = [
  {
    name: 'card issued, never activated (welcome + 3 reminders)',
    events: [
      ...customer('never', '2026-03-02T08:00:00Z'),
      card('Card.Issued', 'never', '2026-03-02T09:00:00Z'),
    ],
  },
  {
    name: 'activated on day 3, no spend (welcome, 1 reminder, offers, nudge, incentive)',
    events: [
      ...customer('active', '2026-03-02T08:00:00Z'),
      card('Card.Issued', 'active', '2026-03-02T09:00:00Z'),
      card('Card.Activated', 'active', '2026-03-05T09:00:00Z'),
    ],
  },
];

// Win-back (one watch per customer, re-armed by Customer.Active) and surveys (one per milestone).
const DAY_MS = 86_400_000;
const dailyActivity = (id: string, from: string, days: number) =>
  Array.from({ length: days }, (_, i) => {
    const at = new Date(Date.parse(from) + i * DAY_MS).toISOString();
    return {
      DetailType: 'Customer.Active',
      Time: at,
      Detail: { eventId: `${id}-active-${i}`, occurredAt: at, customerId: id, surface: 'app' },
    };
  });
// A year: the watch is rotated once (after 180 days) on the way.
const WIN_BACK_ACTIVE_DAYS = 360;
scenarios.push(
  {
    name: `win-back: active every day for ${WIN_BACK_ACTIVE_DAYS} days, then gone (watch, then 3 messages)`,
    events: [
      ...customer('winback-daily', '2026-03-02T08:00:00Z'),
      ...dailyActivity('winback-daily', '2026-03-02T09:00:00Z', WIN_BACK_ACTIVE_DAYS),
    ],
  },
  {
    name: 'win-back: one activity, lapsed 30 days later (3 messages)',
    events: [
      ...customer('winback-once', '2026-03-02T08:00:00Z'),
      ...dailyActivity('winback-once', '2026-03-02T09:00:00Z', 1),
    ],
  },
  {
    name: 'survey: one milestone, sent twice (one request)',
    events: [
      ...customer('survey', '2026-03-02T08:00:00Z'),
      ...['m-1', 'm-2'].map((eventId) => ({
        DetailType: 'Lifecycle.MilestoneReached',
        Time: '2026-03-02T09:00:00Z',
        Detail: {
          eventId,
          occurredAt: '2026-03-02T09:00:00Z',
          customerId: 'survey',
          milestone: 'onboarding_completed',
        },
      })),
    ],
  },
);
// KYC (reminders until the steps are in), onboarding (two lessons), payment due (before and on the date).
const event = (DetailType: string, id: string, eventId: string, at: string, fields = {}) => ({
  DetailType,
  Time: at,
  Detail: { eventId, occurredAt: at, customerId: id, ...fields },
});
const bill = (id: string, at: string) =>
  event('Payment.Due', id, `${id}-due`, at, {
    billId: `bill-${id}`,
    amount: '84.50',
    currency: 'EUR',
    dueDate: '2026-03-20',
    autopay: false,
  });
scenarios.push(
  {
    name: 'KYC: signed up, never verified (3 reminders)',
    events: [
      ...customer('kyc-none', '2026-03-02T08:00:00Z'),
      event('Customer.SignedUp', 'kyc-none', 'kyc-none-su', '2026-03-02T09:00:00Z'),
    ],
  },
  {
    name: 'KYC: signed up, verified on day 2 (1 reminder, then 2 onboarding lessons)',
    events: [
      ...customer('kyc-done', '2026-03-02T08:00:00Z'),
      event('Customer.SignedUp', 'kyc-done', 'kyc-done-su', '2026-03-02T09:00:00Z'),
      event('Kyc.StepCompleted', 'kyc-done', 'kyc-done-1', '2026-03-03T12:00:00Z', { step: 'selfie' }),
      event('Kyc.Completed', 'kyc-done', 'kyc-done-ok', '2026-03-04T09:00:00Z'),
    ],
  },
  {
    name: 'payment due, never paid (2 reminders)',
    events: [...customer('due-unpaid', '2026-03-02T08:00:00Z'), bill('due-unpaid', '2026-03-02T09:00:00Z')],
  },
  {
    name: 'payment due, paid after the first reminder (1 reminder, then the payment confirmation)',
    events: [
      ...customer('due-paid', '2026-03-02T08:00:00Z'),
      bill('due-paid', '2026-03-02T09:00:00Z'),
      event('Payment.Completed', 'due-paid', 'due-paid-pay', '2026-03-18T12:00:00Z', {
        paymentId: 'pay-1',
        amount: '84.50',
        currency: 'EUR',
        payee: 'City Power',
        reference: 'bill-due-paid',
      }),
    ],
  },
);
/** The watch of an active customer: transitions and checks before the lapse, per 30 days of activity. */
let winBackWatch: { transitionsPerMonth: number; checksPerMonth: number } | undefined;

const rows = [];
for (const scenario of scenarios) {
  const text = scenario.events.map((e) => JSON.stringify({ Source: 'bank.core', ...e })).join('\n');
  const herald = await replay(text, { operationalLog: () => undefined });
  const executions = herald.stepFunctions?.list() ?? [];
  const transitions = executions.reduce((sum, e) => sum + e.transitions, 0);
  const sent = herald.records.filter((r) => r.kind === 'delivery' && r.status === 'sent').length;
  const watches = executions.filter((e) => JSON.parse(e.input).customerId === 'winback-daily');
  if (watches.length > 0) {
    // The states of every watch up to the lapse: what an active customer costs, rotation included.
    const beforeLapse = watches.flatMap((e) =>
      e.history.includes('Missed1') ? e.history.slice(0, e.history.indexOf('Missed1')) : e.history,
    );
    const months = WIN_BACK_ACTIVE_DAYS / 30;
    winBackWatch = {
      transitionsPerMonth: beforeLapse.length / months,
      checksPerMonth: beforeLapse.filter((state) => state === 'Check').length / months,
    };
  }
  rows.push({
    scenario: scenario.name,
    executions: executions
      .map((e) => `${e.name.replace(/^.*-/, '')}: ${e.status}, ${e.transitions}`)
      .join('; '),
    transitionsPerCustomer: transitions,
    messagesSent: sent,
    usdPerMillionJourneys: Math.round(transitions * USD_PER_TRANSITION * JOURNEYS * 100) / 100,
  });
}

process.stdout.write(
  `Step Functions Standard: $0.025 per 1,000 state transitions (us-east-1 / eu-west-1 list price, free tier left out)\n\n`,
);
for (const row of rows) {
  process.stdout.write(
    `${row.scenario}\n  executions (phase: status, transitions): ${row.executions}\n` +
      `  transitions per customer: ${row.transitionsPerCustomer}   messages sent: ${row.messagesSent}\n` +
      `  cost per million journeys: $${row.usdPerMillionJourneys.toFixed(2)}\n\n`,
  );
}
if (winBackWatch) {
  // An active customer's month: one DynamoDB write per Customer.Active (the journeys function's conditional
  // update; no read), and the watch's check (one journey-step invocation, one consistent read) about once
  // per 30 days, however many events. Lambda and DynamoDB are priced in `npm run bench`.
  const usd = winBackWatch.transitionsPerMonth * USD_PER_TRANSITION * JOURNEYS;
  process.stdout.write(
    `win-back watch of a customer active every day (${WIN_BACK_ACTIVE_DAYS} days):\n` +
      `  state transitions per active customer per month: ${winBackWatch.transitionsPerMonth.toFixed(2)}   ` +
      `check invocations: ${winBackWatch.checksPerMonth.toFixed(2)}\n` +
      `  Step Functions per million active customers per month: $${usd.toFixed(2)}\n\n`,
  );
}
process.stdout.write(
  `${JSON.stringify({ pricePerThousandTransitionsUsd: 0.025, scenarios: rows, winBackWatch })}\n`,
);
