// Price alerts through `herald replay`: customers set alerts, market ticks move the price, and each crossed
// alert gives one message, once; uncrossed, removed and other-currency alerts give none, and neither do a
// repeated, an unmoved or a stale tick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'price-alerts.jsonl');

const customer = (id: string) => [
  entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: `${id}-u`,
    customerId: id,
    name: { given: 'Sam' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: `${id}@example.com` },
  }),
  entry('2026-03-02T08:00:01Z', 'Consent.Changed', {
    eventId: `${id}-c`,
    customerId: id,
    channel: 'email',
    category: 'transactional',
    granted: true,
    source: 'app',
  }),
];
const setAlert = (id: string, direction: 'above' | 'below', price: string, time = '2026-03-02T09:00:00Z') =>
  entry(time, 'PriceAlert.Set', {
    eventId: `set-${id}-${price}`,
    customerId: id,
    alertId: `${id}-alert`,
    symbol: 'ACME',
    direction,
    price,
    currency: 'GBP',
  });
const tick = (eventId: string, time: string, price: string) =>
  entry(time, 'Market.PriceTick', { eventId, symbol: 'ACME', price, currency: 'GBP' });

const summary = (records: DeliveryRecord[]) =>
  records.map((r) => `${r.eventId} ${r.customerId} ${r.type} ${r.channel} ${r.status}`);

describe('price alerts (herald replay)', () => {
  it('replays the fixture: one message per crossed alert, in the customer’s language and channel', async () => {
    const { herald, deliveries, rejected } = await runReplay([readFileSync(FIXTURE, 'utf8')]);
    expect(rejected).toEqual([]);
    expect(summary(deliveries)).toEqual([
      // 184.00 → 191.50 crosses Ana's 190.00 (Ioana's 185.00 was removed); the same tick again, a tick at the
      // same price and a stale tick at 150.00 fire nothing.
      'tick-2 c-ana price.alert email sent',
      // 191.50 → 179.25 crosses Jonas's "below 180.00"; back up to 195.00 crosses nothing still armed
      // (Ana's alert is spent, Jonas's 200.00 is not reached).
      'tick-5 c-jonas price.alert email sent',
      // Ioana's EUR alert moves only with EUR ticks: 160.00 → 172.00 crosses 170.00.
      'tick-eur-2 c-ioana price.alert sms sent',
    ]);
    const [ana, jonas, ioana] = herald.outbox;
    expect(ana).toMatchObject({ channel: 'email', subject: 'Price alert: AAPL rose to US$191.50' });
    expect(jonas).toMatchObject({
      channel: 'email',
      subject: expect.stringMatching(/^Kursalarm: AAPL ist auf 179,25\s\$ gefallen$/),
    });
    expect(ioana).toMatchObject({
      channel: 'sms',
      text: expect.stringContaining('AAPL a urcat la 172,00 EUR, atingand alerta dvs. la 170,00 EUR'),
    });
  });

  it('sends one message to each customer whose alert a tick crosses, and none to the others', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `c-${i}`);
    const lines = [
      ...ids.flatMap(customer),
      // Levels 101 … 112, one customer each.
      ...ids.map((id, i) => setAlert(id, 'above', `${101 + i}.00`)),
      tick('t-1', '2026-03-03T10:00:00Z', '100.00'),
      tick('t-2', '2026-03-03T10:01:00Z', '105.00'), // crosses 101 … 105
      tick('t-3', '2026-03-03T10:02:00Z', '104.99'),
      tick('t-4', '2026-03-03T10:03:00Z', '107.00'), // crosses 106, 107 (105 is spent)
    ];
    const { deliveries, rejected } = await runReplay(lines);
    expect(rejected).toEqual([]);
    expect(summary(deliveries)).toEqual([
      ...['c-0', 'c-1', 'c-2', 'c-3', 'c-4'].map((id) => `t-2 ${id} price.alert email sent`),
      ...['c-5', 'c-6'].map((id) => `t-4 ${id} price.alert email sent`),
    ]);
  });

  it('rejects an alert for a customer Herald does not know, with the reason', async () => {
    const { deliveries, rejected } = await runReplay([
      setAlert('ghost', 'above', '101.00'),
      tick('t-1', '2026-03-03T10:00:00Z', '100.00'),
      tick('t-2', '2026-03-03T10:01:00Z', '102.00'),
    ]);
    expect(deliveries).toEqual([]);
    expect(rejected).toEqual([
      expect.objectContaining({
        detailType: 'PriceAlert.Set',
        reason: 'detail.customerId: unknown customer (no Customer.Upserted received)',
      }),
    ]);
  });
});
