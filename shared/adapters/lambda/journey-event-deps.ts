import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { PaymentDueSettings } from '../../contract/internal/settings.ts';
import { CARD_ACTIVATION, cardActivationKind } from '../../domain/journeys/card-activation.ts';
import { KYC, kycKind } from '../../domain/journeys/kyc.ts';
import { ONBOARDING, onboardingKind } from '../../domain/journeys/onboarding.ts';
import { PAYMENT_DUE, paymentDueKind } from '../../domain/journeys/payment-due.ts';
import { SURVEY, surveyKind } from '../../domain/journeys/surveys.ts';
import { WIN_BACK, winBackKind } from '../../domain/journeys/win-back.ts';
import { DynamoDbJourneys } from '../dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { SfnJourneyExecutions } from '../sfn/journey-executions.ts';
import { gateDeps } from './gate-deps.ts';
import type { EnvOf } from './manifest.ts';
import type { gateEnv } from './manifest-parts.ts';

/**
 * What the journeys function needs: the journeys' state and every journey's state machine, the profiles,
 * the message ledger for conversion attribution, the gate of bank events (gate-deps.ts) and the payment-due
 * reminders' settings. `env` is the function's (`loadEnv(manifest)`).
 */
export function journeyEventDeps(
  env: EnvOf<typeof gateEnv> & {
    readonly CARD_ACTIVATION_STATE_MACHINE_ARN: string;
    readonly KYC_STATE_MACHINE_ARN: string;
    readonly ONBOARDING_STATE_MACHINE_ARN: string;
    readonly PAYMENT_DUE_STATE_MACHINE_ARN: string;
    readonly WIN_BACK_STATE_MACHINE_ARN: string;
    readonly SURVEY_STATE_MACHINE_ARN: string;
    readonly ATTRIBUTION_WINDOW_DAYS: number;
    readonly PAYMENT_DUE_SETTINGS: PaymentDueSettings;
  },
) {
  const dynamodb = new DynamoDBClient({});
  const tableName = env.TABLE_NAME;
  return {
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
}
