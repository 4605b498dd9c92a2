// The KYC journey: reminders on the configured days that name exactly the missing steps; the steps and
// Kyc.Completed recorded on the journey in DynamoDB (dynalite), whatever order they arrive in.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { recordKycCompleted, recordKycStep, startKyc } from '../../shared/application/kyc-journey.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { DAY_SECONDS, type JourneyExecutionInput } from '../../shared/domain/journeys/journey.ts';
import {
  DEFAULT_KYC,
  KYC_COMPLETED,
  KYC_PENDING,
  KYC_STEPS,
  KYC_SUBMITTED,
  kycItem,
  kycJourney,
  kycKind,
  kycProblems,
  missingSteps,
} from '../../shared/domain/journeys/kyc.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { renderers, typeModules } from '../../shared/notifications/tables/render.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';
import { brand } from './templates-fixtures.ts';

describe('KYC definition', () => {
  it('reminds on days 1, 3 and 7 by default: each wait counts from the reminder before', () => {
    const [phase] = kycJourney().phases;
    expect(phase?.requires).toBe(KYC_PENDING);
    expect(phase?.steps.map((s) => [s.step, s.type, s.waitSeconds / DAY_SECONDS])).toEqual([
      ['reminder-1', 'kyc.reminder', 1],
      ['reminder-2', 'kyc.reminder', 2],
      ['reminder-3', 'kyc.reminder', 4],
    ]);
  });

  it('puts reminder k on day k of any valid configuration', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { minLength: 1, maxLength: 10 }),
        (raw) => {
          const reminderDays = [...raw].sort((a, b) => a - b);
          expect(kycProblems({ reminderDays })).toEqual([]);
          const steps = kycJourney({ reminderDays }).phases[0]?.steps ?? [];
          let day = 0;
          steps.forEach((s, i) => {
            day += s.waitSeconds / DAY_SECONDS;
            expect(day).toBe(reminderDays[i]);
          });
        },
      ),
    );
  });

  it('names the field of each bad setting', () => {
    expect(kycProblems({ reminderDays: [] })).toEqual(['reminderDays: at least one reminder']);
    expect(kycProblems({ reminderDays: [3, 3, 0.5] })).toEqual([
      'reminderDays[1]: must be after the one before',
      'reminderDays[2]: must be a whole number of days from 1 to 365',
    ]);
  });

  it("the reminder's data names the steps not completed yet, in contract order", () => {
    const item = kycItem({ eventId: 'e', occurredAt: '2026-03-02T09:00:00Z', customerId: 'c-1' });
    const step = kycJourney(DEFAULT_KYC).phases[0]?.steps[2];
    if (!step) throw new Error('no step');
    expect(kycKind.message(item, step)).toEqual({
      type: 'kyc.reminder',
      data: { missing: [...KYC_STEPS], reminder: '3', reminders: '3' },
    });
    item.goals.id_document = { at: '2026-03-02T10:00:00Z', eventId: 'k-1' };
    expect(kycKind.message(item, step).data.missing).toEqual(['selfie', 'proof_of_address']);
    expect(kycKind.skip?.(item, step, new Date())).toBeUndefined();
    item.goals.selfie = item.goals.proof_of_address = { at: '2026-03-02T11:00:00Z', eventId: 'k-2' };
    expect(missingSteps(item)).toEqual([]);
    expect(kycKind.skip?.(item, step, new Date())).toBe('nothing_missing');
  });
});

describe('kyc.reminder copy', () => {
  const options = { locale: 'de-DE', timeZone: 'Europe/Berlin', givenName: 'Jonas', brand };
  it('names exactly the missing steps, joined in the language, on every channel', () => {
    const data = { missing: ['selfie', 'proof_of_address'] as const, reminder: '1', reminders: '3' };
    const sms = writeMessage(typeModules['kyc.reminder'], 'sms', {
      ...options,
      data: { ...data, missing: [...data.missing] },
    });
    expect(sms.text).toContain('ein Selfie und einen Adressnachweis');
    expect(sms.text).not.toContain('Ausweis');
    const email = writeMessage(typeModules['kyc.reminder'], 'email', {
      ...options,
      data: { ...data, missing: [...data.missing] },
    });
    expect(email.text).toContain('- ein Selfie\n- einen Adressnachweis');
    expect(email.html).toContain('https://bank.example/app/onboarding/verify');
    const push = writeMessage(typeModules['kyc.reminder'], 'push', {
      ...options,
      locale: 'en-GB',
      data: { missing: ['id_document'], reminder: '3', reminders: '3' },
    });
    expect(push.push?.body).toBe('We still need a photo of your ID document. It takes a few minutes.');
  });

  it('refuses planned data without a contract step', () => {
    const kyc = renderers['kyc.reminder'];
    expect(kyc?.check({ missing: [], reminder: '1', reminders: '3' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^kyc\.reminder data\.missing /),
    });
    expect(kyc?.check({ missing: ['passport'], reminder: '1', reminders: '3' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^kyc\.reminder data\.missing\.0 /),
    });
  });
});

