// Tax-date reminders: when they are due (time zones, DST, dates that have passed), which Set wins, what a
// wake-up sends, and how a wake-up becomes a one-off schedule onto the DueQueue.
import { ConflictException, CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import {
  deferredJobOf,
  SchedulerJobScheduler,
  scheduleName,
} from '../../shared/adapters/scheduler/job-scheduler.ts';
import { SqsWakeUps } from '../../shared/adapters/sqs/wake-ups.ts';
import { setTaxReminder } from '../../shared/application/tax-reminders.ts';
import { parseInternalJson } from '../../shared/contract/internal/parse.ts';
import { WAKE_UP, type WakeUp, wakeUp as wakeUpSchema } from '../../shared/contract/internal/wake-up.ts';
import { wallTime } from '../../shared/domain/policy/zoned-time.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import {
  applySet,
  decideTaxReminder,
  decideWakeUp,
  dueInstant,
  localDate,
  type TaxReminder,
  type TaxReminderSet,
  wakeUpId,
} from '../../shared/domain/tax-reminders.ts';
import type { TaxReminders } from '../../shared/ports/alerts.ts';

const iso = (date: Date) => date.toISOString();

describe('dueInstant: the local morning of a date, in the customer time zone', () => {
  it.each([
    // Europe/Berlin springs forward on 2026-03-29 (02:00 → 03:00): 09:00 is 08:00Z before, 07:00Z from then.
    ['2026-03-28', '09:00', 'Europe/Berlin', '2026-03-28T08:00:00.000Z'],
    ['2026-03-29', '09:00', 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
    ['2026-03-30', '09:00', 'Europe/Berlin', '2026-03-30T07:00:00.000Z'],
    // ...and falls back on 2026-10-25 (03:00 → 02:00).
    ['2026-10-24', '09:00', 'Europe/Berlin', '2026-10-24T07:00:00.000Z'],
    ['2026-10-25', '09:00', 'Europe/Berlin', '2026-10-25T08:00:00.000Z'],
    // America/New_York springs forward on 2026-03-08.
    ['2026-03-07', '09:00', 'America/New_York', '2026-03-07T14:00:00.000Z'],
    ['2026-03-08', '09:00', 'America/New_York', '2026-03-08T13:00:00.000Z'],
    // Australia/Sydney falls back on 2026-04-05: the morning is the evening before in UTC.
    ['2026-04-04', '09:00', 'Australia/Sydney', '2026-04-03T22:00:00.000Z'],
    ['2026-04-05', '09:00', 'Australia/Sydney', '2026-04-04T23:00:00.000Z'],
    // Half-hour offsets, no DST.
    ['2026-03-05', '09:00', 'Asia/Kolkata', '2026-03-05T03:30:00.000Z'],
    ['2026-03-05', '07:30', 'UTC', '2026-03-05T07:30:00.000Z'],
  ])('%s at %s in %s is %s', (date, localTime, timeZone, expected) => {
    expect(iso(dueInstant(date, localTime, timeZone))).toBe(expected);
  });

  it('a local time the spring-forward gap skips is the end of the gap (02:30 on 2026-03-29 in Berlin → 03:00 CEST)', () => {
    expect(iso(dueInstant('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('a local time the fall-back overlap repeats is its first occurrence (02:30 CEST on 2026-10-25 in Berlin)', () => {
    expect(iso(dueInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses a local time that is not HH:MM', () => {
    expect(() => dueInstant('2026-03-05', '9:00', 'UTC')).toThrow(RangeError);
  });

  it('is always on the date, at the local time or (in a gap) at most an hour after it', () => {
    const zones = [
      'Europe/Berlin',
      'Europe/London',
      'America/New_York',
      'America/Sao_Paulo',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Asia/Jakarta',
      'Asia/Dubai',
      'Pacific/Auckland',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    const day = fc
      .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, time, fc.constantFrom(...zones), (date, localTime, timeZone) => {
        const due = dueInstant(date, localTime, timeZone);
        const [h, m] = localTime.split(':').map(Number) as [number, number];
        const asked = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000;
        const shown = wallTime(due.getTime(), timeZone);
        expect(localDate(due, timeZone)).toBe(date);
        expect(shown - asked).toBeGreaterThanOrEqual(0);
        expect(shown - asked).toBeLessThanOrEqual(3_600_000);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decideWakeUp: when a Set arrives', () => {
  const decide = (date: string, now: string, timeZone = 'Europe/Berlin') =>
    decideWakeUp({ date, localTime: '09:00', timeZone, now: new Date(now) });

  it('a later date: at its local morning', () => {
    expect(decide('2026-03-05', '2026-03-01T10:00:00Z')).toEqual({ at: new Date('2026-03-05T08:00:00Z') });
  });

  it('today, before the morning: at the morning', () => {
    expect(decide('2026-03-05', '2026-03-05T06:00:00Z')).toEqual({ at: new Date('2026-03-05T08:00:00Z') });
  });

  it('today, after the morning: at once', () => {
    expect(decide('2026-03-05', '2026-03-05T15:00:00Z')).toEqual({ at: new Date('2026-03-05T15:00:00Z') });
    expect(decide('2026-03-05', '2026-03-05T08:00:00Z')).toEqual({ at: new Date('2026-03-05T08:00:00Z') });
  });

  it('an earlier date: rejected, naming detail.date', () => {
    const decision = decide('2026-03-04', '2026-03-05T06:00:00Z');
    expect(decision).toEqual({ rejected: expect.stringMatching(/^detail\.date: 2026-03-04 has passed/) });
  });

  it("'today' is the customer's, not UTC's", () => {
    // 23:30Z on 5 March is already 08:30 on 6 March in Tokyo: the 5th has passed, the 6th's morning is ahead.
    expect(decide('2026-03-05', '2026-03-05T23:30:00Z', 'Asia/Tokyo')).toHaveProperty('rejected');
    expect(decide('2026-03-06', '2026-03-05T23:30:00Z', 'Asia/Tokyo')).toEqual({
      at: new Date('2026-03-06T00:00:00Z'),
    });
    // 05:00Z on 6 March is still 21:00 on 5 March in Los Angeles: today, after the morning.
    expect(decide('2026-03-05', '2026-03-06T05:00:00Z', 'America/Los_Angeles')).toEqual({
      at: new Date('2026-03-06T05:00:00Z'),
    });
  });
});

const set = (over: Partial<TaxReminderSet> = {}): TaxReminderSet => ({
  eventId: 'e1',
  occurredAt: '2026-03-01T10:00:00Z',
  customerId: 'c-1',
  reminderId: 'r-1',
  symbol: 'VWRL.L',
  date: '2026-03-05',
  note: 'dividends',
  ...over,
});

describe('applySet: which Set of a reminder is kept', () => {
  const first = applySet(undefined, set()).reminder;

  it('the first Set is new; its own event chooses the date', () => {
    expect(applySet(undefined, set())).toEqual({
      outcome: 'new',
      reminder: { ...set(), atMs: Date.parse('2026-03-01T10:00:00Z'), dueEventId: 'e1' },
    });
  });

  it('the same Set again is a duplicate and changes nothing', () => {
    expect(applySet(first, set())).toEqual({ outcome: 'duplicate', reminder: first });
  });

  it('a Set that occurred earlier is stale, compared as instants whatever the offsets', () => {
    // 11:30+02:00 is 09:30Z, before 10:00Z, although the text sorts after it.
    const older = set({ eventId: 'e0', occurredAt: '2026-03-01T11:30:00+02:00', date: '2026-04-01' });
    expect(applySet(first, older)).toEqual({ outcome: 'stale', reminder: first });
  });

  it('a later Set to another date replaces the reminder and chooses the new date', () => {
    const later = set({
      eventId: 'e2',
      occurredAt: '2026-03-02T10:00:00Z',
      date: '2026-03-09',
      note: undefined,
    });
    const { note: _note, ...withoutNote } = set();
    expect(applySet(first, later)).toEqual({
      outcome: 'replaced',
      reminder: {
        ...withoutNote,
        eventId: 'e2',
        occurredAt: '2026-03-02T10:00:00Z',
        date: '2026-03-09',
        atMs: Date.parse('2026-03-02T10:00:00Z'),
        dueEventId: 'e2',
      },
    });
  });

  it('a later Set that keeps the date keeps the event that chose it (one message per date)', () => {
    const later = set({ eventId: 'e2', occurredAt: '2026-03-02T10:00:00Z', note: 'new note' });
    const applied = applySet(first, later);
    expect(applied.outcome).toBe('replaced');
    expect(applied.reminder).toMatchObject({ eventId: 'e2', note: 'new note', dueEventId: 'e1' });
  });
});

describe('decideTaxReminder: what a wake-up sends', () => {
  const reminder: TaxReminder = { ...set(), atMs: 0, dueEventId: 'e1' };
  const wake: WakeUp = {
    customerId: 'c-1',
    reminderId: 'r-1',
    date: '2026-03-05',
    at: '2026-03-05T08:00:00Z',
  };

  it('the reminder of the wake-up date: tax.reminder, transactional, of the Set that chose the date, once per date', () => {
    expect(decideTaxReminder(reminder, wake)).toEqual({
      type: 'tax.reminder',
      category: 'transactional',
      customerId: 'c-1',
      eventId: 'e1',
      occurrence: 'tax_reminder:r-1:2026-03-05',
      occurredAt: '2026-03-05T08:00:00Z',
      data: { reminderId: 'r-1', symbol: 'VWRL.L', date: '2026-03-05', note: 'dividends' },
    });
  });

  it('nothing for a reminder re-set to another date', () => {
    expect(decideTaxReminder({ ...reminder, date: '2026-03-09' }, wake)).toBeUndefined();
  });

  it('wake-up ids are the same for the same reminder and date, different otherwise', () => {
    expect(wakeUpId(wake)).toBe(wakeUpId({ ...wake }));
    expect(wakeUpId(wake)).not.toBe(wakeUpId({ ...wake, date: '2026-03-09' }));
    expect(wakeUpId(wake)).not.toBe(wakeUpId({ ...wake, customerId: 'c-2' }));
    expect(wakeUpId(wake)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it.each([
    ['not json', 'wake-up: not valid JSON'],
    [
      '{"reminderId":"r","date":"2026-03-05","at":"2026-03-05T08:00:00Z"}',
      'wake-up.customerId: required field missing',
    ],
    [
      '{"customerId":"c","reminderId":"r","date":"5 March","at":"2026-03-05T08:00:00Z"}',
      'wake-up.date: expected a date "YYYY-MM-DD"',
    ],
    ['{"customerId":"c","reminderId":"r","date":"2026-03-05"}', 'wake-up.at: required field missing'],
    [
      '{"customerId":"c","reminderId":"r","date":"2026-03-05","at":"soon"}',
      'wake-up.at: expected an ISO-8601 time',
    ],
  ])('a wake-up %s is refused with a reason naming the field', (body, reason) => {
    expect(parseInternalJson(wakeUpSchema, body, WAKE_UP)).toEqual({ ok: false, reason });
  });
});

describe('setTaxReminder', () => {
  const profile: CustomerProfile = {
    customerId: 'c-1',
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    contacts: { email: 'c-1@example.com' },
    consents: {},
    alerts: {},
  };

  /** The use case against an in-memory store (the store's DynamoDB semantics are tested on dynalite). */
  function run(now: string) {
    const stored = new Map<string, TaxReminder>();
    const reminders: TaxReminders = {
      async apply(s) {
        const applied = applySet(stored.get(s.reminderId), s);
        if (applied.outcome !== 'stale') stored.set(s.reminderId, applied.reminder);
        return applied;
      },
      async get(_customerId, reminderId) {
        return stored.get(reminderId);
      },
    };
    const wakeUps: { id: string; at: Date; body: string }[] = [];
    const rejected: string[] = [];
    const deps = {
      profiles: { get: async (id: string) => (id === 'c-1' ? profile : undefined) },
      reminders,
      wakeUps: { arrange: async (w: { id: string; at: Date; body: string }) => void wakeUps.push(w) },
      deadLetters: { reject: async (entry: { reason: string }) => void rejected.push(entry.reason) },
      rejections: new MemoryRejectionClaims(),
      erasures: new MemoryErasures(),
      log: { write: () => undefined },
      now: () => new Date(now),
      localTime: '09:00',
    };
    const event = (detail: TaxReminderSet) => ({
      source: 'bank.core',
      'detail-type': 'TaxReminder.Set',
      detail,
    });
    return {
      stored,
      wakeUps,
      rejected,
      set: (detail: TaxReminderSet) => setTaxReminder(event(detail), detail, deps),
    };
  }

  it('stores the reminder and arranges a wake-up at 09:00 local on the date, carrying no personal data', async () => {
    const herald = run('2026-03-01T10:00:00Z');
    expect(await herald.set(set())).toBe('arranged');
    expect(herald.stored.get('r-1')).toMatchObject({ date: '2026-03-05', note: 'dividends' });
    const wakeUp = {
      customerId: 'c-1',
      reminderId: 'r-1',
      date: '2026-03-05',
      at: '2026-03-05T08:00:00.000Z',
    };
    expect(herald.wakeUps).toEqual([
      { id: wakeUpId(wakeUp), at: new Date('2026-03-05T08:00:00Z'), body: JSON.stringify(wakeUp) },
    ]);
  });

  it('a redelivered Set arranges the same wake-up again (the schedule name makes it one)', async () => {
    const herald = run('2026-03-01T10:00:00Z');
    await herald.set(set());
    await herald.set(set());
    expect(herald.wakeUps).toHaveLength(2);
    expect(herald.wakeUps[1]).toEqual(herald.wakeUps[0]);
  });

  it('an out-of-order Set changes nothing and arranges nothing', async () => {
    const herald = run('2026-03-01T10:00:00Z');
    await herald.set(set({ eventId: 'e2', occurredAt: '2026-03-01T10:00:00Z', date: '2026-03-09' }));
    expect(await herald.set(set({ eventId: 'e1', occurredAt: '2026-03-01T09:00:00Z' }))).toBe('stale');
    expect(herald.stored.get('r-1')?.date).toBe('2026-03-09');
    expect(herald.wakeUps).toHaveLength(1);
  });

  it('a Set already applied and redelivered after its date is a duplicate, not a rejection', async () => {
    const herald = run('2026-03-01T10:00:00Z');
    await herald.set(set());
    const late = run('2026-03-07T10:00:00Z');
    for (const [id, reminder] of herald.stored) late.stored.set(id, reminder);
    expect(await late.set(set())).toBe('duplicate');
    expect(await late.set(set({ eventId: 'e-other' }))).toBe('rejected');
    expect(late.rejected).toEqual([expect.stringMatching(/^detail\.date: 2026-03-05 has passed/)]);
    expect(late.wakeUps).toEqual([]);
  });

  it('rejects a date that has passed, and a customer Herald does not know, storing nothing', async () => {
    const herald = run('2026-03-06T10:00:00Z');
    expect(await herald.set(set())).toBe('rejected');
    expect(await herald.set(set({ eventId: 'e-unknown', customerId: 'c-unknown', date: '2026-04-01' }))).toBe(
      'rejected',
    );
    expect(herald.rejected).toEqual([
      expect.stringMatching(/^detail\.date: 2026-03-05 has passed/),
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    expect(herald.stored.size).toBe(0);
    expect(herald.wakeUps).toEqual([]);
  });
});

describe('wake-ups through the defer function', () => {
  const sqs = mockClient(SQSClient);
  const scheduler = mockClient(SchedulerClient);
  beforeEach(() => {
    sqs.reset();
    scheduler.reset();
  });
  const jobs = new SchedulerJobScheduler(new SchedulerClient({ region: 'eu-west-1' }), {
    groupName: 'herald-dev',
    roleArn: 'arn:aws:iam::1:role/scheduler',
    queueArns: { email: 'arn:aws:sqs:eu-west-1:1:EmailQueue', due: 'arn:aws:sqs:eu-west-1:1:DueQueue' },
  });

  it('SqsWakeUps puts the wake-up on the defer queue with its target, id and time', async () => {
    sqs.on(SendMessageCommand).resolves({});
    await new SqsWakeUps(new SQSClient({ region: 'eu-west-1' }), 'https://sqs/defer').arrange({
      id: 'abc',
      at: new Date('2026-03-05T08:00:00Z'),
      body: '{"x":1}',
    });
    expect(sqs.commandCalls(SendMessageCommand).map((c) => c.args[0].input)).toEqual([
      {
        QueueUrl: 'https://sqs/defer',
        MessageBody: '{"x":1}',
        MessageAttributes: {
          target: { DataType: 'String', StringValue: 'due' },
          wakeUpId: { DataType: 'String', StringValue: 'abc' },
          notBefore: { DataType: 'String', StringValue: '2026-03-05T08:00:00.000Z' },
        },
      },
    ]);
  });

  it('the defer function reads a wake-up and a held message from their attributes', () => {
    const attr = (value: string) => ({ stringValue: value });
    expect(
      deferredJobOf(
        { target: attr('due'), wakeUpId: attr('abc'), notBefore: attr('2026-03-05T08:00:00.000Z') },
        'body',
      ),
    ).toEqual({
      ok: true,
      value: { id: 'abc', target: 'due', notBefore: new Date('2026-03-05T08:00:00Z'), body: 'body' },
    });
    expect(
      deferredJobOf(
        { notificationId: attr('n1'), channel: attr('sms'), notBefore: attr('2026-03-05T06:00:00.000Z') },
        'job',
      ),
    ).toEqual({
      ok: true,
      value: { id: 'n1', target: 'sms', notBefore: new Date('2026-03-05T06:00:00Z'), body: 'job' },
    });
    expect(deferredJobOf({ wakeUpId: attr('abc'), notBefore: attr('2026-03-05') }, 'body')).toEqual({
      ok: false,
      reason: 'deferred job attributes.target: required field missing',
    });
    expect(deferredJobOf({ notificationId: attr('n1'), channel: attr('sms') }, 'job')).toEqual({
      ok: false,
      reason: 'deferred job attributes.notBefore: required field missing',
    });
    expect(
      deferredJobOf(
        { notificationId: attr('n1'), channel: attr('fax'), notBefore: attr('2026-03-05') },
        'job',
      ),
    ).toEqual({
      ok: false,
      reason: 'deferred job attributes.channel: expected one of email | sms | push | whatsapp',
    });
  });

  it('a wake-up becomes a one-off schedule onto the DueQueue, named w-<id>, deleted after it runs', async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });
    const outcome = await jobs.schedule(
      { id: 'abc', target: 'due', notBefore: new Date('2026-03-05T08:00:00Z'), body: '{"x":1}' },
      new Date('2026-03-01T10:00:00Z'),
    );
    expect(outcome).toBe('scheduled');
    expect(scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input).toEqual({
      Name: 'w-abc',
      GroupName: 'herald-dev',
      ScheduleExpression: 'at(2026-03-05T08:00:00)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: 'arn:aws:sqs:eu-west-1:1:DueQueue',
        RoleArn: 'arn:aws:iam::1:role/scheduler',
        Input: '{"x":1}',
        RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
      },
    });
  });

  it('a wake-up already scheduled (a redelivered Set) is not scheduled twice', async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ Message: 'exists', message: 'exists', $metadata: {} }));
    const job = {
      id: 'abc',
      target: 'due' as const,
      notBefore: new Date('2026-03-05T08:00:00Z'),
      body: '{}',
    };
    expect(await jobs.schedule(job, new Date('2026-03-01T10:00:00Z'))).toBe('already_scheduled');
  });

  it('a wake-up due now goes out a minute from now; held messages keep their n-<notificationId> name', async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });
    await jobs.schedule(
      { id: 'abc', target: 'due', notBefore: new Date('2026-03-05T15:00:00Z'), body: '{}' },
      new Date('2026-03-05T15:00:00Z'),
    );
    expect(scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input.ScheduleExpression).toBe(
      'at(2026-03-05T15:01:00)',
    );
    expect(scheduleName({ id: 'n1', target: 'email' })).toBe('n-n1');
  });

  it('a target without a configured queue fails (retried, then the DLQ)', async () => {
    await expect(
      jobs.schedule({ id: 'x', target: 'push', notBefore: new Date(), body: '{}' }, new Date()),
    ).rejects.toThrow(/no queue configured for push/);
  });
});
