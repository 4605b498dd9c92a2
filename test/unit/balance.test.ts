import { describe, expect, it } from 'vitest';
import { decideLowBalance } from '../../shared/domain/balance.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';

const profile = (overrides: Partial<CustomerProfile> = {}): CustomerProfile => ({
  customerId: 'c-1',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  contacts: { email: 'ana@example.com', phone: '+447700900123' },
  consents: {
    'email:transactional': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' },
    'sms:transactional': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' },
  },
  alerts: { lowBalance: { accountId: 'ACC-1', threshold: '100.00', currency: 'EUR' } },
  ...overrides,
});

const observation = (balance: string, currency = 'EUR', accountId = 'ACC-1') => ({
  eventId: 'e-1',
  occurredAt: '2026-01-02T10:00:00+01:00',
  customerId: 'c-1',
  accountId,
  balance,
  currency,
});

describe('decideLowBalance', () => {
  it.each([
    ['99.99', 'EUR', 'ACC-1', true],
    ['100.00', 'EUR', 'ACC-1', false], // exactly at the threshold is not below it
    ['100', 'EUR', 'ACC-1', false],
    ['-5.00', 'EUR', 'ACC-1', true],
    ['50.00', 'USD', 'ACC-1', false], // another currency is not comparable
    ['50.00', 'EUR', 'ACC-2', false], // another account
  ])('balance %s %s on %s → alert %s', (balance, currency, accountId, alert) => {
    // Act
    const intent = decideLowBalance(profile(), observation(balance, currency, accountId));
    // Assess
    expect(intent !== undefined).toBe(alert);
  });

  it('carries what the message needs and nothing else', () => {
    const intent = decideLowBalance(profile(), observation('42.10'));
    expect(intent).toEqual({
      type: 'balance.low',
      category: 'transactional',
      customerId: 'c-1',
      eventId: 'e-1',
      occurredAt: '2026-01-02T10:00:00+01:00',
      data: { accountId: 'ACC-1', balance: '42.10', threshold: '100.00', currency: 'EUR' },
    });
  });

  it('does nothing without a threshold', () => {
    expect(decideLowBalance(profile({ alerts: {} }), observation('1.00'))).toBeUndefined();
  });
});