describe('KYC events (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(() => table.stop());

  const profile = { customerId: 'c-1', locale: 'en-GB', timeZone: 'Europe/London' } as CustomerProfile;
  const setup = () => {
    const started: [string, string, JourneyExecutionInput][] = [];
    const stopped: [string, string][] = [];
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    const journeys = new DynamoDbJourneys(table.client, table.tableName);
    const deps = {
      journeys,
      profiles: {
        get: async (id: string) => (id.startsWith('c-') ? { ...profile, customerId: id } : undefined),
      },
      executions: {
        start: async (journey: string, name: string, input: JourneyExecutionInput) => {
          started.push([journey, name, input]);
          return 'started' as const;
        },
        stop: async (journey: string, name: string) => void stopped.push([journey, name]),
      },
      deadLetters: { reject: async () => undefined },
      rejections: new MemoryRejectionClaims(),
      erasures: new MemoryErasures(),
      log: { write: (r: DeliveryRecord | RejectedRecord) => void records.push(r) },
      now: () => new Date('2026-03-02T09:00:00Z'),
    };
    return { deps, journeys, started, stopped, records };
  };
  const event = (customerId: string, eventId = `${customerId}-signup`) => ({
    bus: { source: 'bank.core', 'detail-type': 'Customer.SignedUp', detail: {} },
    detail: { eventId, occurredAt: '2026-03-02T09:00:00Z', customerId },
  });
  const ref = (customerId: string) => ({ journey: 'kyc', customerId, key: customerId });

  it('a sign-up starts one execution; a duplicate starts nothing new', async () => {
    const { deps, started } = setup();
    const e = event('c-1');
    expect(await startKyc(e.bus, e.detail, deps)).toBe('started');
    expect(await startKyc(e.bus, e.detail, deps)).toBe('already_started');
    expect(started.map(([journey, , input]) => [journey, input])).toEqual([
      ['kyc', { journey: 'kyc', customerId: 'c-1', key: 'c-1', phase: 'signed_up', eventId: 'c-1-signup' }],
      ['kyc', { journey: 'kyc', customerId: 'c-1', key: 'c-1', phase: 'signed_up', eventId: 'c-1-signup' }],
    ]);
    expect(started[0]?.[1]).toBe(started[1]?.[1]);
  });

  it('an unknown customer is rejected naming customerId, and starts nothing', async () => {
    const { deps, started, records } = setup();
    const e = event('x-1');
    expect(await startKyc(e.bus, e.detail, deps)).toBe('rejected');
    expect(records.map((r) => r.kind === 'rejected' && r.reason)).toEqual([
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    expect(started).toEqual([]);
  });

  it('each step is recorded once; the third ends the reminders (submitted) and stops the execution', async () => {
    const { deps, journeys, stopped } = setup();
    const e = event('c-2');
    await startKyc(e.bus, e.detail, deps);
    const step = (s: (typeof KYC_STEPS)[number], id: string) =>
      recordKycStep({ eventId: id, occurredAt: '2026-03-03T09:00:00Z', customerId: 'c-2', step: s }, deps);
    expect(await step('selfie', 'k-1')).toBe('goal_recorded');
    expect(await step('selfie', 'k-1')).toBe('goal_already_recorded');
    expect(missingSteps((await journeys.get(ref('c-2'))) ?? kycItem(e.detail))).toEqual([
      'id_document',
      'proof_of_address',
    ]);
    await step('proof_of_address', 'k-2');
    expect(stopped).toEqual([]);
    await step('id_document', 'k-3');
    expect((await journeys.get(ref('c-2')))?.status).toBe(KYC_SUBMITTED);
    expect(stopped.map(([journey]) => journey)).toEqual(['kyc']);
    expect(await recordKycCompleted({ ...e.detail, eventId: 'done' }, deps)).toBe('goal_recorded');
    expect((await journeys.get(ref('c-2')))?.status).toBe(KYC_COMPLETED);
  });

  it('steps and Kyc.Completed before the sign-up (out of order): the late sign-up sends nothing', async () => {
    const { deps, journeys, started } = setup();
    const e = event('c-3');
    await recordKycStep({ ...e.detail, eventId: 'k-1', step: 'selfie' }, deps);
    expect((await journeys.get(ref('c-3')))?.goals.selfie?.eventId).toBe('k-1');
    // The journey existed (the step made it): the sign-up starts its execution all the same.
    expect(await startKyc(e.bus, e.detail, deps)).toBe('already_started');
    expect(started.filter(([, , input]) => input.customerId === 'c-3')).toHaveLength(1);
    expect(missingSteps((await journeys.get(ref('c-3'))) ?? kycItem(e.detail))).toEqual([
      'id_document',
      'proof_of_address',
    ]);

    const late = event('c-4');
    expect(await recordKycCompleted({ ...late.detail, eventId: 'done-4' }, deps)).toBe('goal_recorded');
    expect(await startKyc(late.bus, late.detail, deps)).toBe('already_started');
    expect(started.filter(([, , input]) => input.customerId === 'c-4')).toEqual([]);
  });
});
