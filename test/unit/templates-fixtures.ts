// Shared by the template tests: one renderer and realistic data per message type, and a customer per language.
import { renderBalanceCreditUtilization } from '../../shared/domain/templates/balance-credit-utilization.ts';
import { renderBalanceLow } from '../../shared/domain/templates/balance-low.ts';
import { renderBalanceOverdraft } from '../../shared/domain/templates/balance-overdraft.ts';
import { renderCardActivationIncentive } from '../../shared/domain/templates/card-activation-incentive.ts';
import { renderCardActivationNudge } from '../../shared/domain/templates/card-activation-nudge.ts';
import { renderCardActivationOffers } from '../../shared/domain/templates/card-activation-offers.ts';
import { renderCardActivationReminder } from '../../shared/domain/templates/card-activation-reminder.ts';
import { renderCardActivationWelcome } from '../../shared/domain/templates/card-activation-welcome.ts';
import type { MessageData, MessageType } from '../../shared/domain/templates/data.ts';
import { renderFraudAlert } from '../../shared/domain/templates/fraud-alert.ts';
import { renderFraudConfirmation } from '../../shared/domain/templates/fraud-confirmation.ts';
import { renderFraudEscalation } from '../../shared/domain/templates/fraud-escalation.ts';
import { renderFraudThanks } from '../../shared/domain/templates/fraud-thanks.ts';
import { renderKycReminder } from '../../shared/domain/templates/kyc-reminder.ts';
import { renderLoanPreapproved } from '../../shared/domain/templates/loan-preapproved.ts';
import { renderOnboardingGeneral } from '../../shared/domain/templates/onboarding-general.ts';
import { renderOnboardingSelfEmployed } from '../../shared/domain/templates/onboarding-self-employed.ts';
import { renderOnboardingStudent } from '../../shared/domain/templates/onboarding-student.ts';
import { renderPaymentConfirmation } from '../../shared/domain/templates/payment-confirmation.ts';
import { renderPaymentDueReminder } from '../../shared/domain/templates/payment-due-reminder.ts';
import { renderPriceAlert } from '../../shared/domain/templates/price-alert.ts';
import type { Brand, RenderedMessage, RenderOptions } from '../../shared/domain/templates/render.ts';
import { renderStatementReady } from '../../shared/domain/templates/statement-ready.ts';
import { renderSurveyRequest } from '../../shared/domain/templates/survey-request.ts';
import { renderTaxReminder } from '../../shared/domain/templates/tax-reminder.ts';
import { renderTransactionLarge } from '../../shared/domain/templates/transaction-large.ts';
import { renderWinBackMissed } from '../../shared/domain/templates/win-back-missed.ts';

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

type Renderer<T extends MessageType> = (
  channel: Channel,
  options: RenderOptions<MessageData[T]>,
) => RenderedMessage;

interface Case<T extends MessageType> {
  render: Renderer<T>;
  channels: Channel[];
  data: (currency: string) => MessageData[T];
}

