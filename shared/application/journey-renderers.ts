// What render-journeys writes: the messages of the multi-day journeys.
import { renderCardActivationIncentive } from '../domain/templates/card-activation-incentive.ts';
import { renderCardActivationNudge } from '../domain/templates/card-activation-nudge.ts';
import { renderCardActivationOffers } from '../domain/templates/card-activation-offers.ts';
import { renderCardActivationReminder } from '../domain/templates/card-activation-reminder.ts';
import { renderCardActivationWelcome } from '../domain/templates/card-activation-welcome.ts';
import { kycReminderData, renderKycReminder } from '../domain/templates/kyc-reminder.ts';
import { renderOnboardingGeneral } from '../domain/templates/onboarding-general.ts';
import { renderOnboardingSelfEmployed } from '../domain/templates/onboarding-self-employed.ts';
import { renderOnboardingStudent } from '../domain/templates/onboarding-student.ts';
import { renderPaymentDueReminder } from '../domain/templates/payment-due-reminder.ts';
import { renderSurveyRequest } from '../domain/templates/survey-request.ts';
import { renderWinBackMissed } from '../domain/templates/win-back-missed.ts';
import { optional, type Renderer, text } from './render-job.ts';

/** The message types of the journeys (Step Functions), written by render-journeys. */
export const journeyRenderers: Record<string, Renderer> = {
  // The card activation journey (journey-step): the card's last four digits and each step's values.
  'card_activation.welcome': (channel, options, data) =>
    renderCardActivationWelcome(channel, {
      ...options,
      data: { cardLast4: text(data, 'cardLast4'), ...optional(data, 'product') },
    }),
  'card_activation.reminder': (channel, options, data) =>
    renderCardActivationReminder(channel, {
      ...options,
      data: {
        cardLast4: text(data, 'cardLast4'),
        reminder: text(data, 'reminder'),
        reminders: text(data, 'reminders'),
      },
    }),
  'card_activation.offers': (channel, options, data) =>
    renderCardActivationOffers(channel, { ...options, data: { cardLast4: text(data, 'cardLast4') } }),
  'card_activation.nudge': (channel, options, data) =>
    renderCardActivationNudge(channel, {
      ...options,
      data: { cardLast4: text(data, 'cardLast4'), spendWindowDays: text(data, 'spendWindowDays') },
    }),
  'card_activation.incentive': (channel, options, data) =>
    renderCardActivationIncentive(channel, {
      ...options,
      data: {
        cardLast4: text(data, 'cardLast4'),
        spendAmount: text(data, 'spendAmount'),
        currency: text(data, 'currency'),
        spendWithinDays: text(data, 'spendWithinDays'),
      },
    }),
  // The KYC, onboarding and payment-due journeys (journey-step).
  'kyc.reminder': (channel, options, data) =>
    renderKycReminder(channel, { ...options, data: kycReminderData(data) }),
  'onboarding.self_employed': (channel, options, data) =>
    renderOnboardingSelfEmployed(channel, { ...options, data: { topic: text(data, 'topic') } }),
  'onboarding.student': (channel, options, data) =>
    renderOnboardingStudent(channel, { ...options, data: { topic: text(data, 'topic') } }),
  'onboarding.general': (channel, options, data) =>
    renderOnboardingGeneral(channel, { ...options, data: { topic: text(data, 'topic') } }),
  // The customer goes into the WhatsApp "Set up autopay" quick reply's payload.
  'payment_due.reminder': (channel, options, data, { customerId }) =>
    renderPaymentDueReminder(
      channel,
      {
        ...options,
        data: {
          billId: text(data, 'billId'),
          amount: text(data, 'amount'),
          currency: text(data, 'currency'),
          dueDate: text(data, 'dueDate'),
          days: text(data, 'days'),
          ...optional(data, 'minimumDue'),
        },
      },
      { customerId },
    ),
  // The win-back and survey journeys (journey-step).
  'win_back.missed': (channel, options, data) =>
    renderWinBackMissed(channel, {
      ...options,
      data: {
        inactiveDays: text(data, 'inactiveDays'),
        message: text(data, 'message'),
        messages: text(data, 'messages'),
      },
    }),
  'survey.request': (channel, options, data) =>
    renderSurveyRequest(channel, { ...options, data: { milestone: text(data, 'milestone') } }),
};
