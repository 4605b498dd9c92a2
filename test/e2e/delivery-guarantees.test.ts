// Guarantees of the pipeline through `herald replay`: a message's identity includes its recipient, so one
// bank event that notifies several customers in their quiet hours defers and later sends each one; and the
// customer's channelOrder is a preference, not a filter.
import { describe, expect, it } from 'vitest';
import { entry, runReplay } from '../support/replay-harness.ts';

const customer = (id: string, contacts: Record<string, unknown>, consents: string[], settings = {}) => [
  entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: `${id}-u`,
    customerId: id,
    name: { given: 'Sam' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts,
  }),
  ...consents.map((channel, i) =>
    entry(`2026-03-02T08:00:0${i + 1}Z`, 'Consent.Changed', {
      eventId: `${id}-c-${channel}`,
      customerId: id,
      channel,
      category: 'transactional',
      granted: true,
      source: 'app',
    }),
  ),
  entry('2026-03-02T08:00:09Z', 'AlertSettings.Changed', { eventId: `${id}-s`, customerId: id, ...settings }),
];

describe('one bank event, many recipients', () => {
  it('defers each customer’s message under its own notificationId and sends every one when quiet hours end', async () => {
    // Prepare: five customers with an alert above 100, all in quiet hours (22:00–07:00 London) at the tick
    const ids = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'];
    const lines = [
      ...ids.flatMap((id) =>
        customer(id, { email: `${id}@example.com` }, ['email'], {
          quietHours: { start: '22:00', end: '07:00' },
        }),
      ),
      ...ids.map((id) =>
        entry('2026-03-02T09:00:00Z', 'PriceAlert.Set', {
          eventId: `${id}-pa`,
          customerId: id,
          alertId: `${id}-alert`,
          symbol: 'ACME',
          direction: 'above',
          price: '100.00',
          currency: 'GBP',
        }),
      ),
      entry('2026-03-02T21:00:00Z', 'Market.PriceTick', {
        eventId: 'tick-1',
        symbol: 'ACME',
        price: '90.00',
        currency: 'GBP',
      }),
      entry('2026-03-02T23:30:00Z', 'Market.PriceTick', {
        eventId: 'tick-2',
        symbol: 'ACME',
        price: '110.00',
        currency: 'GBP',
      }),
    ];
    // Act
    const { deliveries, rejected, herald } = await runReplay(lines);
    // Assess: one deferred and one later sent per customer, each pair under its own notificationId
    expect(rejected).toEqual([]);
    const deferred = deliveries.filter((r) => r.status === 'deferred');
    const sent = deliveries.filter((r) => r.status === 'sent');
    expect(deferred.map((r) => r.customerId).sort()).toEqual(ids);
    expect(sent.map((r) => r.customerId).sort()).toEqual(ids);
    expect(new Set(deferred.map((r) => r.notificationId)).size).toBe(ids.length);
    for (const record of deferred) {
      const later = deliveries.filter(
        (r) => r.notificationId === record.notificationId && r.status !== 'deferred',
      );
      expect(later.map((r) => `${r.customerId} ${r.status} ${r.time}`)).toEqual([
        `${record.customerId} sent 2026-03-03T07:00:00.000Z`,
      ]);
    }
    expect(herald.outbox).toHaveLength(ids.length);
  });
});

describe('channelOrder is a preference, not a filter', () => {
  it('sends a fraud alert on the consented phone when the only ordered channel, push, has no token', async () => {
    // Prepare
    const lines = [
      ...customer('f-1', { phone: '+447700900123' }, ['sms'], { channelOrder: ['push'] }),
      entry('2026-03-03T10:00:00Z', 'Fraud.Suspected', {
        eventId: 'fraud-1',
        customerId: 'f-1',
        caseId: 'case-1',
        cardId: 'card-1',
        cardLast4: '4242',
        riskScore: 0.97,
        transactions: [
          { amount: '950.00', currency: 'GBP', merchant: 'Electro Ltd', occurredAt: '2026-03-03T09:58:00Z' },
        ],
      }),
    ];
    // Act
    const { deliveries } = await runReplay(lines);
    // Assess
    const alert = deliveries.filter((r) => r.eventId === 'fraud-1' && r.type === 'fraud.alert');
    expect(alert.filter((r) => r.status === 'sent').map((r) => r.channel)).toEqual(['sms']);
  });

  it('sends a transactional alert by the consented e-mail when every ordered channel is unreachable', async () => {
    // Prepare
    const lines = [
      ...customer('t-1', { email: 't-1@example.com' }, ['email'], {
        channelOrder: ['push', 'whatsapp'],
        largeTransaction: { minAmount: '500.00', currency: 'GBP' },
      }),
      entry('2026-03-03T10:00:00Z', 'Transaction.Posted', {
        eventId: 'tx-1',
        customerId: 't-1',
        accountId: 'ACC-1',
        amount: '750.00',
        currency: 'GBP',
        direction: 'debit',
        channel: 'card',
        merchant: { name: 'Electro Ltd', city: 'London', country: 'GB' },
      }),
    ];
    // Act
    const { deliveries } = await runReplay(lines);
    // Assess
    expect(deliveries.filter((r) => r.eventId === 'tx-1').map((r) => `${r.channel} ${r.status}`)).toEqual([
      'email sent',
    ]);
  });
});
