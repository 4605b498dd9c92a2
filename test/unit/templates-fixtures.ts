// Shared by the template tests: one renderer and realistic data per message type, and a customer per language.

import type { Brand, RenderedMessage, RenderOptions } from '../../shared/domain/templates/render.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import type { MessageData, MessageType } from '../../shared/notifications/catalogue.ts';
import { typeModules as renderModules } from '../../shared/notifications/tables/render.ts';
import { typeModules as securityModules } from '../../shared/notifications/tables/render-security.ts';

export type Channel = 'email' | 'sms' | 'push' | 'whatsapp';

export const brand: Brand = { name: 'Herald Bank', url: 'https://bank.example/app' };

/** A customer per language Herald writes, with a currency of that market. */
export const customers = [
  { language: 'en', locale: 'en-GB', timeZone: 'Europe/London', currency: 'GBP', givenName: 'Ana' },
  { language: 'id', locale: 'id-ID', timeZone: 'Asia/Jakarta', currency: 'IDR', givenName: 'Budi' },
  { language: 'ar', locale: 'ar-AE', timeZone: 'Asia/Dubai', currency: 'AED', givenName: 'ليلى' },
  { language: 'ro', locale: 'ro-RO', timeZone: 'Europe/Bucharest', currency: 'RON', givenName: 'Ioana' },
  { language: 'vi', locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND', givenName: 'Lan' },
  { language: 'de', locale: 'de-DE', timeZone: 'Europe/Berlin', currency: 'EUR', givenName: 'Jonas' },
] as const;

/** Links a type's sign() makes (fraud alerts' YES/NO), as the render function would pass them. */
export type Signed = Partial<Record<'cta' | 'yes' | 'no', string>>;

type Renderer<T extends MessageType> = (
  channel: Channel,
  options: RenderOptions<MessageData[T]>,
  signed?: Signed,
) => RenderedMessage;

/** The signed YES/NO links of the fraud alert's cases. */
export const FRAUD_LINKS: Signed = {
  yes: 'https://herald.example/f/case-77/yes?sig=abc',
  no: 'https://herald.example/f/case-77/no?sig=abc',
};

interface Case<T extends MessageType> {
  render: Renderer<T>;
  channels: Channel[];
  data: (currency: string) => MessageData[T];
}

export const cases: { [T in MessageType]: Case<T> } = {
  'balance.low': {
    render: (channel, options) => writeMessage(renderModules['balance.low'], channel, options),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      accountId: 'ACC-1001',
      accountLast4: '1001',
      balance: '42.10',
      threshold: '100.00',
      currency,
    }),
  },
  'balance.overdraft': {
    render: (channel, options) => writeMessage(renderModules['balance.overdraft'], channel, options),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      accountId: 'ACC-1001',
      accountLast4: '1001',
      balance: '-120.50',
      currency,
      overdraftLimit: '500.00',
    }),
  },
  'balance.credit_utilization': {
    render: (channel, options) => writeMessage(renderModules['balance.credit_utilization'], channel, options),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      accountId: 'CC-7788',
      accountLast4: '7788',
      used: '4250.00',
      creditLimit: '5000.00',
      currency,
      thresholdPercent: '80',
    }),
  },
  'transaction.large': {
    render: (channel, options) => writeMessage(renderModules['transaction.large'], channel, options),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      accountId: 'ACC-1001',
      accountLast4: '1001',
      amount: '1250.00',
      currency,
      direction: 'debit',
      channel: 'card',
      merchant: { name: 'ELECTROWORLD', city: 'London', country: 'GB' },
      cardLast4: '4242',
      balanceAfter: '842.10',
      occurredAt: '2026-03-03T10:12:00Z',
      minAmount: '500.00',
      reportUrl: 'https://herald.example/r/abc?sig=1&x=2',
    }),
  },
  'fraud.alert': {
    render: (channel, options, signed = FRAUD_LINKS) =>
      writeMessage(securityModules['fraud.alert'], channel, options, signed ? { signed } : {}),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      caseId: 'case-77',
      cardLast4: '4242',
      transactions: [
        { amount: '1250.00', currency, merchant: 'ELECTROWORLD LONDON', occurredAt: '2026-03-03T10:12:00Z' },
        { amount: '89.99', currency, merchant: 'APP STORE', occurredAt: '2026-03-03T10:05:00Z' },
      ],
      replyBy: '2026-03-03T12:12:00Z',
    }),
  },
  'fraud.escalation': {
    render: (channel, options) => writeMessage(securityModules['fraud.escalation'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({ caseId: 'case-77', cardLast4: '4242', answerBy: '2026-03-03T12:27:00Z' }),
  },
  'fraud.confirmation': {
    render: (channel, options) => writeMessage(securityModules['fraud.confirmation'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({ caseId: 'case-77', cardLast4: '4242', reason: 'no_reply_by_deadline' }),
  },
  'fraud.thanks': {
    render: (channel, options) => writeMessage(securityModules['fraud.thanks'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({ caseId: 'case-77', cardLast4: '4242' }),
  },
  'consent.help': {
    render: (channel, options) => writeMessage(renderModules['consent.help'], channel, options),
    channels: ['sms'],
    data: () => ({}),
  },
  'payment.confirmation': {
    render: (channel, options) => writeMessage(renderModules['payment.confirmation'], channel, options),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      paymentId: 'PAY-20260303-0042',
      amount: '250.00',
      currency,
      payee: 'Thames Water',
      reference: 'INV 2026/03',
      completedAt: '2026-03-03T09:30:00Z',
    }),
  },
  'statement.ready': {
    render: (channel, options) => writeMessage(renderModules['statement.ready'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({
      accountId: 'ACC-1001',
      accountLast4: '1001',
      period: '2026-02',
      url: 'https://bank.example/statements/2026-02',
    }),
  },
  'loan.preapproved': {
    render: (channel, options) => writeMessage(renderModules['loan.preapproved'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: (currency) => ({
      offerId: 'offer-9',
      amount: '25000.00',
      currency,
      expiresAt: '2026-03-31T23:59:59+02:00',
      representativeExample: {
        apr: '9.9',
        interestRate: '9.5',
        termMonths: '60',
        borrowed: '10000.00',
        monthlyRepayment: '210.03',
        totalPayable: '12601.80',
      },
      offerUrl: 'https://bank.example/offers/offer-9',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'tax.reminder': {
    render: (channel, options) => writeMessage(renderModules['tax.reminder'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({
      reminderId: 'rem-1',
      symbol: 'VWRL.L',
      date: '2026-04-05',
      note: 'Report the dividend income from the ETF before the end of the tax year.',
    }),
  },
  'price.alert': {
    render: (channel, options) => writeMessage(renderModules['price.alert'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: (currency) => ({
      symbol: 'BRK.B',
      price: '412.35',
      currency,
      direction: 'above',
      alertPrices: ['410.00'],
      occurredAt: '2026-03-03T14:31:07Z',
    }),
  },
  'card_activation.welcome': {
    render: (channel, options) => writeMessage(renderModules['card_activation.welcome'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({ cardLast4: '4242', product: 'Visa Platinum' }),
  },
  'card_activation.reminder': {
    render: (channel, options) => writeMessage(renderModules['card_activation.reminder'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({ cardLast4: '4242', reminder: '3', reminders: '3' }),
  },
  'card_activation.offers': {
    render: (channel, options) => writeMessage(renderModules['card_activation.offers'], channel, options),
    channels: ['email', 'push'],
    data: () => ({ cardLast4: '4242', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'card_activation.nudge': {
    render: (channel, options) => writeMessage(renderModules['card_activation.nudge'], channel, options),
    channels: ['email', 'sms', 'push'],
    data: () => ({
      cardLast4: '4242',
      spendWindowDays: '30',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'card_activation.incentive': {
    render: (channel, options) => writeMessage(renderModules['card_activation.incentive'], channel, options),
    channels: ['email', 'push'],
    data: (currency) => ({
      cardLast4: '4242',
      spendAmount: '500.00',
      currency,
      spendWithinDays: '30',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'win_back.missed': {
    render: (channel, options) => writeMessage(renderModules['win_back.missed'], channel, options),
    channels: ['email', 'push'],
    data: () => ({
      inactiveDays: '30',
      message: '1',
      messages: '3',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'survey.request': {
    render: (channel, options) => writeMessage(renderModules['survey.request'], channel, options),
    channels: ['email', 'push'],
    data: () => ({
      milestone: 'first_90_days',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'kyc.reminder': {
    render: (channel, options) => writeMessage(renderModules['kyc.reminder'], channel, options),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: () => ({ missing: ['selfie', 'id_document', 'proof_of_address'], reminder: '3', reminders: '3' }),
  },
  'onboarding.self_employed': {
    render: (channel, options) => writeMessage(renderModules['onboarding.self_employed'], channel, options),
    channels: ['email', 'push'],
    data: () => ({ topic: 'expense_tracking', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'onboarding.student': {
    render: (channel, options) => writeMessage(renderModules['onboarding.student'], channel, options),
    channels: ['email', 'push'],
    data: () => ({ topic: 'round_ups', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'onboarding.general': {
    render: (channel, options) => writeMessage(renderModules['onboarding.general'], channel, options),
    channels: ['email', 'push'],
    data: () => ({ topic: 'app_basics', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'payment_due.reminder': {
    // The customer the reminder is for: its WhatsApp quick reply carries them (AUTOPAY:<customerId>:<billId>).
    render: (channel, options) =>
      writeMessage(renderModules['payment_due.reminder'], channel, options, { customerId: 'c-1' }),
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      billId: 'BILL-2026-03',
      amount: '1250.00',
      currency,
      dueDate: '2026-03-12',
      minimumDue: '125.00',
      days: '3',
    }),
  },
};

export const messageTypes = Object.keys(cases) as MessageType[];

/** Renders `type` for `channel` with the case's data, overridden by `data`. */
export function renderCase<T extends MessageType>(
  type: T,
  channel: Channel,
  options: Omit<RenderOptions<MessageData[T]>, 'data' | 'brand'> & {
    brand?: Brand;
    currency?: string;
    signed?: Signed;
  },
  data?: Partial<MessageData[T]>,
): RenderedMessage {
  const c = cases[type] as Case<T>;
  const { currency = 'EUR', brand: b = brand, signed, ...rest } = options;
  return c.render(channel, { ...rest, brand: b, data: { ...c.data(currency), ...data } }, signed);
}
