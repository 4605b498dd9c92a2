// A customer Herald can reach only on WhatsApp (a WhatsApp number, transactional consent on WhatsApp,
// `channelOrder: ["whatsapp"]`) gets every transactional and security type that has WhatsApp copy, each on
// WhatsApp: a type's channels are exactly the channels its copy is written for, so no WhatsApp template
// registered with Meta is one Herald never sends.
import { describe, expect, it } from 'vitest';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import { typeModules as alerts } from '../../shared/notifications/tables/render.ts';
import { typeModules as security } from '../../shared/notifications/tables/render-security.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const CUSTOMER = 'c-wa-only';
const at = (day: number, hour: string) => `2026-03-${String(day).padStart(2, '0')}T${hour}:00Z`;
const event = (time: string, detailType: string, id: string, detail: Record<string, unknown> = {}) =>
  entry(time, detailType, { eventId: id, customerId: CUSTOMER, ...detail });

/** The types the catalogue sends on WhatsApp to a customer who consented to transactional messages. */
const withWhatsApp = Object.values(messageTypes)
  .filter((d) => d.category !== 'marketing' && d.channels.includes('whatsapp'))
  .map((d) => d.type)
  .sort();
const copies = { ...alerts, ...security };
const copyOf = (type: string) => Object.entries(copies).find(([t]) => t === type)?.[1].copy;
/** The transactional and security types whose compiled copy has a (registered) WhatsApp template. */
const withWhatsAppCopy = Object.entries(copies)
  .filter(([, modules]) => modules.copy.category !== 'marketing' && modules.copy.whatsapp !== undefined)
  .map(([type]) => type)
  .sort();

const profile = [
  event(at(2, '08:00'), 'Customer.Upserted', 'wa-profile', {
    name: { given: 'Ana' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { whatsapp: '+447700900123' },
  }),
  event(at(2, '08:00'), 'Consent.Changed', 'wa-consent', {
    channel: 'whatsapp',
    category: 'transactional',
    granted: true,
    source: 'app',
  }),
  event(at(2, '08:00'), 'AlertSettings.Changed', 'wa-settings', {
    lowBalance: { accountId: 'ACC-CURRENT', threshold: '100.00', currency: 'GBP' },
    largeTransaction: { minAmount: '500.00', currency: 'GBP' },
    creditUtilization: { percent: 80 },
    channelOrder: ['whatsapp'],
  }),
];

/** The bank events that raise each type, in the day's working hours (no quiet hours in the way). */
const bankDay = [
  event(at(2, '10:00'), 'Balance.Changed', 'wa-low', {
    accountId: 'ACC-CURRENT',
    balance: '42.10',
    currency: 'GBP',
  }),
  event(at(2, '10:30'), 'Balance.Changed', 'wa-overdraft', {
    accountId: 'ACC-SAVINGS',
    balance: '-15.00',
    currency: 'GBP',
  }),
  event(at(2, '11:00'), 'Balance.Changed', 'wa-credit', {
    accountId: 'ACC-CREDIT',
    balance: '-1700.00',
    currency: 'GBP',
    creditLimit: '2000.00',
  }),
  event(at(2, '12:00'), 'Transaction.Posted', 'wa-large', {
    accountId: 'ACC-CURRENT',
    amount: '750.00',
    currency: 'GBP',
    direction: 'debit',
    channel: 'transfer',
    merchant: { name: 'Oak Lane Lettings', city: 'London', country: 'GB' },
    balanceAfter: '1250.00',
  }),
  event(at(2, '13:00'), 'Payment.Completed', 'wa-payment', {
    paymentId: 'PAY-1',
    amount: '84.50',
    currency: 'GBP',
    payee: 'City Power',
    reference: 'INV-7',
  }),
  event(at(2, '14:00'), 'Customer.SignedUp', 'wa-signed-up', { channel: 'app' }),
  event(at(2, '15:00'), 'Payment.Due', 'wa-bill', {
    billId: 'BILL-2026-03',
    amount: '84.50',
    currency: 'GBP',
    dueDate: '2026-03-20',
    autopay: false,
  }),
  event(at(3, '10:00'), 'Fraud.Suspected', 'wa-fraud', {
    caseId: 'CASE-WA',
    cardId: 'CARD-WA',
    cardLast4: '4242',
    transactions: [
      { amount: '899.99', currency: 'EUR', merchant: 'ELECTRO SHOP LTD', occurredAt: at(3, '09:58') },
    ],
    riskScore: 0.93,
  }),
];

describe('a WhatsApp-only customer (herald replay)', async () => {
  const { herald, deliveries } = await runReplay([...profile, ...bankDay]);
  const mine = deliveries.filter((r) => r.customerId === CUSTOMER);

  it('the catalogue sends on WhatsApp every transactional and security type that has WhatsApp copy', () => {
    expect(withWhatsApp).toEqual(withWhatsAppCopy);
    expect(withWhatsApp).toEqual(
      expect.arrayContaining(['balance.low', 'kyc.reminder', 'payment.confirmation', 'payment_due.reminder']),
    );
  });

  it('gets every transactional and security type that has WhatsApp copy, sent on WhatsApp', () => {
    // Act
    const sent = mine.filter((r) => r.status === 'sent');
    // Assess
    expect([...new Set(sent.map((r) => r.type))].sort()).toEqual(withWhatsAppCopy);
    expect(sent.filter((r) => r.channel !== 'whatsapp')).toEqual([]);
    for (const record of sent) expect(record.template).toBe(`${record.type}/whatsapp/en`);
    // Each went to the WhatsApp provider as the type's registered template.
    const templateOf = Object.fromEntries(withWhatsAppCopy.map((t) => [t, copyOf(t)?.whatsapp?.template]));
    const handed = sent.map((r) => {
      const message = herald.outbox.find((m) => m.providerMessageId === r.providerMessageId);
      return message?.channel === 'whatsapp' ? `${r.type} ${message.template}` : `${r.type} not on WhatsApp`;
    });
    expect(handed).toEqual(sent.map((r) => `${r.type} ${templateOf[r.type]}`));
  });

  it('gets the payment-due reminders before and on the due date, and each KYC reminder, on WhatsApp', () => {
    // Act
    const steps = (type: string) =>
      mine.filter((r) => r.type === type && r.status === 'sent').map((r) => `${r.step} ${r.channel}`);
    // Assess
    expect(steps('payment_due.reminder')).toEqual(['before-3 whatsapp', 'due-date whatsapp']);
    expect(steps('kyc.reminder')).toEqual([
      'reminder-1 whatsapp',
      'reminder-2 whatsapp',
      'reminder-3 whatsapp',
    ]);
  });

  it('no WhatsApp message of the customer failed', () => {
    expect(mine.filter((r) => r.channel === 'whatsapp' && r.status === 'failed')).toEqual([]);
  });
});
