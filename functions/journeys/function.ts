import { defineFunction, envSchemas, envVar, from, jsonSchema } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';
import { paymentDueSettings } from '#contract/internal/settings.ts';
import { paymentDueProblems } from '#domain/journeys/payment-due.ts';

const { text, wholeNumber } = envSchemas;

export const manifest = defineFunction({
  name: 'journeys',
  description: 'Starts journeys (Card.Issued) and records their goal events (Card.Activated, card spend)',
  triggers: [
    { kind: 'rule', id: 'CardJourneys', detailTypes: ['Card.Issued', 'Card.Activated'] },
    {
      kind: 'rule',
      id: 'KycJourneys',
      detailTypes: ['Customer.SignedUp', 'Kyc.StepCompleted', 'Kyc.Completed'],
    },
    // Payment.Completed also goes to account-notices (the confirmation), which rejects an invalid one.
    { kind: 'rule', id: 'PaymentDueJourneys', detailTypes: ['Payment.Due', 'Payment.Completed'] },
    // Erasure stops the customer's open journeys (the erasure function deletes their state meanwhile).
    { kind: 'rule', id: 'ErasureStopsJourneys', detailTypes: ['Customer.ErasureRequested'] },
    // A card payment may be the goal of a card activation journey; other transactions never are.
    {
      kind: 'rule',
      id: 'CardSpend',
      detailTypes: ['Transaction.Posted'],
      detail: { channel: ['card'], direction: ['debit'], cardLast4: [{ exists: true }] },
    },
  ],
  // It starts every journey and stops them all on erasure (win-back and surveys are started elsewhere).
  grants: {
    table: 'readWrite',
    journeys: ['cardActivation', 'winBack', 'survey', 'kyc', 'onboarding', 'paymentDue'],
  },
  env: {
    ...gateEnv,
    CARD_ACTIVATION_STATE_MACHINE_ARN: envVar(from.stateMachineArn('cardActivation'), text),
    KYC_STATE_MACHINE_ARN: envVar(from.stateMachineArn('kyc'), text),
    ONBOARDING_STATE_MACHINE_ARN: envVar(from.stateMachineArn('onboarding'), text),
    PAYMENT_DUE_STATE_MACHINE_ARN: envVar(from.stateMachineArn('paymentDue'), text),
    WIN_BACK_STATE_MACHINE_ARN: envVar(from.stateMachineArn('winBack'), text),
    SURVEY_STATE_MACHINE_ARN: envVar(from.stateMachineArn('survey'), text),
    // Goal events also credit the message that led to them (conversion attribution).
    ATTRIBUTION_WINDOW_DAYS: envVar(from.setting('attributionWindowDays'), wholeNumber),
    // Payment.Due works out each bill's reminder instants from these (days before, local time).
    PAYMENT_DUE_SETTINGS: envVar(
      from.setting('paymentDueSettings'),
      jsonSchema(paymentDueSettings, paymentDueProblems),
    ),
  },
});
