// SMS and WhatsApp consent keywords end to end through the local stack, as `herald replay` plays them:
// customers' replies are `inbound` lines published to the inbound replies topic; STOP and its equivalents
// in six languages withdraw the channel's consent (ledger, Consent.ChangedByCustomer to the bank, the next
// transactional SMS suppressed), START re-grants, security alerts still go, and an unrelated text changes
// nothing and is nowhere in the log.
import { beforeAll, describe, expect, it } from 'vitest';
import { entry, runReplay } from '../support/replay-harness.ts';

const inbound = (time: string, channel: 'sms' | 'whatsapp', from: string, text: string) =>
  JSON.stringify({ inbound: channel, from, text, Time: time });

/** One customer per keyword, each in the keyword's language. */
const STOPS = [
  ['c-stop', 'en-GB', 'stop'],
  ['c-bang', 'en-GB', 'Stop!'],
  ['c-arret', 'en-GB', 'ARRÊT'],
  ['c-id', 'id-ID', 'BERHENTI'],
  ['c-ar', 'ar-AE', 'توقف'],
  ['c-ro', 'ro-RO', 'Dezabonare.'],
  ['c-vi', 'vi-VN', 'Hủy'],
  ['c-de', 'de-DE', 'STOPP'],
] as const;
const CUSTOMERS = [
  ...STOPS.map(([id, locale]) => [id, locale] as const),
  ['c-start', 'en-GB'],
  ['c-other', 'en-GB'],
  ['c-wa', 'en-GB'],
] as const;
const phoneOf = (customerId: string) =>
  `+4477009${String(CUSTOMERS.findIndex(([id]) => id === customerId)).padStart(5, '0')}`;
const UNRELATED = 'Please call me about my mortgage, ref 88412';

function lines(): string[] {
  const out: string[] = [];
  CUSTOMERS.forEach(([customerId, locale], i) => {
    const t = `2026-03-03T08:00:${String(i).padStart(2, '0')}Z`;
    out.push(
      entry(t, 'Customer.Upserted', {
        eventId: `up-${customerId}`,
        customerId,
        name: { given: 'Kim' },
        locale,
        timeZone: 'Europe/London',
        contacts: {
          phone: phoneOf(customerId),
          ...(customerId === 'c-wa' ? { whatsapp: phoneOf(customerId) } : {}),
        },
      }),
    );
    for (const [channel, category] of [
      ['sms', 'transactional'],
      ['sms', 'marketing'],
      ...(customerId === 'c-wa' ? [['whatsapp', 'transactional']] : []),
    ] as const)
      out.push(
        entry(t, 'Consent.Changed', {
          eventId: `consent-${customerId}-${channel}-${category}`,
          customerId,
          channel,
          category,
          granted: true,
          source: 'app',
        }),
      );
  });
  for (const [customerId, , word] of STOPS)
    out.push(inbound('2026-03-03T10:00:00Z', 'sms', phoneOf(customerId), word));
  out.push(inbound('2026-03-03T10:00:00Z', 'sms', phoneOf('c-start'), 'STOP'));
  out.push(inbound('2026-03-03T10:30:00Z', 'sms', phoneOf('c-start'), 'start'));
  out.push(inbound('2026-03-03T10:00:00Z', 'sms', phoneOf('c-other'), UNRELATED));
  out.push(inbound('2026-03-03T10:00:00Z', 'whatsapp', phoneOf('c-wa').slice(1), 'STOP'));
  // After the replies: a transactional message to everyone, and a security alert to one who texted STOP.
  for (const [customerId] of CUSTOMERS)
    out.push(
      entry('2026-03-03T11:00:00Z', 'Payment.Completed', {
        eventId: `pay-${customerId}`,
        customerId,
        paymentId: `p-${customerId}`,
        amount: '12.50',
        currency: 'EUR',
        payee: 'Water Co',
      }),
    );
  out.push(
    entry('2026-03-03T11:05:00Z', 'Fraud.Suspected', {
      eventId: 'fraud-c-stop',
      customerId: 'c-stop',
      caseId: 'case-c-stop',
      cardId: 'card-1',
      cardLast4: '4242',
      transactions: [
        { amount: '900.00', currency: 'EUR', merchant: 'ACME', occurredAt: '2026-03-03T11:04:00Z' },
      ],
      riskScore: 0.9,
    }),
  );
  return out;
}

