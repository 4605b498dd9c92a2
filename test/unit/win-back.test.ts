// Win-back: the definition from the config's timings, the activity and check decisions, and the journey in
// DynamoDB (dynalite), where an activity and the watch's check race.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbCapCounter } from '../../shared/adapters/dynamodb/cap-counter.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { DynamoDbWinBack } from '../../shared/adapters/dynamodb/win-back.ts';
import { runJourneyStep, stopJourneysOfCustomer } from '../../shared/application/journeys.ts';
import { recordCustomerActive, runWinBackCheck } from '../../shared/application/win-back.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { DAY_SECONDS, type JourneyStepInput } from '../../shared/domain/journeys/journey.ts';
import {
  checkWatch,
  DEFAULT_WIN_BACK,
  decideActivity,
  LAPSED,
  WATCH_ROTATION_DAYS,
  WATCHING,
  watchExecutionName,
  winBackItem,
  winBackJourney,
  winBackKind,
  winBackProblems,
  winBackRef,
} from '../../shared/domain/journeys/win-back.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

const DAY_MS = DAY_SECONDS * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const activity = (eventId: string, occurredAt: string, customerId = 'c-1') => ({
  eventId,
  occurredAt,
  customerId,
});

describe('win-back definition', () => {
  it('checks after inactiveDays, then sends each message on its day of the lapse', () => {
    const [phase, ...others] = winBackJourney().phases;
    expect(others).toEqual([]);
    expect(
      phase?.steps.map((s) => [s.step, s.type, s.waitSeconds / DAY_SECONDS, s.postponeUpToSeconds]),
    ).toEqual([
      ['check', 'win_back.check', 30, WATCH_ROTATION_DAYS * DAY_SECONDS],
      ['missed-1', 'win_back.missed', 0, undefined],
      ['missed-2', 'win_back.missed', 4, undefined],
      ['missed-3', 'win_back.missed', 5, undefined],
    ]);
    expect(phase?.requires).toBe(LAPSED);
    expect(phase?.steps[3]?.params).toEqual({ inactiveDays: '30', message: '3', messages: '3' });
  });

  it('names each bad setting', () => {
    expect(winBackProblems(DEFAULT_WIN_BACK)).toEqual([]);
    expect(winBackProblems({ inactiveDays: 0, messageDays: [0, 0, 61] })).toEqual([
      'inactiveDays: must be a whole number of days from 1 to 90',
      'messageDays[1]: must be after the one before',
      'messageDays[2]: must be a whole number of days from 0 to 60',
    ]);
    expect(winBackProblems({ inactiveDays: 91, messageDays: [] })).toEqual([
      'inactiveDays: must be a whole number of days from 1 to 90',
      'messageDays: from 1 to 5 messages',
    ]);
  });

  it('stays within Step Functions’ one-year limit at the longest settings', () => {
    const longest = winBackJourney({ inactiveDays: 90, messageDays: [0, 15, 30, 45, 60] });
    const seconds = longest.phases[0]?.steps.reduce(
      (sum, s) => sum + s.waitSeconds + (s.postponeUpToSeconds ?? 0),
      0,
    );
    // + one day of slack (infra/constructs/journeys.ts).
    expect((seconds ?? 0) / DAY_SECONDS + 1).toBeLessThan(365);
  });

  it('names a watch after its generation, within Step Functions’ rules', () => {
    const ref = winBackRef('c-1');
    const names = ['1', '2', '999'].map((watch) => watchExecutionName(ref, watch));
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^win-back-[A-Za-z0-9_-]{32}-lapse-\d+$/);
    expect(
      winBackKind.executionNames?.({ ...winBackItem(activity('a', '2026-03-01T00:00:00.000Z')) }),
    ).toEqual([names[0]]);
  });
});

