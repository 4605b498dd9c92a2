// Journeys: the card activation definition from the config's timings, the step decision, and the journey
// state in DynamoDB (dynalite), where a goal and a step race.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbCapCounter } from '../../shared/adapters/dynamodb/cap-counter.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { executionArnOf } from '../../shared/adapters/sfn/journey-executions.ts';
import { recordCardSpend, runJourneyStep } from '../../shared/application/journeys.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import {
  ACTIVATED,
  CARD_ACTIVATED_GOAL,
  CARD_SPENT_GOAL,
  cardActivationItem,
  cardActivationJourney,
  cardActivationKind,
  cardActivationProblems,
  DEFAULT_CARD_ACTIVATION,
  isCardSpend,
} from '../../shared/domain/journeys/card-activation.ts';
import {
  DAY_SECONDS,
  decideStep,
  executionName,
  type JourneyStepInput,
} from '../../shared/domain/journeys/journey.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

const issued = {
  eventId: 'e-issued',
  occurredAt: '2026-03-02T09:00:00Z',
  customerId: 'c-1',
  cardId: 'card-1',
  cardLast4: '4242',
  product: 'Visa Classic',
};

describe('card activation definition', () => {
  it('waits for each reminder from the one before: days 2, 5 and 10 by default', () => {
    const [before, after] = cardActivationJourney().phases;
    expect(before?.steps.map((s) => [s.step, s.waitSeconds / DAY_SECONDS])).toEqual([
      ['welcome', 0],
      ['reminder-1', 2],
      ['reminder-2', 3],
      ['reminder-3', 5],
    ]);
    expect(after?.steps.map((s) => [s.step, s.type, s.waitSeconds / DAY_SECONDS])).toEqual([
      ['offers', 'card_activation.offers', 0],
      ['nudge', 'card_activation.nudge', 30],
      ['incentive', 'card_activation.incentive', 2],
    ]);
  });

  it('puts reminder k at day k of the configured days, whatever they are', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 10 }),
        (days) => {
          const reminderDays = [...days].sort((a, b) => a - b);
          const steps =
            cardActivationJourney({ ...DEFAULT_CARD_ACTIVATION, reminderDays }).phases[0]?.steps ?? [];
          const sentOn = steps
            .slice(1)
            .map((_, i) => steps.slice(1, i + 2).reduce((sum, s) => sum + s.waitSeconds, 0) / DAY_SECONDS);
          expect(sentOn).toEqual(reminderDays);
          expect(cardActivationProblems({ ...DEFAULT_CARD_ACTIVATION, reminderDays })).toEqual([]);
        },
      ),
    );
  });

  it('names each bad setting', () => {
    expect(
      cardActivationProblems({
        ...DEFAULT_CARD_ACTIVATION,
        reminderDays: [5, 2],
        spendWindowDays: 0,
        incentiveSpend: { euro: '500', AED: '2,000' },
      }),
    ).toEqual([
      'reminderDays[1]: must be after the one before',
      'spendWindowDays: must be a whole number of days from 1 to 365',
      'incentiveSpend.euro: must be keyed by an ISO-4217 code such as "EUR"',
      'incentiveSpend.AED: must be a decimal string such as "500.00"',
    ]);
    expect(cardActivationProblems({ ...DEFAULT_CARD_ACTIVATION, incentiveSpend: {} })).toEqual([
      'incentiveSpend: must give the amount in at least one currency',
    ]);
  });

  it('names executions deterministically, within Step Functions rules, one per journey, customer, card and phase', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (customerId, key) => {
        const ref = { journey: 'card_activation', customerId, key };
        const name = executionName(ref, 'issued');
        expect(name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
        expect(executionName({ ...ref }, 'issued')).toBe(name);
        expect(executionName(ref, 'activated')).not.toBe(name);
      }),
    );
    expect(executionArnOf('arn:aws:states:eu-west-1:1:stateMachine:m', 'x')).toBe(
      'arn:aws:states:eu-west-1:1:execution:m:x',
    );
  });
});

