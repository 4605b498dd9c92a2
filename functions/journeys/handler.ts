import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '#adapters/dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { jsonEnv, requireEnv } from '#adapters/lambda/env.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { acceptEvent, rejectEvent } from '#application/accept-event.ts';
import { attributeConversion } from '#application/attribute-conversion.ts';
import { acceptCustomerEvent } from '#application/erasure-gate.ts';
import {
  recordCardActivated,
  recordCardSpend,
  startCardActivation,
  stopJourneysOnErasure,
} from '#application/journeys.ts';
import { recordKycCompleted, recordKycStep, startKyc } from '#application/kyc-journey.ts';
import { startOnboarding } from '#application/onboarding-journey.ts';
import { recordBillPaid, startPaymentDue } from '#application/payment-due-journey.ts';
import * as cardActivated from '#contract/events/card-activated.ts';
import * as cardIssued from '#contract/events/card-issued.ts';
import * as erasureRequested from '#contract/events/customer-erasure-requested.ts';
import * as signedUp from '#contract/events/customer-signed-up.ts';
import * as kycCompleted from '#contract/events/kyc-completed.ts';
import * as kycStepCompleted from '#contract/events/kyc-step-completed.ts';
import * as paymentCompleted from '#contract/events/payment-completed.ts';
import * as paymentDue from '#contract/events/payment-due.ts';
import * as transactionPosted from '#contract/events/transaction-posted.ts';
import { paymentDueSettings } from '#contract/internal/settings.ts';
import { parseDetail } from '#contract/validate.ts';
import { CARD_ACTIVATION, cardActivationKind } from '#domain/journeys/card-activation.ts';
import { KYC, kycKind } from '#domain/journeys/kyc.ts';
import { ONBOARDING, onboardingKind } from '#domain/journeys/onboarding.ts';
import { PAYMENT_DUE, paymentDueKind, paymentDueProblems } from '#domain/journeys/payment-due.ts';
import { SURVEY, surveyKind } from '#domain/journeys/surveys.ts';
import { WIN_BACK, winBackKind } from '#domain/journeys/win-back.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [CARD_ACTIVATION]: requireEnv('CARD_ACTIVATION_STATE_MACHINE_ARN'),
    [KYC]: requireEnv('KYC_STATE_MACHINE_ARN'),
    [ONBOARDING]: requireEnv('ONBOARDING_STATE_MACHINE_ARN'),
    [PAYMENT_DUE]: requireEnv('PAYMENT_DUE_STATE_MACHINE_ARN'),
    [WIN_BACK]: requireEnv('WIN_BACK_STATE_MACHINE_ARN'),
    [SURVEY]: requireEnv('SURVEY_STATE_MACHINE_ARN'),
  }),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
  conversions: new DynamoDbMessageLedger(dynamodb, tableName),
  windowDays: Number(requireEnv('ATTRIBUTION_WINDOW_DAYS')),
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
  paymentDue: jsonEnv('PAYMENT_DUE_SETTINGS', paymentDueSettings, paymentDueProblems),
};

/**
 * Card.Issued starts the card activation journey; Card.Activated and a card's Transaction.Posted are the
 * goal events that end its phases. Customer.SignedUp starts the KYC reminders, Kyc.StepCompleted and
 * Kyc.Completed end them (and Kyc.Completed starts onboarding); Payment.Due starts a bill's reminders,
 * Payment.Completed (or autopay) ends them.
 * Erasure also stops the win-back watch and a pending survey (their events go to functions of their own).
 */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  let outcome: string;
  switch (event['detail-type']) {
    case cardIssued.detailType: {
      const detail = await acceptEvent(event, (d) => parseDetail(cardIssued.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      outcome = await startCardActivation(event, detail, deps);
      break;
    }
    case cardActivated.detailType: {
      const detail = await acceptCustomerEvent(event, (d) => parseDetail(cardActivated.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      outcome = await recordCardActivated(detail, deps);
      const credited = await attributeConversion({ ...detail, detailType: event['detail-type'] }, deps);
      outcome = `${outcome}, ${credited} message(s) credited`;
      break;
    }
    case transactionPosted.detailType: {
      // An invalid Transaction.Posted is rejected, with its reason, by transaction-alerts, which gets every
      // one; rejecting it here too would log it twice.
      const parsed = parseDetail(transactionPosted.schema, event.detail);
      if (!parsed.ok) return;
      logger.appendKeys({ eventId: parsed.value.eventId });
      outcome = await recordCardSpend(parsed.value, deps);
      break;
    }
    case erasureRequested.detailType: {
      // The erasure function rejects an invalid request, with its reason; here it is only not acted on.
      const parsed = parseDetail(erasureRequested.schema, event.detail);
      if (!parsed.ok) return;
      logger.appendKeys({ eventId: parsed.value.eventId });
      const stopped = await stopJourneysOnErasure(parsed.value, deps);
      outcome = stopped === 'already_erased' ? stopped : `stopped ${stopped} execution(s)`;
      break;
    }
    case signedUp.detailType: {
      const detail = await acceptEvent(event, (d) => parseDetail(signedUp.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      outcome = await startKyc(event, detail, deps);
      break;
    }
    case kycStepCompleted.detailType: {
      const detail = await acceptCustomerEvent(event, (d) => parseDetail(kycStepCompleted.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      outcome = await recordKycStep(detail, deps);
      break;
    }
    case kycCompleted.detailType: {
      // The end of the KYC reminders and the start of onboarding.
      const detail = await acceptCustomerEvent(event, (d) => parseDetail(kycCompleted.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      const kyc = await recordKycCompleted(detail, deps);
      const credited = await attributeConversion({ ...detail, detailType: event['detail-type'] }, deps);
      outcome = `${kyc}, ${credited} message(s) credited, onboarding ${await startOnboarding(event, detail, deps)}`;
      break;
    }
    case paymentDue.detailType: {
      const detail = await acceptEvent(event, (d) => parseDetail(paymentDue.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      outcome = await startPaymentDue(event, detail, deps);
      break;
    }
    case paymentCompleted.detailType: {
      // An invalid Payment.Completed is rejected, with its reason, by account-notices (the confirmation).
      const parsed = parseDetail(paymentCompleted.schema, event.detail);
      if (!parsed.ok) return;
      logger.appendKeys({ eventId: parsed.value.eventId });
      const paid = await recordBillPaid(parsed.value, deps);
      const credited = await attributeConversion({ ...parsed.value, detailType: event['detail-type'] }, deps);
      outcome = `${paid}, ${credited} message(s) credited`;
      break;
    }
    default:
      return rejectEvent(event, `detail-type: ${event['detail-type']} does not start or end a journey`, deps);
  }
  logger.info('journey event', { detailType: event['detail-type'], outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