export const cases: { [T in MessageType]: Case<T> } = {
  'balance.low': {
    render: renderBalanceLow,
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({ accountId: 'ACC-1001', balance: '42.10', threshold: '100.00', currency }),
  },
  'balance.overdraft': {
    render: renderBalanceOverdraft,
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({ accountId: 'ACC-1001', balance: '-120.50', currency, overdraftLimit: '500.00' }),
  },
  'balance.credit_utilization': {
    render: renderBalanceCreditUtilization,
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      accountId: 'CC-7788',
      used: '4250.00',
      creditLimit: '5000.00',
      currency,
      thresholdPercent: '80',
    }),
  },
  'transaction.large': {
    render: renderTransactionLarge,
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      accountId: 'ACC-1001',
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
    render: renderFraudAlert,
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: (currency) => ({
      caseId: 'case-77',
      cardLast4: '4242',
      transactions: [
        { amount: '1250.00', currency, merchant: 'ELECTROWORLD LONDON', occurredAt: '2026-03-03T10:12:00Z' },
        { amount: '89.99', currency, merchant: 'APP STORE', occurredAt: '2026-03-03T10:05:00Z' },
      ],
      replyBy: '2026-03-03T12:12:00Z',
      yesUrl: 'https://herald.example/f/case-77/yes?sig=abc',
      noUrl: 'https://herald.example/f/case-77/no?sig=abc',
    }),
  },
  'fraud.escalation': {
    render: renderFraudEscalation,
    channels: ['email', 'sms', 'push'],
    data: () => ({ caseId: 'case-77', cardLast4: '4242', answerBy: '2026-03-03T12:27:00Z' }),
  },
  'fraud.confirmation': {
    render: renderFraudConfirmation,
    channels: ['email', 'sms', 'push'],
    data: () => ({ caseId: 'case-77', cardLast4: '4242', reason: 'no_reply_by_deadline' }),
  },
  'fraud.thanks': {
    render: renderFraudThanks,
    channels: ['email', 'sms', 'push'],
    data: () => ({ caseId: 'case-77', cardLast4: '4242' }),
  },
  'payment.confirmation': {
    render: renderPaymentConfirmation,
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
    render: renderStatementReady,
    channels: ['email', 'sms', 'push'],
    data: () => ({
      accountId: 'ACC-1001',
      period: '2026-02',
      url: 'https://bank.example/statements/2026-02',
    }),
  },
  'loan.preapproved': {
    render: renderLoanPreapproved,
    channels: ['email', 'sms', 'push'],
    data: (currency) => ({
      offerId: 'offer-9',
      amount: '25000.00',
      currency,
      expiresAt: '2026-03-31T23:59:59+02:00',
      offerUrl: 'https://bank.example/offers/offer-9',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'tax.reminder': {
    render: renderTaxReminder,
    channels: ['email', 'sms', 'push'],
    data: () => ({
      reminderId: 'rem-1',
      symbol: 'VWRL.L',
      date: '2026-04-05',
      note: 'Report the dividend income from the ETF before the end of the tax year.',
    }),
  },
  'price.alert': {
    render: renderPriceAlert,
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
    render: renderCardActivationWelcome,
    channels: ['email', 'sms', 'push'],
    data: () => ({ cardLast4: '4242', product: 'Visa Platinum' }),
  },
  'card_activation.reminder': {
    render: renderCardActivationReminder,
    channels: ['email', 'sms', 'push'],
    data: () => ({ cardLast4: '4242', reminder: '3', reminders: '3' }),
  },
  'card_activation.offers': {
    render: renderCardActivationOffers,
    channels: ['email', 'push'],
    data: () => ({ cardLast4: '4242', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'card_activation.nudge': {
    render: renderCardActivationNudge,
    channels: ['email', 'sms', 'push'],
    data: () => ({
      cardLast4: '4242',
      spendWindowDays: '30',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'card_activation.incentive': {
    render: renderCardActivationIncentive,
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
    render: renderWinBackMissed,
    channels: ['email', 'push'],
    data: () => ({
      inactiveDays: '30',
      message: '1',
      messages: '3',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'survey.request': {
    render: renderSurveyRequest,
    channels: ['email', 'push'],
    data: () => ({
      milestone: 'first_90_days',
      unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc',
    }),
  },
  'kyc.reminder': {
    render: renderKycReminder,
    channels: ['email', 'sms', 'push', 'whatsapp'],
    data: () => ({ missing: ['selfie', 'id_document', 'proof_of_address'], reminder: '3', reminders: '3' }),
  },
  'onboarding.self_employed': {
    render: renderOnboardingSelfEmployed,
    channels: ['email', 'push'],
    data: () => ({ topic: 'expense_tracking', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'onboarding.student': {
    render: renderOnboardingStudent,
    channels: ['email', 'push'],
    data: () => ({ topic: 'round_ups', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'onboarding.general': {
    render: renderOnboardingGeneral,
    channels: ['email', 'push'],
    data: () => ({ topic: 'app_basics', unsubscribeUrl: 'https://herald.example/u/c-1?sig=abc' }),
  },
  'payment_due.reminder': {
    // The customer the reminder is for: its WhatsApp quick reply carries them (AUTOPAY:<customerId>:<billId>).
    render: (channel, options) => renderPaymentDueReminder(channel, options, { customerId: 'c-1' }),
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
  options: Omit<RenderOptions<MessageData[T]>, 'data' | 'brand'> & { brand?: Brand; currency?: string },
  data?: Partial<MessageData[T]>,
): RenderedMessage {
  const c = cases[type] as Case<T>;
  const { currency = 'EUR', brand: b = brand, ...rest } = options;
  return c.render(channel, { ...rest, brand: b, data: { ...c.data(currency), ...data } });
}
