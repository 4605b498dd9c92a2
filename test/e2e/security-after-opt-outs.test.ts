// Security alerts still reach a customer who left everything else: one who unsubscribed from marketing
// e-mail with the one-click link and texted STOP to the SMS number. Consent in Herald's ledger covers
// transactional and marketing messages; a fraud alert needs none (ePrivacy Art. 13 / PECR reg. 22 govern
// direct marketing; in the US, TCPA's exemption for financial institutions asks that a STOP be honoured at
// once). Herald sends a security alert on the channels the customer allows transactional messages on, and
// on the first reachable channel when there is none: here e-mail carries it, and SMS, withdrawn by the STOP,
// is left out (README, "Consent customers can exercise").
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmittedRecord } from '../../local/records.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const PHONE = '+40722000111';
const grant = (channel: string, category: string) =>
  entry('2026-03-02T00:00:01Z', 'Consent.Changed', {
    eventId: `leaver-${channel}-${category}`,
    customerId: 'leaver',
    channel,
    category,
    granted: true,
    source: 'web',
  });
const line = (time: string, fields: Record<string, unknown>) => JSON.stringify({ Time: time, ...fields });

let deliveries: DeliveryRecord[];
let emitted: EmittedRecord[];

beforeAll(async () => {
  const lines = [
    entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
      eventId: 'leaver-u',
      customerId: 'leaver',
      name: { given: 'Ioana' },
      locale: 'ro-RO',
      timeZone: 'Europe/Bucharest',
      contacts: { email: 'leaver@example.com', phone: PHONE },
    }),
    grant('email', 'marketing'),
    grant('email', 'transactional'),
    grant('sms', 'transactional'),
    entry('2026-03-03T08:00:00Z', 'Loan.PreApproved', {
      eventId: 'leaver-offer',
      customerId: 'leaver',
      offerId: 'o1',
      amount: '15000.00',
      currency: 'RON',
      expiresAt: '2026-09-01T00:00:00Z',
    }),
    // The mail client's one-click POST, then STOP to the two-way number.
    line('2026-03-03T09:00:00Z', { click: 'unsubscribe', customerId: 'leaver', method: 'POST' }),
    line('2026-03-03T09:10:00Z', { inbound: 'sms', from: PHONE, text: 'STOP' }),
    entry('2026-03-03T11:05:00Z', 'Fraud.Suspected', {
      eventId: 'leaver-fraud',
      customerId: 'leaver',
      caseId: 'case-leaver',
      cardId: 'card-1',
      cardLast4: '4242',
      transactions: [
        { amount: '900.00', currency: 'RON', merchant: 'ACME', occurredAt: '2026-03-03T11:04:00Z' },
      ],
      riskScore: 0.9,
    }),
  ];
  ({ deliveries, emitted } = await runReplay(lines));
}, 180_000);

describe('a security alert to a customer who unsubscribed from marketing and texted STOP', () => {
  it('first took both opt-outs: marketing e-mail and every SMS withdrawn on the customer’s word', () => {
    const changes = emitted
      .filter((e) => e.detailType === 'Consent.ChangedByCustomer')
      .map((e) => {
        const d = e.detail as { channel: string; category: string; granted: boolean; source: string };
        return `${d.channel} ${d.category} ${d.granted} ${d.source}`;
      })
      .sort();
    expect(changes).toEqual([
      'email marketing false one_click_unsubscribe',
      'sms marketing false sms_keyword',
      'sms transactional false sms_keyword',
    ]);
  });

  it('reaches the customer by e-mail', () => {
    expect(
      deliveries.filter((d) => d.type === 'fraud.alert' && d.channel === 'email').map((d) => d.status),
    ).toEqual(['sent']);
  });

  it('leaves SMS out: the customer withdrew it, and e-mail carries the alert', () => {
    expect(deliveries.find((d) => d.type === 'fraud.alert' && d.channel === 'sms')).toMatchObject({
      status: 'suppressed',
      reason: 'consent',
      category: 'security',
    });
  });
});
