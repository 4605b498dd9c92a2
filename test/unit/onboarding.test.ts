// The onboarding journey: one phase per segment, chosen from the profile when KYC completes and kept for the
// journey; its lessons are marketing e-mail and push with an unsubscribe link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { startOnboarding } from '../../shared/application/onboarding-journey.ts';
import {
  DAY_SECONDS,
  executionName,
  type JourneyExecutionInput,
  stepsOf,
} from '../../shared/domain/journeys/journey.ts';
import {
  ONBOARDING_TYPES,
  onboardingJourney,
  onboardingKind,
  onboardingProblems,
  onboardingSegment,
} from '../../shared/domain/journeys/onboarding.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { definitionOf } from '../../shared/notifications/catalogue.ts';
import { typeModules } from '../../shared/notifications/tables/render.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';
import { brand } from './templates-fixtures.ts';

describe('onboarding definition', () => {
  it('has a phase per segment, two lessons each on days 1 and 4, every step name unique', () => {
    const definition = onboardingJourney();
    expect(
      definition.phases.map((p) => [
        p.name,
        p.steps.map((s) => [s.step, s.type, s.waitSeconds / DAY_SECONDS]),
      ]),
    ).toEqual([
      [
        'self_employed',
        [
          ['expense-tracking', 'onboarding.self_employed', 1],
          ['invoices', 'onboarding.self_employed', 3],
        ],
      ],
      [
        'student',
        [
          ['budgeting', 'onboarding.student', 1],
          ['round-ups', 'onboarding.student', 3],
        ],
      ],
      [
        'general',
        [
          ['app-basics', 'onboarding.general', 1],
          ['savings-goals', 'onboarding.general', 3],
        ],
      ],
    ]);
    const steps = stepsOf(definition).map((s) => s.step);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('is marketing: every lesson type needs the opt-in', () => {
    for (const type of ONBOARDING_TYPES) expect(definitionOf(type)?.category).toBe('marketing');
  });

  it('picks the sequence from the segment; any other segment, or none, gets general', () => {
    expect(onboardingSegment('self_employed')).toBe('self_employed');
    expect(onboardingSegment('student')).toBe('student');
    expect(onboardingSegment('premium')).toBe('general');
    expect(onboardingSegment(undefined)).toBe('general');
  });

  it('names the field of each bad setting', () => {
    expect(onboardingProblems({ lessonDays: [2] })).toEqual(['lessonDays: must list 2 days, one per lesson']);
    expect(onboardingProblems({ lessonDays: [4, 2] })).toEqual([
      'lessonDays[1]: must be after the one before',
    ]);
  });

  it("passes the lesson's topic as a select key of the copy", () => {
    const step = onboardingJourney().phases[0]?.steps[0];
    if (!step) throw new Error('no step');
    expect(onboardingKind.message({} as never, step)).toEqual({
      type: 'onboarding.self_employed',
      data: { topic: 'expense_tracking' },
    });
  });
});

describe('onboarding copy', () => {
  const options = { locale: 'en-GB', timeZone: 'Europe/London', brand };
  it('writes each lesson of its topic, with an unsubscribe link and header', () => {
    const first = writeMessage(typeModules['onboarding.self_employed'], 'email', {
      ...options,
      data: { topic: 'expense_tracking' },
    });
    const second = writeMessage(typeModules['onboarding.self_employed'], 'email', {
      ...options,
      data: { topic: 'invoices' },
    });
    expect(first.subject).toBe('Track your business expenses in the app');
    expect(second.subject).toBe('Send invoices and see when they are paid');
    expect(first.html).toContain('https://bank.example/app/learn/expense-tracking');
    expect(first.headers?.['List-Unsubscribe']).toBe('<https://bank.example/app/preferences/marketing>');
    const push = writeMessage(typeModules['onboarding.student'], 'push', {
      ...options,
      locale: 'vi-VN',
      data: { topic: 'round_ups' },
    });
    expect(push.push?.title).toBe('Để dành tiền lẻ');
  });
});

describe('startOnboarding (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(() => table.stop());

  it("starts the segment's phase, once; the segment stays the one the journey started with", async () => {
    let segment: string | undefined = 'student';
    const started: [string, JourneyExecutionInput][] = [];
    const deps = {
      journeys: new DynamoDbJourneys(table.client, table.tableName),
      profiles: {
        get: async (id: string) =>
          id === 'c-1'
            ? ({ customerId: id, locale: 'en-GB', timeZone: 'Europe/London', segment } as CustomerProfile)
            : undefined,
      },
      executions: {
        start: async (_journey: string, name: string, input: JourneyExecutionInput) => {
          started.push([name, input]);
          return 'started' as const;
        },
        stop: async () => undefined,
      },
      deadLetters: { reject: async () => undefined },
      rejections: new MemoryRejectionClaims(),
      erasures: new MemoryErasures(),
      log: { write: () => undefined },
      now: () => new Date('2026-03-02T09:00:00Z'),
    };
    const bus = { source: 'bank.core', 'detail-type': 'Kyc.Completed', detail: {} };
    const detail = { eventId: 'kyc-1', occurredAt: '2026-03-02T09:00:00Z', customerId: 'c-1' };
    expect(await startOnboarding(bus, detail, deps)).toBe('started');
    segment = 'self_employed';
    expect(await startOnboarding(bus, { ...detail, eventId: 'kyc-2' }, deps)).toBe('already_started');
    const ref = { journey: 'onboarding', customerId: 'c-1', key: 'c-1' };
    expect(started).toEqual([
      // The Kyc.Completed that started the journey, as stored: the second event starts the same input.
      [executionName(ref, 'student'), { ...ref, phase: 'student', eventId: 'kyc-1' }],
      [executionName(ref, 'student'), { ...ref, phase: 'student', eventId: 'kyc-1' }],
    ]);
    expect(await startOnboarding(bus, { ...detail, customerId: 'x-9' }, deps)).toBe('rejected');
  });
});
