// Surveys: the definition from the config's delay, and one survey per customer and milestone in DynamoDB
// (dynalite), however often the milestone comes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { startSurvey } from '../../shared/application/surveys.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { executionName, stepOccurrence } from '../../shared/domain/journeys/journey.ts';
import {
  DEFAULT_SURVEYS,
  REQUEST_PHASE,
  SURVEY_PENDING,
  surveyJourney,
  surveyKind,
  surveyProblems,
  surveyRef,
} from '../../shared/domain/journeys/surveys.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

describe('survey definition', () => {
  it('is one request, delayHours after the milestone, sent only while pending', () => {
    expect(surveyJourney().phases).toEqual([
      {
        name: REQUEST_PHASE,
        requires: SURVEY_PENDING,
        steps: [{ step: 'request', type: 'survey.request', waitSeconds: 24 * 3600 }],
      },
    ]);
    expect(surveyJourney({ delayHours: 2 }).phases[0]?.steps[0]?.waitSeconds).toBe(7200);
  });

  it('names a bad delay', () => {
    expect(surveyProblems(DEFAULT_SURVEYS)).toEqual([]);
    for (const delayHours of [-1, 1.5, 169])
      expect(surveyProblems({ delayHours })).toEqual([
        'delayHours: must be a whole number of hours from 0 to 168',
      ]);
  });

  it('is marketing, and its message ids differ between customers', () => {
    expect(messageTypes['survey.request']?.category).toBe('marketing');
    const ids = ['c-1', 'c-2'].map((c) => stepOccurrence(surveyRef(c, 'first_90_days'), 'request'));
    expect(ids).toEqual(['survey:c-1:first_90_days:request', 'survey:c-2:first_90_days:request']);
  });
});

describe('startSurvey (dynalite)', () => {
  let table: TestTable;
  let journeys: DynamoDbJourneys;
  beforeAll(async () => {
    table = await startTestTable();
    journeys = new DynamoDbJourneys(table.client, table.tableName);
  });
  afterAll(() => table.stop());

  const run = async (eventId: string, customerId = 'c-1', milestone = 'onboarding_completed' as const) => {
    const starts: string[] = [];
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    const detail = { eventId, occurredAt: '2026-03-02T10:00:00Z', customerId, milestone };
    const outcome = await startSurvey(
      { source: 'bank.core', 'detail-type': 'Lifecycle.MilestoneReached', detail },
      detail,
      {
        journeys,
        profiles: {
          get: async (id: string) => (id === 'c-1' ? ({ customerId: id } as CustomerProfile) : undefined),
        },
        executions: {
          start: async (_: string, name: string, input: object) => {
            starts.push(`${name} ${JSON.stringify(input)}`);
            return 'started' as const;
          },
          stop: async () => undefined,
        },
        deadLetters: { reject: async () => undefined },
        rejections: new MemoryRejectionClaims(),
        erasures: new MemoryErasures(),
        log: { write: (r: DeliveryRecord | RejectedRecord) => void records.push(r) },
        now: () => new Date('2026-03-02T10:00:00Z'),
      },
    );
    return { outcome, starts, records };
  };
  const ref = surveyRef('c-1', 'onboarding_completed');
  // The milestone event that created the survey: its step's records and log lines carry its eventId.
  const started = `${executionName(ref, REQUEST_PHASE)} ${JSON.stringify({ ...ref, phase: REQUEST_PHASE, eventId: 'm-1' })}`;

  it('starts the survey by its deterministic name; the milestone again starts that same execution', async () => {
    expect(await run('m-1')).toMatchObject({ outcome: 'started', starts: [started] });
    // While it waits, a repeat (a retry, or a new event) names the same execution with the same input.
    expect(await run('m-2')).toMatchObject({ outcome: 'already_started', starts: [started] });
    const item = await journeys.get(ref);
    expect(
      item && surveyKind.message(item, { step: 'request', type: 'survey.request', waitSeconds: 0 }),
    ).toEqual({ type: 'survey.request', data: { milestone: 'onboarding_completed' } });
  });

  it('once the request is claimed, the milestone again starts nothing, even after Step Functions forgot the name', async () => {
    expect(await journeys.claimStep(ref, 'request', SURVEY_PENDING, new Date('2026-03-03T10:00:00Z'))).toBe(
      true,
    );
    expect(await run('m-3')).toMatchObject({ outcome: 'already_requested', starts: [] });
  });

  it('rejects the milestone of an unknown customer, naming the field, and stores nothing', async () => {
    const { outcome, starts, records } = await run('m-x', 'x-unknown');
    expect([outcome, starts]).toEqual(['rejected', []]);
    expect(records.map((r) => r.kind === 'rejected' && r.reason)).toEqual([
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    expect(await journeys.get(surveyRef('x-unknown', 'onboarding_completed'))).toBeUndefined();
  });
});
