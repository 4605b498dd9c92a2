// The payment-due journey: reminder instants at the local morning in the customer's time zone, decided when
// the bill arrives; a late bill's overtaken reminder skipped; the bill paid (by reference or paymentId) or
// switched to autopay recorded in DynamoDB (dynalite).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { DynamoDbJourneys } from '../../shared/adapters/dynamodb/journeys.ts';
import { recordBillPaid, startPaymentDue } from '../../shared/application/payment-due-journey.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { DAY_SECONDS, type JourneyExecutionInput } from '../../shared/domain/journeys/journey.ts';
import {
  BILL_AUTOPAY,
  BILL_PAID,
  billIdsOf,
  DEFAULT_PAYMENT_DUE,
  paymentDueItem,
  paymentDueJourney,
  paymentDueKind,
  paymentDueProblems,
  paymentDueSchedule,
} from '../../shared/domain/journeys/payment-due.ts';
import { wallTime } from '../../shared/domain/policy/zoned-time.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { typeModules } from '../../shared/notifications/tables/render.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';
import { brand } from './templates-fixtures.ts';

const settings = DEFAULT_PAYMENT_DUE;

describe('payment-due definition and schedule', () => {
  it('waits for instants of the input: 3 days before, then the due date; bounded for the timeout', () => {
    const steps = paymentDueJourney({ ...settings, daysBefore: [7, 3] }).phases[0]?.steps ?? [];
    expect(steps.map((s) => [s.step, s.waitUntil, s.waitSeconds / DAY_SECONDS, s.params?.days])).toEqual([
      ['before-7', 'before7', 91, '7'],
      ['before-3', 'before3', 4, '3'],
      ['due-date', 'dueDate', 3, '0'],
    ]);
  });

  it('puts each reminder at 09:00 local on its date, across a daylight-saving change', () => {
    const schedule = paymentDueSchedule({
      dueDate: '2026-03-31',
      timeZone: 'Europe/London',
      now: new Date('2026-03-20T12:00:00Z'),
      settings,
    });
    // 28 March is GMT, 31 March BST (+01:00).
    expect(schedule).toEqual({
      at: { before3: '2026-03-28T09:00:00.000Z', dueDate: '2026-03-31T08:00:00.000Z' },
    });
  });

  it('for any time zone and due date, every instant is the local time on its own date', () => {
    const zones = [
      'Europe/London',
      'Asia/Jakarta',
      'Asia/Dubai',
      'Europe/Bucharest',
      'America/New_York',
      'Pacific/Auckland',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 89 }),
        fc.constantFrom('07:30', '09:00', '18:45'),
        (timeZone, ahead, localTime) => {
          const now = new Date('2026-01-10T12:00:00Z');
          const dueDate = new Date(Date.parse('2026-01-11T00:00:00Z') + ahead * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const result = paymentDueSchedule({ dueDate, timeZone, now, settings: { ...settings, localTime } });
          if (!('at' in result)) throw new Error(result.rejected);
          for (const [name, iso] of Object.entries(result.at)) {
            const days = name === 'dueDate' ? 0 : Number(name.slice(6));
            const wall = new Date(wallTime(Date.parse(iso), timeZone)).toISOString();
            const date = new Date(Date.parse(`${dueDate}T00:00:00Z`) - days * 86_400_000)
              .toISOString()
              .slice(0, 10);
            expect(wall).toBe(`${date}T${localTime}:00.000Z`);
          }
        },
      ),
    );
  });

  it('rejects a due date that has passed in the customer time zone, or is too far ahead, naming detail.dueDate', () => {
    const now = new Date('2026-03-10T23:30:00Z'); // already 11 March in Jakarta
    expect(paymentDueSchedule({ dueDate: '2026-03-10', timeZone: 'Asia/Jakarta', now, settings })).toEqual({
      rejected: "detail.dueDate: 2026-03-10 has passed (it is 2026-03-11 in the customer's time zone)",
    });
    expect(
      'at' in paymentDueSchedule({ dueDate: '2026-03-10', timeZone: 'Europe/London', now, settings }),
    ).toBe(true);
    expect(paymentDueSchedule({ dueDate: '2026-06-09', timeZone: 'Europe/London', now, settings })).toEqual({
      rejected: 'detail.dueDate: 2026-06-09 is more than 90 days ahead',
    });
  });

  it('names the field of each bad setting', () => {
    expect(paymentDueProblems({ daysBefore: [3, 7], localTime: '9am', maxDaysAhead: 0 })).toEqual([
      'daysBefore[1]: must be fewer days than the one before',
      'localTime: must be HH:MM, e.g. "09:00"',
      'maxDaysAhead: must be a whole number of days from 1 to 300',
    ]);
  });

  it('skips a reminder only once a later one is due: a late bill gets the latest passed one, once', () => {
    const bill = {
      eventId: 'e',
      occurredAt: '2026-03-11T10:00:00Z',
      customerId: 'c-1',
      billId: 'B-1',
      amount: '80.00',
      currency: 'EUR',
      dueDate: '2026-03-12',
    };
    const at = { before3: '2026-03-09T09:00:00.000Z', dueDate: '2026-03-12T09:00:00.000Z' };
    const item = paymentDueItem(bill, at);
    // As the state machine passes them: the step's name, type and params, not its wait.
    const [before, due] = (paymentDueJourney().phases[0]?.steps ?? []).map(({ waitUntil, ...s }) => s);
    if (!before || !due) throw new Error('no steps');
    expect(paymentDueKind.skip?.(item, before, new Date('2026-03-11T10:00:00Z'))).toBeUndefined();
    expect(paymentDueKind.skip?.(item, before, new Date('2026-03-12T10:00:00Z'))).toBe('overtaken');
    expect(paymentDueKind.skip?.(item, due, new Date('2026-03-12T10:00:00Z'))).toBeUndefined();
    expect(paymentDueKind.message(item, due).data).toEqual({
      billId: 'B-1',
      amount: '80.00',
      currency: 'EUR',
      dueDate: '2026-03-12',
      days: '0',
    });
  });

  it('a payment may pay the bill named by its reference, else by its paymentId', () => {
    expect(billIdsOf({ paymentId: 'P-1', reference: 'B-1' })).toEqual(['B-1', 'P-1']);
    expect(billIdsOf({ paymentId: 'P-1' })).toEqual(['P-1']);
  });
});

