import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJob } from '../../shared/application/render-job.ts';
import {
  type AccountAlertStates,
  type BalanceObservation,
  balanceConditions,
  decideBalanceAlerts,
} from '../../shared/domain/balance.ts';
import { isAtLeastPercent, negateDecimal, toScaledInteger } from '../../shared/domain/decimal.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { renderers } from '../../shared/notifications/tables/render.ts';
import type { MessageJob, PlannedJob } from '../../shared/ports/queues.ts';

const profile = (alerts: CustomerProfile['alerts'] = {}): CustomerProfile => ({
  customerId: 'c-1',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  contacts: { email: 'ana@example.com', phone: '+447700900123' },
  consents: {},
  alerts,
});
const LOW = { lowBalance: { accountId: 'ACC-1', threshold: '100.00', currency: 'EUR' } };
const CREDIT = (percent: number) => ({ creditUtilization: { percent } });

const observation = (balance: string, extra: Partial<BalanceObservation> = {}): BalanceObservation => ({
  eventId: 'e-1',
  occurredAt: '2026-01-02T10:00:00+01:00',
  customerId: 'c-1',
  accountId: 'ACC-1',
  balance,
  currency: 'EUR',
  ...extra,
});

/** kind → breached, for the alerts that apply. */
const breaches = (p: CustomerProfile, o: BalanceObservation) =>
  Object.fromEntries(balanceConditions(p, o).map((c) => [c.kind, c.breached]));

describe('balance conditions', () => {
  it.each([
    ['99.99', 'EUR', 'ACC-1', true],
    ['100.00', 'EUR', 'ACC-1', false], // exactly at the threshold is not below it
    ['100', 'EUR', 'ACC-1', false],
    ['100.000001', 'EUR', 'ACC-1', false],
    ['-5.00', 'EUR', 'ACC-1', true],
  ])('low balance: %s %s on %s → breached %s', (balance, currency, accountId, breached) => {
    expect(breaches(profile(LOW), observation(balance, { currency, accountId })).low).toBe(breached);
  });

  it.each([
    ['another currency is not comparable', { currency: 'USD' }],
    ['another account', { accountId: 'ACC-2' }],
  ])('low balance does not apply to %s', (_, extra) => {
    expect(breaches(profile(LOW), observation('1.00', extra))).not.toHaveProperty('low');
  });

  it('low balance does not apply without a threshold', () => {
    expect(breaches(profile(), observation('1.00'))).not.toHaveProperty('low');
  });

  it.each([
    ['0.00', false], // zero is not overdrawn
    ['0', false],
    ['-0.01', true],
    ['-1500.00', true],
    ['12.00', false],
  ])('overdraft on an account without a credit limit: balance %s → breached %s', (balance, breached) => {
    expect(breaches(profile(), observation(balance))).toEqual({ overdraft: breached });
  });

  it('overdraft does not apply to an account with a credit limit (a negative balance is credit in use)', () => {
    expect(breaches(profile(), observation('-50.00', { creditLimit: '1000.00' }))).toEqual({});
  });

  it.each([
    // balance, creditLimit, percent, breached; used = -balance when negative
    ['-800.00', '1000.00', 80, true], // exactly at the percent alerts
    ['-799.99', '1000.00', 80, false],
    ['-800.01', '1000.00', 80, true],
    ['-333.33', '1000.00', 33.333, true],
    ['-333.32', '1000.00', 33.333, false],
    ['-1000.00', '1000.00', 100, true],
    ['-1200.00', '1000.00', 100, true], // over the limit
    ['250.00', '1000.00', 1, false], // in credit: nothing used
    ['0.00', '1000.00', 1, false],
    ['-0.10', '10.00', 1, true],
    ['-0.09', '10.00', 1, false],
  ])(
    'credit utilisation: balance %s, limit %s, %d% → breached %s',
    (balance, creditLimit, percent, breached) => {
      expect(breaches(profile(CREDIT(percent)), observation(balance, { creditLimit }))).toEqual({
        credit: breached,
      });
    },
  );

  it('credit utilisation needs the setting and a positive credit limit', () => {
    expect(breaches(profile(), observation('-900.00', { creditLimit: '1000.00' }))).toEqual({});
    expect(breaches(profile(CREDIT(50)), observation('-900.00', { creditLimit: '0.00' }))).toEqual({});
  });

  it('judges every alert that applies to the account on the same event', () => {
    expect(breaches(profile({ ...LOW, ...CREDIT(50) }), observation('-10.00'))).toEqual({
      low: true,
      overdraft: true,
    });
  });

  it('puts what each message needs in its intent, and nothing else', () => {
    const intents = balanceConditions(
      profile({ ...LOW, ...CREDIT(80) }),
      observation('-850.50', { overdraftLimit: '500.00' }),
    ).map((c) => c.intent);
    expect(intents).toEqual([
      {
        type: 'balance.low',
        category: 'transactional',
        customerId: 'c-1',
        eventId: 'e-1',
        occurredAt: '2026-01-02T10:00:00+01:00',
        data: { accountId: 'ACC-1', balance: '-850.50', threshold: '100.00', currency: 'EUR' },
      },
      expect.objectContaining({
        type: 'balance.overdraft',
        data: { accountId: 'ACC-1', balance: '-850.50', currency: 'EUR', overdraftLimit: '500.00' },
      }),
    ]);
    const [credit] = balanceConditions(
      profile(CREDIT(80)),
      observation('-850.50', { creditLimit: '1000.00' }),
    ).map((c) => c.intent);
    expect(credit).toMatchObject({
      type: 'balance.credit_utilization',
      category: 'transactional',
      data: {
        accountId: 'ACC-1',
        used: '850.50',
        creditLimit: '1000.00',
        currency: 'EUR',
        thresholdPercent: '80',
      },
    });
  });
});

