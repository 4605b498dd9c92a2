// Marketing through `herald replay`: explicit opt-in, the daily cap in the customer's time zone, expiry,
// and one message per channel however often the bank sends the same event.
import { describe, expect, it } from 'vitest';
import { entry, runReplay } from '../support/replay-harness.ts';

const profile = (id: string) =>
  entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
    eventId: `${id}-u`,
    customerId: id,
    name: { given: 'Ioana' },
    locale: 'ro-RO',
    timeZone: 'Europe/Bucharest',
    contacts: { email: `${id}@example.com` },
  });
const optIn = (id: string) =>
  entry('2026-03-02T00:00:01Z', 'Consent.Changed', {
    eventId: `${id}-m`,
    customerId: id,
    channel: 'email',
    category: 'marketing',
    granted: true,
    source: 'web',
  });
const offer = (id: string, offerId: string, time: string, expiresAt = '2026-04-01T00:00:00Z') =>
  entry(time, 'Loan.PreApproved', {
    eventId: `${id}-${offerId}`,
    customerId: id,
    offerId,
    amount: '15000.00',
    currency: 'RON',
    expiresAt,
  });

async function outcomes(lines: string[]) {
  const { deliveries, rejected } = await runReplay(lines);
  expect(rejected).toEqual([]);
  return deliveries.map((r) => `${r.eventId} ${r.channel} ${r.status} ${r.reason ?? ''}`.trim());
}

describe('marketing (herald replay)', () => {
  it('suppresses an offer to a customer without marketing consent (reason consent)', async () => {
    expect(await outcomes([profile('a'), offer('a', 'o1', '2026-03-03T10:00:00Z')])).toEqual([
      'a-o1 email suppressed consent',
      'a-o1 push suppressed no_contact',
      'a-o1 sms suppressed no_contact',
    ]);
  });

  it('sends two offers in one local day and suppresses the third (frequency_cap); the next local day is new', async () => {
    const lines = [
      profile('b'),
      optIn('b'),
      offer('b', 'o1', '2026-03-03T08:00:00Z'), // 10:00 in Bucharest
      offer('b', 'o2', '2026-03-03T12:00:00Z'),
      offer('b', 'o3', '2026-03-03T18:00:00Z'), // 20:00, same local day
      offer('b', 'o4', '2026-03-04T06:00:00Z'), // 08:00 next local day
    ];
    expect(await outcomes(lines)).toEqual([
      'b-o1 email sent',
      'b-o2 email sent',
      'b-o3 email suppressed frequency_cap',
      'b-o4 email sent',
    ]);
  });

  it('never sends an offer that has expired, and records why (suppressed, expired), once', async () => {
    // Prepare: the expired offer delivered twice
    const expired = offer('c', 'old', '2026-03-03T10:00:00Z', '2026-03-01T00:00:00Z');
    const redelivered = expired.replace('"Time":"2026-03-03T10:00:00Z"', '"Time":"2026-03-03T10:05:00Z"');
    // Act
    const result = await outcomes([profile('c'), optIn('c'), expired, redelivered]);
    // Assess
    expect(result).toEqual(['c-old email suppressed expired']);
  });

  it('never sends an offer that expires while it waits for quiet hours to end (suppressed, expired)', async () => {
    // Prepare: quiet hours 22:00–07:00 Bucharest; the offer arrives at 23:00 local and expires at 06:00 local
    const settings = entry('2026-03-02T00:00:02Z', 'AlertSettings.Changed', {
      eventId: 'e-quiet',
      customerId: 'e',
      quietHours: { start: '22:00', end: '07:00' },
    });
    const late = offer('e', 'late', '2026-03-03T21:00:00Z', '2026-03-04T04:00:00Z');
    // Act
    const result = await outcomes([profile('e'), optIn('e'), settings, late]);
    // Assess
    expect(result).toEqual(['e-late email deferred quiet_hours', 'e-late email suppressed expired']);
  });

  it('sends one message per channel when the same event is delivered three times', async () => {
    const same = offer('d', 'o1', '2026-03-03T10:00:00Z');
    const again = same.replace('"Time":"2026-03-03T10:00:00Z"', '"Time":"2026-03-03T10:05:00Z"');
    const late = same.replace('"Time":"2026-03-03T10:00:00Z"', '"Time":"2026-03-03T12:00:00Z"');
    expect(await outcomes([profile('d'), optIn('d'), same, again, late])).toEqual(['d-o1 email sent']);
  });
});