describe('activity and check decisions', () => {
  const item = winBackItem(activity('a-1', '2026-03-01T10:00:00.000Z'));

  it.each([
    ['no journey yet', undefined, activity('a-2', '2026-03-02T10:00:00.000Z'), { action: 'create' }],
    ['the arming event again', item, activity('a-1', '2026-03-01T10:00:00.000Z'), { action: 'restart' }],
    ['an older activity', item, activity('a-0', '2026-02-28T10:00:00.000Z'), { action: 'stale' }],
    ['the same instant', item, activity('a-3', '2026-03-01T10:00:00.000Z'), { action: 'stale' }],
    ['a newer one', item, activity('a-4', '2026-03-02T10:00:00.000Z'), { action: 'record' }],
    [
      'a newer one while lapsed',
      { ...item, status: LAPSED },
      activity('a-5', '2026-04-02T10:00:00.000Z'),
      { action: 'rearm', reason: 'returned' },
    ],
    [
      'a newer one on a watch due for rotation',
      item,
      activity('a-6', iso(Date.parse('2026-03-01T10:00:00Z') + (WATCH_ROTATION_DAYS * DAY_MS + 1))),
      { action: 'rearm', reason: 'rotated' },
    ],
  ] as const)('%s', (_, stored, event, expected) => {
    expect(decideActivity(stored, event)).toEqual(expected);
  });

  it('lapses exactly when inactiveDays have passed since the latest activity; until then waits for that instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-01-01') }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 200 * DAY_MS }),
        (last, days, elapsed) => {
          const stored = { ...item, attributes: { ...item.attributes, lastActiveAt: iso(last) } };
          const decision = checkWatch(stored, new Date(last + elapsed), days);
          if (elapsed >= days * DAY_MS)
            expect(decision).toEqual({ action: 'lapse', lastActiveAt: iso(last) });
          else expect(decision).toEqual({ action: 'wait', until: iso(last + days * DAY_MS) });
        },
      ),
    );
  });

  it('exits without a journey (erased) and goes on when already lapsed (a retried check)', () => {
    expect(checkWatch(undefined, new Date(), 30)).toEqual({ action: 'exit', reason: 'no_journey' });
    expect(checkWatch({ ...item, status: LAPSED }, new Date(), 30)).toEqual({ action: 'continue' });
  });
});

