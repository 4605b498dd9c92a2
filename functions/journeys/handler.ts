import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '#adapters/dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { journeyEventRoutes } from '#application/journey-events.ts';
import { CARD_ACTIVATION, cardActivationKind } from '#domain/journeys/card-activation.ts';
import { KYC, kycKind } from '#domain/journeys/kyc.ts';
import { ONBOARDING, onboardingKind } from '#domain/journeys/onboarding.ts';
import { PAYMENT_DUE, paymentDueKind } from '#domain/journeys/payment-due.ts';
import { SURVEY, surveyKind } from '#domain/journeys/surveys.ts';
import { WIN_BACK, winBackKind } from '#domain/journeys/win-back.ts';
import { manifest } from './function.ts';

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const tableName = env.TABLE_NAME;
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [CARD_ACTIVATION]: env.CARD_ACTIVATION_STATE_MACHINE_ARN,
    [KYC]: env.KYC_STATE_MACHINE_ARN,
    [ONBOARDING]: env.ONBOARDING_STATE_MACHINE_ARN,
    [PAYMENT_DUE]: env.PAYMENT_DUE_STATE_MACHINE_ARN,
    [WIN_BACK]: env.WIN_BACK_STATE_MACHINE_ARN,
    [SURVEY]: env.SURVEY_STATE_MACHINE_ARN,
  }),
  ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
  conversions: new DynamoDbMessageLedger(dynamodb, tableName),
  windowDays: env.ATTRIBUTION_WINDOW_DAYS,
  /** Every journey's phases, to stop a customer's executions on erasure. */
  kinds: {
    [cardActivationKind.name]: cardActivationKind,
    [kycKind.name]: kycKind,
    [onboardingKind.name]: onboardingKind,
    [paymentDueKind.name]: paymentDueKind,
    [winBackKind.name]: winBackKind,
    [surveyKind.name]: surveyKind,
  },
  /** The payment-due reminders' days and local time (infra/config.ts `paymentDue`, checked at synth). */
  paymentDue: env.PAYMENT_DUE_SETTINGS,
};

/** The journeys' bank events, each to its use case (shared/application/journey-events.ts). */
export const handler = eventHandler(journeyEventRoutes(deps), deps, { processed: 'journey event' });
