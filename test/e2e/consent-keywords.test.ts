// SMS and WhatsApp consent keywords end to end through the local stack, as `herald replay` plays them:
// customers' replies are `inbound` lines published to the inbound replies topic; STOP and its equivalents
// in six languages withdraw the channel's consent (ledger, Consent.ChangedByCustomer to the bank, the next
// transactional SMS suppressed), START re-grants, security alerts still go unless End User Messaging's own
// opt-out list refuses them, HELP is answered by SMS in the customer's language, and an unrelated text
// changes nothing and is nowhere in the log. The local SNS stand-in keeps End User Messaging's opt-out list
// (local/sms-opt-outs.ts): a send it refuses is `suppressed` / `opted_out`, and the ledger takes its word.
import { beforeAll, describe, expect, it } from 'vitest';
import { entry, runReplay } from '../support/replay-harness.ts';

const inbound = (time: string, channel: 'sms' | 'whatsapp', from: string, text: string, id?: string) =>
  JSON.stringify({ inbound: channel, from, text, Time: time, ...(id ? { id } : {}) });

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
  ['c-help', 'en-GB'],
  ['c-hilfe', 'de-DE'],
  ['c-regrant', 'en-GB'],
] as const;
const phoneOf = (customerId: string) =>
  `+4477009${String(CUSTOMERS.findIndex(([id]) => id === customerId)).padStart(5, '0')}`;