describe('win-back in DynamoDB (dynalite)', () => {
  let table: TestTable;
  let journeys: DynamoDbJourneys;
  let winBack: DynamoDbWinBack;
  beforeAll(async () => {
    table = await startTestTable();
    journeys = new DynamoDbJourneys(table.client, table.tableName);
    winBack = new DynamoDbWinBack(table.client, table.tableName);
  });
  afterAll(() => table.stop());

  const profile = { customerId: 'c-1' } as CustomerProfile;
  /** The use case's ports: the real table, and Step Functions as the calls made to it. */
  const eventDeps = () => {
    const calls: string[] = [];
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    return {
      calls,
      records,
      deps: {
        journeys,
        winBack,
        profiles: {
          get: async (id: string) => (id.startsWith('c-') ? { ...profile, customerId: id } : undefined),
        },
        executions: {
          start: async (_: string, name: string) => {
            calls.push(`start ${name.slice(-7)}`);
            return 'started' as const;
          },
          stop: async (_: string, name: string) => void calls.push(`stop ${name.slice(-7)}`),
        },
        deadLetters: { reject: async () => undefined },
        rejections: new MemoryRejectionClaims(),
        erasures: new MemoryErasures(),
        log: { write: (r: DeliveryRecord | RejectedRecord) => void records.push(r) },
        now: () => new Date('2026-03-01T10:00:00Z'),
      },
    };
  };
  const bus = (detail: object) => ({ source: 'bank.core', 'detail-type': 'Customer.Active', detail });
  const active = async (eventId: string, occurredAt: string, customerId = 'c-1') => {
    const { deps, calls } = eventDeps();
    const detail = activity(eventId, occurredAt, customerId);
    return { outcome: await recordCustomerActive(bus(detail), detail, deps), calls };
  };
  const ref = winBackRef('c-1');

  it('the first activity creates the journey and starts its first watch; a retry starts that same watch', async () => {
    expect(await active('a-1', '2026-03-01T12:00:00+02:00')).toEqual({
      outcome: 'started',
      calls: ['start lapse-1'],
    });
    expect(await journeys.get(ref)).toMatchObject({
      status: WATCHING,
      attributes: { lastActiveAt: '2026-03-01T10:00:00.000Z', watch: '1', armedBy: 'a-1' },
    });
    expect(await active('a-1', '2026-03-01T12:00:00+02:00')).toEqual({
      outcome: 'restarted',
      calls: ['start lapse-1'],
    });
  });

  it('a newer activity is one write and starts nothing; an older or equal one changes nothing', async () => {
    expect(await active('a-2', '2026-03-05T09:00:00Z')).toEqual({ outcome: 'activity_recorded', calls: [] });
    expect(await active('a-0', '2026-03-04T09:00:00Z')).toEqual({
      outcome: 'activity_already_recorded',
      calls: [],
    });
    expect((await journeys.get(ref))?.attributes.lastActiveAt).toBe('2026-03-05T09:00:00.000Z');
  });

  it('the check waits 30 days from the latest activity, then lapses; an activity recorded in between wins', async () => {
    const check = (now: string) =>
      runWinBackCheck(
        {
          ...ref,
          phase: 'lapse',
          eventId: 'a-1',
          step: 'check',
          type: 'win_back.check',
          waitSeconds: 30 * DAY_SECONDS,
          params: { inactiveDays: '30' },
        },
        { journeys, winBack, now: () => new Date(now) },
      );
    expect(await check('2026-03-31T10:00:00Z')).toEqual({
      outcome: 'wait',
      until: '2026-04-04T09:00:00.000Z',
    });
    // The check read the activity of 5 March; one lands before it writes the lapse: the lapse is refused.
    expect(
      await winBack.recordActivity(ref, { at: '2026-04-04T08:00:00.000Z', eventId: 'a-3' }, '2025-01-01'),
    ).toEqual({
      recorded: true,
    });
    expect(await winBack.lapse(ref, '2026-03-05T09:00:00.000Z', new Date('2026-04-04T09:00:00Z'))).toBe(
      false,
    );
    expect(await check('2026-04-04T09:00:00Z')).toEqual({
      outcome: 'wait',
      until: '2026-05-04T08:00:00.000Z',
    });
    expect(await check('2026-05-04T08:00:00Z')).toEqual({ outcome: 'continue' });
    expect((await journeys.get(ref))?.status).toBe(LAPSED);
    // Retried after its write: goes on, the messages are claimed once each.
    expect(await check('2026-05-04T08:00:05Z')).toEqual({ outcome: 'continue' });
  });

  it('sends each message of a lapse once, named after the watch; the customer’s return stops them and arms watch 2', async () => {
    const jobs: PlannedJob[] = [];
    const stepDeps = {
      journeys,
      profiles: {
        get: async () =>
          ({
            customerId: 'c-1',
            locale: 'en-GB',
            timeZone: 'Europe/London',
            contacts: { email: 'c1@example.com' },
            consents: { 'email:marketing': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' } },
            alerts: {},
          }) as CustomerProfile,
      },
      claims: new DynamoDbMessageLedger(table.client, table.tableName),
      caps: new DynamoDbCapCounter(table.client, table.tableName),
      plans: { submit: async (job: PlannedJob) => void jobs.push(job) },
      log: { write: () => undefined },
      now: () => new Date('2026-05-04T08:00:00Z'),
      policy: {
        defaultQuietHours: { start: '22:00', end: '07:00' },
        marketingCap: 2,
        transactionalDefault: 'denied' as const,
      },
      kinds: { win_back: winBackKind },
      messageTypes,
    };
    const missed = (n: number): JourneyStepInput => ({
      ...ref,
      phase: 'lapse',
      eventId: 'a-1',
      step: `missed-${n}`,
      type: 'win_back.missed',
      waitSeconds: 0,
      params: { inactiveDays: '30', message: String(n), messages: '3' },
    });
    expect(await runJourneyStep(missed(1), stepDeps)).toEqual({ outcome: 'continue' });
    expect(jobs.map((j) => [j.channel, j.eventId, j.occurrence, j.step, j.data])).toEqual([
      [
        'email',
        'a-1',
        'win_back:c-1:missed-1@1',
        'missed-1',
        { inactiveDays: '30', message: '1', messages: '3' },
      ],
    ]);

    expect(await active('a-4', '2026-05-05T08:00:00Z')).toEqual({
      outcome: 'returned',
      calls: ['stop lapse-1', 'start lapse-2'],
    });
    expect(await journeys.get(ref)).toMatchObject({
      status: WATCHING,
      attributes: { watch: '2', armedBy: 'a-4', lastActiveAt: '2026-05-05T08:00:00.000Z' },
      goals: { returned: { at: '2026-05-05T08:00:00.000Z', eventId: 'a-4' } },
    });
    expect(await runJourneyStep(missed(2), stepDeps)).toEqual({ outcome: 'exit', reason: 'goal_reached' });
    expect(jobs).toHaveLength(1);
  });

  it('an activity on a watch older than the rotation arms a new watch, stopping the old one', async () => {
    const at = iso(Date.parse('2026-05-05T08:00:00Z') + WATCH_ROTATION_DAYS * DAY_MS + 1000);
    expect(await active('a-5', at)).toEqual({ outcome: 'rotated', calls: ['stop lapse-2', 'start lapse-3'] });
    expect((await journeys.get(ref))?.attributes).toMatchObject({ watch: '3', armedAt: at });
  });

  it('rejects the first activity of an unknown customer, creating nothing', async () => {
    const { deps, calls } = eventDeps();
    const detail = activity('a-x', '2026-03-01T10:00:00Z', 'x-unknown');
    expect(await recordCustomerActive(bus(detail), detail, deps)).toBe('rejected');
    expect(calls).toEqual([]);
    expect(await journeys.get(winBackRef('x-unknown'))).toBeUndefined();
  });

  it('erasure stops the current watch by its name and deletes the journey', async () => {
    const stopped: string[] = [];
    await stopJourneysOfCustomer('c-1', {
      journeys,
      executions: {
        start: async () => 'started' as const,
        stop: async (_: string, name: string) => void stopped.push(name),
      },
      kinds: { win_back: winBackKind },
    });
    expect(stopped).toEqual([watchExecutionName(ref, '3')]);
    expect(await journeys.get(ref)).toBeUndefined();
  });
});