let run: Awaited<ReturnType<typeof runReplay>>;
const log: string[] = [];
beforeAll(async () => {
  run = await runReplay(lines(), { operationalLog: (line) => log.push(line) });
}, 240_000);

type ConsentEvent = { customerId: string; category: string; granted: boolean; causedBy: string };
const consentEvents = (customerId: string): ConsentEvent[] =>
  run.emitted
    .filter((e) => e.detailType === 'Consent.ChangedByCustomer')
    .map((e) => e.detail as ConsentEvent)
    .filter((detail) => detail.customerId === customerId);
const paymentSms = (customerId: string) =>
  run.deliveries.find(
    (d) => d.customerId === customerId && d.type === 'payment.confirmation' && d.channel === 'sms',
  );

describe('SMS STOP and its equivalents in six languages', () => {
  it('every inbound line was accepted', () => {
    expect(run.rejected).toEqual([]);
  });

  it.each(STOPS)(
    '%s (%s) texting %j withdraws SMS transactional and marketing consent, and the bank is told',
    (customerId) => {
      expect(consentEvents(customerId)).toEqual([
        expect.objectContaining({
          channel: 'sms',
          category: 'transactional',
          granted: false,
          source: 'sms_keyword',
        }),
        expect.objectContaining({
          channel: 'sms',
          category: 'marketing',
          granted: false,
          source: 'sms_keyword',
        }),
      ]);
      expect(paymentSms(customerId)).toMatchObject({ status: 'suppressed', reason: 'consent' });
    },
  );

  it('the consent event names what caused it and comes from Herald', () => {
    const event = run.emitted.find((e) => e.detailType === 'Consent.ChangedByCustomer');
    expect(event).toMatchObject({ source: 'herald' });
    expect((event?.detail as ConsentEvent | undefined)?.causedBy).toEqual(expect.any(String));
  });

  it('START after STOP re-grants: the next transactional SMS is sent', () => {
    expect(consentEvents('c-start').map((e) => [e.category, e.granted])).toEqual([
      ['transactional', false],
      ['marketing', false],
      ['transactional', true],
      ['marketing', true],
    ]);
    expect(paymentSms('c-start')).toMatchObject({ status: 'sent' });
  });

  it('an unrelated text changes nothing, and its content is in no log line or record', () => {
    expect(consentEvents('c-other')).toEqual([]);
    expect(paymentSms('c-other')).toMatchObject({ status: 'sent' });
    expect(log.some((line) => line.includes('fraud reply') && line.includes('unrecognised'))).toBe(true);
    for (const line of [...log, ...run.herald.records.map((r) => JSON.stringify(r))]) {
      expect(line).not.toContain('mortgage');
      expect(line).not.toContain('88412');
    }
  });

  it('no log line carries a customer’s number', () => {
    for (const line of log)
      for (const [customerId] of CUSTOMERS) expect(line).not.toContain(phoneOf(customerId).slice(1));
  });

  it('a security alert still reaches a customer who texted STOP, by SMS', () => {
    expect(
      run.deliveries.find(
        (d) => d.customerId === 'c-stop' && d.type === 'fraud.alert' && d.channel === 'sms',
      ),
    ).toMatchObject({ status: 'sent', category: 'security' });
  });
});

describe('WhatsApp STOP', () => {
  it('withdraws WhatsApp consent, recorded with source whatsapp_keyword; SMS consent stays', () => {
    expect(consentEvents('c-wa')).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        category: 'transactional',
        granted: false,
        source: 'whatsapp_keyword',
      }),
      expect.objectContaining({
        channel: 'whatsapp',
        category: 'marketing',
        granted: false,
        source: 'whatsapp_keyword',
      }),
    ]);
    expect(paymentSms('c-wa')).toMatchObject({ status: 'sent' });
  });
});