describe('decideBalanceAlerts (one event against the stored state)', () => {
  const T = Date.parse('2026-01-02T10:00:00+01:00');
  const fired = (atMs: number, eventId = 'e-0') => ({ fired: true, atMs, eventId });
  const armed = (atMs: number, eventId = 'e-0') => ({ fired: false, atMs, eventId });
  const steps = (balance: string, states: AccountAlertStates, extra: Partial<BalanceObservation> = {}) =>
    decideBalanceAlerts(profile(LOW), observation(balance, extra), states).map(
      (s) => `${s.kind}:${s.action}`,
    );

  it.each([
    ['armed (never stored), breached', '50.00', {}, ['low:fire']],
    ['armed (stored), breached', '50.00', { low: armed(T - 1) }, ['low:fire']],
    ['armed, fine: the common case', '150.00', { low: armed(T - 1) }, []],
    ['armed (never stored), fine', '150.00', {}, []],
    ['fired, still low: never repeats', '50.00', { low: fired(T - 1) }, []],
    ['fired, recovered above the threshold', '150.00', { low: fired(T - 1) }, ['low:rearm']],
    ['fired, recovered to exactly the threshold', '100.00', { low: fired(T - 1) }, ['low:rearm']],
    ['stale (older than the stored state), breached', '50.00', { low: armed(T + 1) }, []],
    ['stale, recovered', '150.00', { low: fired(T + 1) }, []],
    ['the event that fired it, delivered again', '50.00', { low: fired(T, 'e-1') }, ['low:resume']],
    ['same time, another event, still low', '50.00', { low: fired(T, 'e-9') }, []],
  ] as const)('%s → %j', (_, balance, states, expected) => {
    expect(steps(balance, { overdraft: armed(T - 1), ...states })).toEqual(expected);
  });

  it('writes the event that changed the state, and compares with the state it read', () => {
    const previous = armed(T - 1000);
    const [step] = decideBalanceAlerts(profile(LOW), observation('50.00'), { low: previous });
    expect(step).toMatchObject({
      kind: 'low',
      action: 'fire',
      previous,
      next: { fired: true, atMs: T, eventId: 'e-1' },
    });
  });

  it('a stale event for one alert is still judged for another whose state is older', () => {
    expect(steps('-5.00', { low: armed(T + 1), overdraft: armed(T - 1) })).toEqual(['overdraft:fire']);
  });
});