describe('step decision', () => {
  const item = cardActivationItem(issued);
  it('sends only while the journey is in the status its phase requires', () => {
    expect(decideStep(cardActivationKind, item, 'issued')).toEqual({
      action: 'send',
      requires: 'awaiting_activation',
    });
    expect(decideStep(cardActivationKind, { ...item, status: ACTIVATED }, 'issued')).toEqual({
      action: 'exit',
      reason: 'goal_reached',
    });
    expect(decideStep(cardActivationKind, undefined, 'issued')).toEqual({
      action: 'exit',
      reason: 'no_journey',
    });
    expect(decideStep(cardActivationKind, item, 'later')).toEqual({
      action: 'exit',
      reason: 'unknown_phase',
    });
  });

  it("counts as a spend only a card debit with the journey's card, at or after the activation", () => {
    const active = {
      ...item,
      status: ACTIVATED,
      goals: { activated: { at: '2026-03-05T09:00:00Z', eventId: 'a' } },
    };
    const spend = {
      channel: 'card' as const,
      direction: 'debit' as const,
      cardLast4: '4242',
      occurredAt: '2026-03-06T00:00:00Z',
    };
    expect(isCardSpend(active, spend)).toBe(true);
    expect(isCardSpend(active, { ...spend, cardLast4: '9999' })).toBe(false);
    expect(isCardSpend(active, { ...spend, direction: 'credit' })).toBe(false);
    expect(isCardSpend(active, { ...spend, channel: 'online' })).toBe(false);
    expect(isCardSpend(active, { ...spend, occurredAt: '2026-03-04T00:00:00Z' })).toBe(false);
    expect(isCardSpend(item, spend)).toBe(false);
  });
});

describe('journey state in DynamoDB (dynalite)', () => {
  let table: TestTable;
  let journeys: DynamoDbJourneys;
  beforeAll(async () => {
    table = await startTestTable();
    journeys = new DynamoDbJourneys(table.client, table.tableName);
  });
  afterAll(() => table.stop());

  const ref = { journey: 'card_activation', customerId: 'c-1', key: 'card-1' };
  const activated = { ...CARD_ACTIVATED_GOAL, at: '2026-03-05T09:00:00Z', eventId: 'e-act' };

  it('creates a journey once: a duplicate Card.Issued finds the first', async () => {
    expect((await journeys.create(cardActivationItem(issued))).created).toBe(true);
    const again = await journeys.create(
      cardActivationItem({ ...issued, eventId: 'e-again', cardLast4: '0000' }),
    );
    expect(again.created).toBe(false);
    expect(again.item).toMatchObject({ startEventId: 'e-issued', attributes: { cardLast4: '4242' } });
  });

  it('records a goal once, only from the status it expects', async () => {
    expect(await journeys.reachGoal(ref, activated)).toBe('reached');
    expect(await journeys.reachGoal(ref, { ...activated, eventId: 'e-act-2' })).toBe('already');
    expect(await journeys.reachGoal({ ...ref, key: 'nope' }, activated)).toBe('not_found');
    expect((await journeys.get(ref))?.goals.activated).toEqual({ at: activated.at, eventId: 'e-act' });
  });

  it('a step cannot claim its turn once the goal is recorded, even with the journey read before it', async () => {
    const other = { ...ref, key: 'card-2' };
    await journeys.create(cardActivationItem({ ...issued, cardId: 'card-2' }));
    const readBefore = await journeys.get(other); // the step task read the journey: still awaiting
    expect(decideStep(cardActivationKind, readBefore, 'issued').action).toBe('send');
    await journeys.reachGoal(other, activated); // Card.Activated lands in between
    expect(await journeys.claimStep(other, 'reminder-2', 'awaiting_activation', new Date())).toBe(false);
    expect(await journeys.claimStep(other, 'offers', 'activated', new Date('2026-03-05T09:00:00Z'))).toBe(
      true,
    );
    // A retried step claims again and keeps its first claim's time.
    expect(await journeys.claimStep(other, 'offers', 'activated', new Date('2026-03-05T10:00:00Z'))).toBe(
      true,
    );
    expect((await journeys.get(other))?.steps).toEqual({ offers: '2026-03-05T09:00:00.000Z' });
  });

  it("finds a customer's journeys by the card's last four digits, and records the first spend", async () => {
    const spend = {
      eventId: 'tx-1',
      occurredAt: '2026-03-10T12:00:00Z',
      customerId: 'c-1',
      channel: 'card' as const,
      direction: 'debit' as const,
      cardLast4: '4242',
    };
    expect(
      (await journeys.findByAttribute('c-1', 'card_activation', 'cardLast4', '4242')).map((j) => j.key),
    ).toEqual(['card-1', 'card-2']);
    expect(await recordCardSpend({ ...spend, cardLast4: '1234' }, { journeys })).toBe('no_journey');
    expect(await recordCardSpend(spend, { journeys })).toBe('goal_recorded');
    expect((await journeys.get(ref))?.status).toBe(CARD_SPENT_GOAL.to);
    expect(await recordCardSpend({ ...spend, eventId: 'tx-2' }, { journeys })).toBe('not_a_goal');
  });
});

