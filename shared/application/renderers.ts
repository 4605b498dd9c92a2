// What the render function writes: the alerts and notices of single bank events.
import { renderBalanceCreditUtilization } from '../domain/templates/balance-credit-utilization.ts';
import { renderBalanceOverdraft } from '../domain/templates/balance-overdraft.ts';
import { renderLoanPreapproved } from '../domain/templates/loan-preapproved.ts';
import { renderPaymentConfirmation } from '../domain/templates/payment-confirmation.ts';
import { priceAlertData, renderPriceAlert } from '../domain/templates/price-alert.ts';
import { renderStatementReady } from '../domain/templates/statement-ready.ts';
import { renderTaxReminder } from '../domain/templates/tax-reminder.ts';
import { renderTransactionLarge } from '../domain/templates/transaction-large.ts';
import type { RendererTable } from '../domain/templates/type-renderer.ts';
import { transactionLargeData } from '../domain/transactions.ts';
import { renderers as generated } from '../notifications/tables/render.ts';
import { legacyRenderer, optional, type Renderer, text } from './render-job.ts';

/**
 * The message types the render function writes: alerts and notices; a trigger's new type is added here
 * with its template. Journey messages are written by render-journeys (journey-renderers.ts), fraud alerts
 * and the fraud reply loop's messages by render-security (security-renderers.ts).
 */
const legacy: Record<string, Renderer> = {
  'balance.overdraft': (channel, options, data) =>
    renderBalanceOverdraft(channel, {
      ...options,
      data: {
        accountId: text(data, 'accountId'),
        balance: text(data, 'balance'),
        currency: text(data, 'currency'),
        ...optional(data, 'overdraftLimit'),
      },
    }),
  'balance.credit_utilization': (channel, options, data) =>
    renderBalanceCreditUtilization(channel, {
      ...options,
      data: {
        accountId: text(data, 'accountId'),
        used: text(data, 'used'),
        creditLimit: text(data, 'creditLimit'),
        currency: text(data, 'currency'),
        thresholdPercent: text(data, 'thresholdPercent'),
      },
    }),
  // No "not you?" link yet (it comes with the reply service): the e-mail leaves the button out.
  'transaction.large': (channel, options, data) =>
    renderTransactionLarge(channel, { ...options, data: transactionLargeData(data) }),
  'payment.confirmation': (channel, options, data) =>
    renderPaymentConfirmation(channel, {
      ...options,
      data: {
        paymentId: text(data, 'paymentId'),
        amount: text(data, 'amount'),
        currency: text(data, 'currency'),
        payee: text(data, 'payee'),
        completedAt: text(data, 'completedAt'),
        ...optional(data, 'reference'),
      },
    }),
  'statement.ready': (channel, options, data) =>
    renderStatementReady(channel, {
      ...options,
      data: { accountId: text(data, 'accountId'), period: text(data, 'period'), ...optional(data, 'url') },
    }),
  // Offer and preference links live on the bank's site; signed one-click links come with the reply service.
  'loan.preapproved': (channel, options, data) =>
    renderLoanPreapproved(channel, {
      ...options,
      data: {
        offerId: text(data, 'offerId'),
        amount: text(data, 'amount'),
        currency: text(data, 'currency'),
        expiresAt: text(data, 'expiresAt'),
        offerUrl: `${options.brand.url ?? ''}/offers/${encodeURIComponent(text(data, 'offerId'))}`,
        unsubscribeUrl: `${options.brand.url ?? ''}/preferences/marketing`,
      },
    }),
  'tax.reminder': (channel, options, data) =>
    renderTaxReminder(channel, {
      ...options,
      data: {
        reminderId: text(data, 'reminderId'),
        symbol: text(data, 'symbol'),
        date: text(data, 'date'),
        ...optional(data, 'note'),
      },
    }),
  'price.alert': (channel, options, data) =>
    renderPriceAlert(channel, { ...options, data: priceAlertData(data) }),
};

export const standardRenderers: RendererTable = {
  ...generated,
  ...Object.fromEntries(Object.entries(legacy).map(([type, render]) => [type, legacyRenderer(render)])),
};
