import { messageTypes as catalogue } from '../notifications/catalogue.ts';
import type { Experiment } from './experiments.ts';
import type { Urgency } from './policy/quiet-hours.ts';
import type { Category, Channel } from './profile.ts';

/** How one notification type is delivered. */
export interface MessageTypeSpec {
  category: Category;
  /** `immediate` ignores quiet hours (security alerts do anyway). */
  urgency: Urgency;
  /** The type's channels in their default order; the customer's `channelOrder` puts its channels first. */
  channels: readonly Channel[];
  /**
   * `every`: one message on each channel the customer can and may be reached on (alerts the customer
   * asked for on several channels); `first`: one message on the first such channel.
   */
  delivery: 'every' | 'first';
  /** An A/B test of this type's copy: each customer's variant is recorded on every delivery record. */
  experiment?: Experiment;
}

export const messageTypes: Record<string, MessageTypeSpec> = {
  ...catalogue,
  'balance.overdraft': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'sms'],
    delivery: 'every',
  },
  'balance.credit_utilization': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'sms'],
    delivery: 'every',
  },
  'transaction.large': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['push', 'sms', 'email'],
    delivery: 'first',
  },
  'fraud.alert': {
    category: 'security',
    urgency: 'immediate',
    channels: ['sms', 'push', 'whatsapp', 'email'],
    delivery: 'every',
  },
  // The fraud reply loop (shared/domain/journeys/fraud-reply.ts). The escalation goes once, on the first
  // channel that reaches the customer in an order that starts where the alert's does not (the alert's
  // first channel is sms): the next channel. The outcome messages go on the first channel that reaches.
  'fraud.escalation': {
    category: 'security',
    urgency: 'immediate',
    channels: ['push', 'email', 'sms'],
    delivery: 'first',
  },
  'fraud.confirmation': {
    category: 'security',
    urgency: 'immediate',
    channels: ['sms', 'push', 'email'],
    delivery: 'first',
  },
  'fraud.thanks': {
    category: 'security',
    urgency: 'immediate',
    channels: ['sms', 'push', 'email'],
    delivery: 'first',
  },
  'payment.confirmation': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
  },
  'statement.ready': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'push', 'sms'],
    delivery: 'first',
  },
  'loan.preapproved': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
    // B's subject and call to action are in templates/messages/loan-preapproved.ts; A is the base copy.
    experiment: { id: 'loan-preapproved-2026-11', variants: ['A', 'B'] },
  },
  // The customer asked for it (TaxReminder.Set): transactional, on the first channel that reaches them.
  'tax.reminder': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'push', 'sms'],
    delivery: 'first',
  },
  // The customer set the alert (PriceAlert.Set): transactional, on the first channel that reaches them. It
  // keeps the customer's quiet hours: a level crossed at night is still news in the morning.
  'price.alert': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['push', 'email', 'sms'],
    delivery: 'first',
  },
  // The card activation journey (shared/domain/journeys/card-activation.ts). The welcome and the reminders
  // are about a card the customer was sent: transactional. The reminders go on every channel the customer
  // can be reached on; everything after activation is marketing (opt-in, daily cap).
  'card_activation.welcome': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'push', 'sms'],
    delivery: 'first',
  },
  'card_activation.reminder': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'sms', 'push'],
    delivery: 'every',
  },
  'card_activation.offers': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
  },
  'card_activation.nudge': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['push', 'email', 'sms'],
    delivery: 'first',
  },
  'card_activation.incentive': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
  },
  // The win-back journey (no Customer.Active for N days): marketing, the app's push first (one tap back in).
  'win_back.missed': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['push', 'email'],
    delivery: 'first',
  },
  // Surveys (Lifecycle.MilestoneReached): marketing (shared/domain/journeys/surveys.ts says why); e-mail
  // first, where a survey link is at home.
  'survey.request': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
  },
  // The KYC journey: the customer's own application, so transactional; e-mail first, where the list of
  // missing steps is clearest.
  'kyc.reminder': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'push', 'sms'],
    delivery: 'first',
  },
  // The onboarding lessons teach the bank's own product, which promotes it: marketing (opt-in, daily cap).
  'onboarding.self_employed': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
  },
  'onboarding.student': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['push', 'email'],
    delivery: 'first',
  },
  'onboarding.general': {
    category: 'marketing',
    urgency: 'normal',
    channels: ['email', 'push'],
    delivery: 'first',
  },
  // Payment due: about a bill the customer owes, so transactional; the first channel that reaches them.
  'payment_due.reminder': {
    category: 'transactional',
    urgency: 'normal',
    channels: ['email', 'push', 'sms'],
    delivery: 'first',
  },
};
