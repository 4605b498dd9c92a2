import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { renderJob } from '../../shared/application/render-job.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { decideLargeTransaction, type PostedTransaction } from '../../shared/domain/transactions.ts';
import { renderers } from '../../shared/notifications/tables/render.ts';
import { schema as transactionLargeSchema } from '../../shared/notifications/transaction-large/data.ts';
import type { MessageJob, PlannedJob } from '../../shared/ports/queues.ts';

const profile = (alerts: CustomerProfile['alerts'] = {}): CustomerProfile => ({
  customerId: 'c-1',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  contacts: { phone: '+447700900123' },
  consents: {},
  alerts,
});
const LARGE = { largeTransaction: { minAmount: '1000.00', currency: 'GBP' } };

const posted = (amount: string, extra: Partial<PostedTransaction> = {}): PostedTransaction => ({
  eventId: 't-1',
  occurredAt: '2026-03-03T10:00:00Z',
  customerId: 'c-1',
  accountId: 'ACC-1001',
  amount,
  currency: 'GBP',
  direction: 'debit',
  channel: 'card',
  ...extra,
});

describe('decideLargeTransaction', () => {
  it.each([
    ['1000.00', 'GBP', true], // exactly at minAmount alerts
    ['1000', 'GBP', true],
    ['1000.01', 'GBP', true],
    ['999.99', 'GBP', false],
    ['0.01', 'GBP', false],
    ['5000.00', 'EUR', false], // another currency is not comparable
  ])('%s %s → alert %s', (amount, currency, alert) => {
    expect(decideLargeTransaction(profile(LARGE), posted(amount, { currency })) !== undefined).toBe(alert);
  });

  it('alerts on every account of the customer, and on credits as well as debits', () => {
    const other = posted('2000.00', { accountId: 'ACC-2002', direction: 'credit', channel: 'transfer' });
    expect(decideLargeTransaction(profile(LARGE), other)).toMatchObject({
      data: { accountId: 'ACC-2002', direction: 'credit' },
    });
  });

  it('does nothing without the setting', () => {
    expect(decideLargeTransaction(profile(), posted('1000000.00'))).toBeUndefined();
  });

  it('carries amount, merchant, place, account and card digits, balance after and the threshold, and nothing else', () => {
    const intent = decideLargeTransaction(
      profile(LARGE),
      posted('1500.00', {
        accountLast4: '1001',
        merchant: { name: 'Currys', city: 'London', country: 'GB' },
        cardLast4: '4242',
        balanceAfter: '320.00',
      }),
    );
    expect(intent).toEqual({
      type: 'transaction.large',
      category: 'transactional',
      customerId: 'c-1',
      eventId: 't-1',
      occurredAt: '2026-03-03T10:00:00Z',
      data: {
        accountId: 'ACC-1001',
        accountLast4: '1001',
        amount: '1500.00',
        currency: 'GBP',
        direction: 'debit',
        channel: 'card',
        merchant: { name: 'Currys', city: 'London', country: 'GB' },
        cardLast4: '4242',
        balanceAfter: '320.00',
        occurredAt: '2026-03-03T10:00:00Z',
        minAmount: '1000.00',
      },
    });
  });
});

describe('transaction.large data and rendering', () => {
  const data = (extra: Record<string, unknown> = {}) => ({
    ...(decideLargeTransaction(
      profile(LARGE),
      posted('1500.00', {
        accountLast4: '1001',
        merchant: { name: 'Currys', city: 'London' },
        balanceAfter: '320.00',
      }),
    )?.data ?? {}),
    ...extra,
  });

  it('reads back what the trigger planned', () => {
    expect(v.parse(transactionLargeSchema, JSON.parse(JSON.stringify(data())))).toEqual({
      accountId: 'ACC-1001',
      accountLast4: '1001',
      amount: '1500.00',
      currency: 'GBP',
      direction: 'debit',
      channel: 'card',
      merchant: { name: 'Currys', city: 'London' },
      balanceAfter: '320.00',
      occurredAt: '2026-03-03T10:00:00Z',
      minAmount: '1000.00',
    });
  });

  it.each([
    [{ amount: undefined }, 'data.amount is missing'],
    [{ minAmount: 1000 }, 'data.minAmount is not string'],
    [{ direction: 'sideways' }, 'data.direction is not ("debit" | "credit")'],
    [{ channel: undefined }, 'data.channel is missing'],
    [{ merchant: { city: 'London' } }, 'data.merchant.name is missing'],
    [{ merchant: null }, 'data.merchant is not Object'],
  ])('refuses %j, naming the field', (extra, problem) => {
    expect(renderers['transaction.large']?.check(data(extra))).toEqual({
      ok: false,
      problem: `transaction.large ${problem}`,
    });
  });

  it('writes the SMS with amount, merchant, balance after and "not you? report it in the app"', async () => {
    const queued: MessageJob[] = [];
    const job: PlannedJob = {
      notificationId: 'n-1',
      eventId: 't-1',
      customerId: 'c-1',
      type: 'transaction.large',
      category: 'transactional',
      channel: 'sms',
      to: '+447700900123',
      occurredAt: '2026-03-03T10:00:00Z',
      locale: 'en-GB',
      timeZone: 'Europe/London',
      data: data(),
    };
    await renderJob(job, {
      queue: { enqueue: async (j) => void queued.push(j) },
      brand: { name: 'Bank' },
      renderers,
    });
    expect(queued[0]?.message).toMatchObject({
      text: 'Bank: £1,500.00 payment at Currys, account ending 1001. Balance: £320.00. Not you? Report it in the app.',
    });
  });
});