describe('runJourneyStep (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(() => table.stop());

  const profile: CustomerProfile = {
    customerId: 'c-9',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: 'c9@example.com', phone: '+447700900999' },
    consents: {
      'email:transactional': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' },
      'sms:transactional': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' },
      // The incentive is marketing.
      'email:marketing': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' },
      'sms:marketing': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' },
    },
    alerts: {},
  } as CustomerProfile;
  const deps = (now: string) => {
    const jobs: PlannedJob[] = [];
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    return {
      jobs,
      records,
      deps: {
        journeys: new DynamoDbJourneys(table.client, table.tableName),
        claims: new DynamoDbMessageLedger(table.client, table.tableName),
        caps: new DynamoDbCapCounter(table.client, table.tableName),
        plans: { submit: async (job: PlannedJob) => void jobs.push(job) },
        log: { write: (r: DeliveryRecord | RejectedRecord) => void records.push(r) },
        profiles: { get: async (id: string) => (id === 'c-9' ? profile : undefined) },
        now: () => new Date(now),
        policy: {
          defaultQuietHours: { start: '22:00', end: '07:00' },
          marketingCap: 2,
          transactionalDefault: 'denied' as const,
        },
        kinds: { card_activation: cardActivationKind },
        messageTypes,
      },
    };
  };
  const step = (overrides: Partial<JourneyStepInput> = {}): JourneyStepInput => ({
    journey: 'card_activation',
    customerId: 'c-9',
    key: 'card-9',
    phase: 'issued',
    eventId: 'e-issued-9',
    step: 'reminder-1',
    type: 'card_activation.reminder',
    waitSeconds: 2 * DAY_SECONDS,
    params: { reminder: '1', reminders: '3' },
    ...overrides,
  });

  it('plans a step once per channel, with journey and step on the job; a retried step names the same messages', async () => {
    await new DynamoDbJourneys(table.client, table.tableName).create(
      cardActivationItem({ ...issued, customerId: 'c-9', cardId: 'card-9' }),
    );
    const first = deps('2026-03-04T09:00:00Z');
    expect(await runJourneyStep(step(), first.deps)).toEqual({ outcome: 'continue' });
    // The bank event that started the execution is the jobs' eventId; the step is their occurrence.
    expect(first.jobs.map((j) => [j.channel, j.eventId, j.occurrence, j.journey, j.step, j.data])).toEqual([
      [
        'email',
        'e-issued-9',
        'card_activation:card-9:reminder-1',
        'card_activation',
        'reminder-1',
        { cardLast4: '4242', product: 'Visa Classic', reminder: '1', reminders: '3' },
      ],
      [
        'sms',
        'e-issued-9',
        'card_activation:card-9:reminder-1',
        'card_activation',
        'reminder-1',
        { cardLast4: '4242', product: 'Visa Classic', reminder: '1', reminders: '3' },
      ],
    ]);
    // The push channel: no token, so it is logged suppressed with the journey and step.
    expect(
      first.records.map((r) => r.kind === 'delivery' && [r.channel, r.status, r.journey, r.step]),
    ).toEqual([['push', 'suppressed', 'card_activation', 'reminder-1']]);
    const retry = deps('2026-03-04T09:00:05Z');
    expect(await runJourneyStep(step(), retry.deps)).toEqual({ outcome: 'continue' });
    // Still queued, not sent: planned again under the same notification ids (the sender's lease and the
    // ledger keep each from going out twice), and logged nowhere twice.
    expect(retry.jobs.map((j) => j.notificationId)).toEqual(first.jobs.map((j) => j.notificationId));
    expect(retry.records).toEqual([]);
  });

  const incentive = (key: string) =>
    step({
      key,
      phase: 'activated',
      step: 'incentive',
      type: 'card_activation.incentive',
      waitSeconds: 2 * DAY_SECONDS,
      params: cardActivationJourney({
        ...DEFAULT_CARD_ACTIVATION,
        incentiveSpend: { EUR: '500.00', AED: '2000.00' },
      }).phases[1]?.steps.find((s) => s.step === 'incentive')?.params,
    });
  const activatedCard = async (key: string, currency?: string) => {
    const journeys = new DynamoDbJourneys(table.client, table.tableName);
    const item = cardActivationItem({
      ...issued,
      customerId: 'c-9',
      cardId: key,
      ...(currency ? { currency } : {}),
    });
    await journeys.create(item);
    await journeys.reachGoal(
      { journey: 'card_activation', customerId: 'c-9', key },
      { ...CARD_ACTIVATED_GOAL, at: '2026-03-03T09:00:00Z', eventId: `e-act-${key}` },
    );
  };

  it('offers the incentive in the card’s currency: an AED card, the AED amount', async () => {
    // Prepare
    await activatedCard('card-aed', 'AED');
    const { deps: d, jobs } = deps('2026-04-06T09:00:00Z');

    // Act
    const result = await runJourneyStep(incentive('card-aed'), d);

    // Assess
    expect(result).toEqual({ outcome: 'continue' });
    expect(jobs.map((j) => [j.channel, j.data.spendAmount, j.data.currency])).toEqual([
      ['email', '2000.00', 'AED'],
    ]);
  });

  it.each([
    ['a currency without a configured amount', 'card-gbp', 'GBP', 'incentive_not_configured_for_currency'],
    ['no currency on the card', 'card-none', undefined, 'incentive_currency_unknown'],
  ])(
    'skips the incentive of a card with %s: recorded suppressed, with the reason',
    async (_, key, currency, reason) => {
      // Prepare
      await activatedCard(key, currency);
      const { deps: d, jobs, records } = deps('2026-04-06T09:00:00Z');

      // Act
      const result = await runJourneyStep(incentive(key), d);

      // Assess: nothing planned; each channel it would have gone on recorded suppressed, and the phase goes on.
      expect(result).toEqual({ outcome: 'continue' });
      expect(jobs).toEqual([]);
      expect(
        records.flatMap((r) =>
          r.kind === 'delivery' && r.status === 'suppressed' && r.reason === reason ? [r.channel] : [],
        ),
      ).toEqual(['email']);
    },
  );

  it('exits without sending once the goal is recorded', async () => {
    const { deps: d, jobs } = deps('2026-03-07T09:00:00Z');
    await d.journeys.reachGoal(
      { journey: 'card_activation', customerId: 'c-9', key: 'card-9' },
      {
        ...CARD_ACTIVATED_GOAL,
        at: '2026-03-06T09:00:00Z',
        eventId: 'e-act',
      },
    );
    expect(await runJourneyStep(step({ step: 'reminder-2' }), d)).toEqual({
      outcome: 'exit',
      reason: 'goal_reached',
    });
    expect(jobs).toEqual([]);
  });

  it('refuses a step whose message type is not the journey’s (a definition bug fails the Task)', async () => {
    const { deps: d } = deps('2026-03-07T09:00:00Z');
    await expect(runJourneyStep(step({ type: 'loan.preapproved' }), d)).rejects.toThrow(
      /no message type loan.preapproved/,
    );
  });
});