describe('decimal helpers', () => {
  it.each([
    ['-12.50', '12.50'],
    ['12.50', '-12.50'],
    ['-0.000001', '0.000001'],
  ])('negateDecimal(%s) = %s', (a, expected) => {
    expect(negateDecimal(a)).toBe(expected);
  });

  it('negateDecimal refuses what is not a decimal string', () => {
    expect(() => negateDecimal('1e3')).toThrow(RangeError);
  });

  it.each([
    ['800.00', '1000.00', '80', true],
    ['799.999999', '1000.00', '80', false],
    ['0.1', '0.3', '33.333333', true], // 0.1 / 0.3 = 33.33…%, exactly
    ['0.1', '0.3', '33.333334', false],
    ['1', '3', '33.333333', true],
  ])('isAtLeastPercent(%s, %s, %s) = %s', (part, whole, percent, expected) => {
    expect(isAtLeastPercent(part, whole, percent)).toBe(expected);
  });

  it('isAtLeastPercent agrees with integer arithmetic on cents for any amounts and whole percents', () => {
    const cents = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 1, max: 100 }),
        (part, whole, percent) => {
          expect(isAtLeastPercent(cents(part), cents(whole), String(percent))).toBe(
            part * 100n >= whole * BigInt(percent),
          );
          expect(toScaledInteger(negateDecimal(cents(part)))).toBe(-toScaledInteger(cents(part)));
        },
      ),
    );
  });
});

describe('rendering the balance alerts (render job)', () => {
  const job = (type: string, data: Record<string, unknown>): PlannedJob => ({
    notificationId: 'n-1',
    eventId: 'e-1',
    customerId: 'c-1',
    type,
    category: 'transactional',
    channel: 'sms',
    to: '+447700900123',
    occurredAt: '2026-01-02T10:00:00Z',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    data,
  });
  const render = async (planned: PlannedJob) => {
    const queued: MessageJob[] = [];
    await renderJob(planned, {
      queue: { enqueue: async (j) => void queued.push(j) },
      brand: { name: 'Bank' },
      renderers,
    });
    return queued[0]?.message;
  };

  it('writes the overdraft SMS with the negative balance', async () => {
    const sms = await render(
      job('balance.overdraft', {
        accountId: 'ACC-1001',
        accountLast4: '1001',
        balance: '-120.50',
        currency: 'GBP',
      }),
    );
    expect(sms).toMatchObject({
      text: 'Bank: your account ending 1001 is overdrawn. Balance: -£120.50. Pay in money soon to avoid charges.',
    });
  });

  it('writes the credit-utilisation SMS with the share used and what is left', async () => {
    const sms = await render(
      job('balance.credit_utilization', {
        accountId: 'ACC-1001',
        accountLast4: '1001',
        used: '850.50',
        creditLimit: '1000.00',
        currency: 'GBP',
        thresholdPercent: '80',
      }),
    );
    expect(sms).toMatchObject({
      text: "Bank: you've used 85% of your £1,000.00 credit limit on your account ending 1001. Available: £149.50.",
    });
  });

  it.each([
    ['balance.overdraft', { accountId: 'A-1', currency: 'GBP' }, 'balance'],
    ['balance.credit_utilization', { accountId: 'A-1', used: '1.00', currency: 'GBP' }, 'creditLimit'],
  ])('refuses a %s job without %s data, naming the field', async (type, data, field) => {
    await expect(render(job(type, data))).rejects.toThrow(`${type} data.${field} is missing`);
  });
});
