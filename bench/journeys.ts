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

const rows = [];
for (const scenario of scenarios) {
  const text = scenario.events.map((e) => JSON.stringify({ Source: 'bank.core', ...e })).join('\n');
  const herald = await replay(text, { operationalLog: () => undefined });
  const executions = herald.stepFunctions?.list() ?? [];
  const transitions = executions.reduce((sum, e) => sum + e.transitions, 0);
  const sent = herald.records.filter((r) => r.kind === 'delivery' && r.status === 'sent').length;
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
process.stdout.write(`${JSON.stringify({ pricePerThousandTransitionsUsd: 0.025, scenarios: rows })}\n`);