const UNRELATED = 'Please call me about my mortgage, ref 88412';
/** A number no customer has, texting HELP in Indonesian. */
const STRANGER = '+447700911111';
const STRANGERS_HELP = 'Bantuan';

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
  // HELP, its German equivalent, the same HELP redelivered (same provider id), and a stranger's HELP.
  out.push(inbound('2026-03-03T10:05:00Z', 'sms', phoneOf('c-help'), 'help', 'eum-help-1'));
  out.push(inbound('2026-03-03T10:05:30Z', 'sms', phoneOf('c-help'), 'help', 'eum-help-1'));
  out.push(inbound('2026-03-03T10:06:00Z', 'sms', phoneOf('c-hilfe'), 'Hilfe!'));
  out.push(inbound('2026-03-03T10:07:00Z', 'sms', STRANGER, STRANGERS_HELP));
  // HELP from a number on End User Messaging's opt-out list.
  out.push(inbound('2026-03-03T10:08:00Z', 'sms', phoneOf('c-stop'), 'HELP'));
  // STOP reaches both lists; then the bank grants SMS again on its own word: the lists disagree.
  out.push(inbound('2026-03-03T10:00:00Z', 'sms', phoneOf('c-regrant'), 'STOP'));
  out.push(
    entry('2026-03-03T10:20:00Z', 'Consent.Changed', {
      eventId: 'consent-c-regrant-branch',
      customerId: 'c-regrant',
      channel: 'sms',
      category: 'transactional',
      granted: true,
      source: 'branch',
    }),
  );
  out.push(
    entry('2026-03-03T12:00:00Z', 'Payment.Completed', {
      eventId: 'pay-c-regrant-2',
      customerId: 'c-regrant',
      paymentId: 'p-c-regrant-2',
      amount: '8.00',
      currency: 'EUR',
      payee: 'Gas Co',
    }),
  );
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
  // A security alert to one who texted STOP (on End User Messaging's list too) and to one who texted
  // BERHENTI (Herald's word; End User Messaging's default list does not have it).
  for (const customerId of ['c-stop', 'c-id'])
    out.push(
      entry('2026-03-03T11:05:00Z', 'Fraud.Suspected', {
        eventId: `fraud-${customerId}`,
        customerId,
        caseId: `case-${customerId}`,
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

type ConsentEvent = {
  customerId: string;
  category: string;
  granted: boolean;
  source: string;
  causedBy: string;
};
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
    expect(log.length).toBeGreaterThan(0);
    for (const line of log)
      for (const [customerId] of CUSTOMERS) expect(line).not.toContain(phoneOf(customerId).slice(1));
  });

  const fraudSms = (customerId: string) =>
    run.deliveries.find(
      (d) => d.customerId === customerId && d.type === 'fraud.alert' && d.channel === 'sms',
    );

  it('a security alert still reaches, by SMS, a customer whose STOP only Herald heard (BERHENTI)', () => {
    expect(fraudSms('c-id')).toMatchObject({ status: 'sent', category: 'security' });
  });

  it('a security alert to a number on End User Messaging’s opt-out list is planned, and refused there', () => {
    expect(fraudSms('c-stop')).toMatchObject({
      status: 'suppressed',
      reason: 'opted_out',
      category: 'security',
    });
    expect(run.herald.outbox.filter((m) => m.channel === 'sms' && m.to === phoneOf('c-stop'))).toEqual([]);
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

describe('HELP', () => {
  const helpRecords = () => run.deliveries.filter((d) => d.type === 'consent.help');
  const smsTo = (phone: string) =>
    run.herald.outbox.flatMap((m) => (m.channel === 'sms' && m.to === phone ? [m.text] : []));

  it('is answered by SMS in the customer’s language, once however often the reply is delivered', () => {
    expect(
      helpRecords()
        .filter((d) => d.customerId !== 'c-stop')
        .map((d) => [d.customerId, d.channel, d.status, d.category, d.locale]),
    ).toEqual([
      ['c-help', 'sms', 'sent', 'security', 'en'],
      ['c-hilfe', 'sms', 'sent', 'security', 'de'],
    ]);
    expect(smsTo(phoneOf('c-help')).filter((text) => text.includes('Reply STOP'))).toEqual([
      'Demo Bank: texts about your account. Reply STOP to stop them, START to get them again. Help: https://bank.example or the number on your card.',
    ]);
    expect(smsTo(phoneOf('c-hilfe')).filter((text) => text.includes('STOPP'))).toEqual([
      'Demo Bank: SMS zu Ihrem Konto. Antworten Sie STOPP zum Beenden, ANMELDEN zum Neustart. Hilfe: https://bank.example oder die Nummer auf Ihrer Karte.',
    ]);
  });

  it('changes no consent', () => {
    expect(consentEvents('c-help')).toEqual([]);
    expect(paymentSms('c-help')).toMatchObject({ status: 'sent' });
  });

  it('from a number that is no customer’s sends nothing, and neither the number nor the text is logged', () => {
    expect(helpRecords().filter((d) => !['c-help', 'c-hilfe', 'c-stop'].includes(d.customerId))).toEqual([]);
    expect(smsTo(STRANGER)).toEqual([]);
    expect(log.some((line) => line.includes('"keyword":"help"') && line.includes('"answered":false'))).toBe(
      true,
    );
    for (const line of [...log, ...run.herald.records.map((r) => JSON.stringify(r))]) {
      expect(line).not.toContain(STRANGER.slice(1));
      expect(line).not.toContain(STRANGERS_HELP);
    }
  });
});

describe('End User Messaging’s opt-out list', () => {
  it('refuses the answer to HELP from a number on it: suppressed, opted_out; the ledger agrees already', () => {
    expect(run.deliveries.filter((d) => d.type === 'consent.help' && d.customerId === 'c-stop')).toEqual([
      expect.objectContaining({ channel: 'sms', status: 'suppressed', reason: 'opted_out' }),
    ]);
    expect(consentEvents('c-stop').map((e) => e.source)).toEqual(['sms_keyword', 'sms_keyword']);
  });

  it('a send it refuses after the bank granted SMS again is suppressed, opted_out, and the ledger takes its word', () => {
    const refused = paymentSms('c-regrant');
    expect(refused).toMatchObject({ status: 'suppressed', reason: 'opted_out' });
    expect(
      consentEvents('c-regrant').map((e) => {
        const { category, granted, source, causedBy } = e;
        return [category, granted, source, causedBy];
      }),
    ).toEqual([
      ['transactional', false, 'sms_keyword', expect.any(String)],
      ['marketing', false, 'sms_keyword', expect.any(String)],
      ['transactional', false, 'provider_opt_out', refused?.notificationId],
      ['marketing', false, 'provider_opt_out', refused?.notificationId],
    ]);
  });

  it('the next SMS is suppressed for consent by Herald itself, before the provider is asked', () => {
    expect(run.deliveries.find((d) => d.eventId === 'pay-c-regrant-2' && d.channel === 'sms')).toMatchObject({
      status: 'suppressed',
      reason: 'consent',
    });
  });
});