describe('payment_due.reminder copy', () => {
  const data = { billId: 'B-1', amount: '1250.00', currency: 'EUR', dueDate: '2026-03-12', days: '3' };
  it('says the due date before it and "today" on it, with the minimum when given; CTA sets up autopay', () => {
    const options = { locale: 'de-DE', timeZone: 'Europe/Berlin', brand };
    const before = writeMessage(typeModules['payment_due.reminder'], 'sms', {
      ...options,
      data: { ...data, minimumDue: '125.00' },
    });
    expect(before.text).toBe(
      'Herald Bank: Ihre Rechnung über 1.250,00 € ist am 12. März 2026 fällig. Schon bezahlt? Danke. Automatische Zahlung in der App einrichten.',
    );
    const email = writeMessage(typeModules['payment_due.reminder'], 'email', {
      ...options,
      locale: 'en-GB',
      data: { ...data, minimumDue: '125.00', days: '0' },
    });
    expect(email.subject).toBe('Your bill of €1,250.00 is due today');
    expect(email.text).toContain('The minimum payment is €125.00.');
    expect(email.html).toContain('href="https://bank.example/app/payments/autopay"');
    expect(email.text).toContain('Set up autopay: https://bank.example/app/payments/autopay');
  });
});

describe('payment-due events (dynalite)', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(() => table.stop());

  const setup = () => {
    const started: JourneyExecutionInput[] = [];
    const stopped: string[] = [];
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    const journeys = new DynamoDbJourneys(table.client, table.tableName);
    const deps = {
      journeys,
      profiles: {
        get: async (id: string) =>
          id.startsWith('c-')
            ? ({ customerId: id, locale: 'en-GB', timeZone: 'Europe/London' } as CustomerProfile)
            : undefined,
      },
      executions: {
        start: async (_journey: string, _name: string, input: JourneyExecutionInput) => {
          started.push(input);
          return 'started' as const;
        },
        stop: async (_journey: string, name: string) => void stopped.push(name),
      },
      deadLetters: { reject: async () => undefined },
      rejections: new MemoryRejectionClaims(),
      erasures: new MemoryErasures(),
      log: { write: (r: DeliveryRecord | RejectedRecord) => void records.push(r) },
      now: () => new Date('2026-03-02T09:00:00Z'),
      paymentDue: settings,
    };
    return { deps, journeys, started, stopped, records };
  };
  const due = (customerId: string, billId: string, autopay = false) => ({
    bus: { source: 'bank.core', 'detail-type': 'Payment.Due', detail: {} },
    detail: {
      eventId: `${billId}-due-${autopay}`,
      occurredAt: '2026-03-02T09:00:00Z',
      customerId,
      billId,
      amount: '80.00',
      currency: 'GBP',
      dueDate: '2026-03-12',
      autopay,
    },
  });
  const ref = (customerId: string, key: string) => ({ journey: 'payment_due', customerId, key });

  it('starts with the instants stored on the journey; a duplicate starts the very same input', async () => {
    const { deps, started } = setup();
    const e = due('c-1', 'B-1');
    expect(await startPaymentDue(e.bus, e.detail, deps)).toBe('started');
    expect(
      await startPaymentDue(e.bus, e.detail, { ...deps, now: () => new Date('2026-03-05T00:00:00Z') }),
    ).toBe('already_started');
    expect(started).toEqual([
      {
        journey: 'payment_due',
        customerId: 'c-1',
        key: 'B-1',
        phase: 'due',
        eventId: 'B-1-due-false',
        at: { before3: '2026-03-09T09:00:00.000Z', dueDate: '2026-03-12T09:00:00.000Z' },
      },
      started[0],
    ]);
  });

  it('a bill on autopay starts nothing; autopay switched on later ends the reminders', async () => {
    const { deps, journeys, started, stopped } = setup();
    const onAutopay = due('c-2', 'B-2', true);
    expect(await startPaymentDue(onAutopay.bus, onAutopay.detail, deps)).toBe('autopay');
    expect(started).toEqual([]);
    expect(await journeys.get(ref('c-2', 'B-2'))).toBeUndefined();

    const e = due('c-2', 'B-3');
    await startPaymentDue(e.bus, e.detail, deps);
    const later = due('c-2', 'B-3', true);
    expect(await startPaymentDue(later.bus, later.detail, deps)).toBe('autopay');
    expect((await journeys.get(ref('c-2', 'B-3')))?.status).toBe(BILL_AUTOPAY);
    expect(stopped).toHaveLength(1);
  });

  it('a payment whose reference (or paymentId) is the billId ends the reminders; others record nothing', async () => {
    const { deps, journeys, stopped } = setup();
    for (const bill of ['B-4', 'B-5']) {
      const e = due('c-3', bill);
      await startPaymentDue(e.bus, e.detail, deps);
    }
    const payment = { eventId: 'p-1', occurredAt: '2026-03-04T12:00:00Z', customerId: 'c-3' };
    expect(await recordBillPaid({ ...payment, paymentId: 'P-9', reference: 'rent' }, deps)).toBe(
      'no_journey',
    );
    expect(await recordBillPaid({ ...payment, paymentId: 'P-9', reference: 'B-4' }, deps)).toBe(
      'goal_recorded',
    );
    expect(await recordBillPaid({ ...payment, paymentId: 'P-9', reference: 'B-4' }, deps)).toBe(
      'goal_already_recorded',
    );
    expect(await recordBillPaid({ ...payment, eventId: 'p-2', paymentId: 'B-5' }, deps)).toBe(
      'goal_recorded',
    );
    expect((await journeys.get(ref('c-3', 'B-4')))?.status).toBe(BILL_PAID);
    expect((await journeys.get(ref('c-3', 'B-5')))?.status).toBe(BILL_PAID);
    expect(stopped).toHaveLength(3);
  });

  it('rejects a past due date naming detail.dueDate, and starts nothing', async () => {
    const { deps, started, records } = setup();
    const e = due('c-4', 'B-6');
    const late = { ...e.detail, dueDate: '2026-03-01' };
    expect(await startPaymentDue(e.bus, late, deps)).toBe('rejected');
    expect(records.map((r) => r.kind === 'rejected' && r.reason)).toEqual([
      "detail.dueDate: 2026-03-01 has passed (it is 2026-03-02 in the customer's time zone)",
    ]);
    expect(started).toEqual([]);
  });
});
