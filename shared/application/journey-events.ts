import * as cardActivated from '../contract/events/card-activated.ts';
import * as cardIssued from '../contract/events/card-issued.ts';
import * as erasureRequested from '../contract/events/customer-erasure-requested.ts';
import * as signedUp from '../contract/events/customer-signed-up.ts';
import * as kycCompleted from '../contract/events/kyc-completed.ts';
import * as kycStepCompleted from '../contract/events/kyc-step-completed.ts';
import * as paymentCompleted from '../contract/events/payment-completed.ts';
import * as paymentDue from '../contract/events/payment-due.ts';
import * as transactionPosted from '../contract/events/transaction-posted.ts';
import { attributeConversion, type ConversionDeps } from './attribute-conversion.ts';
import { routes } from './event-routes.ts';
import {
  type JourneyEventDeps,
  recordCardActivated,
  recordCardSpend,
  startCardActivation,
  type stopJourneysOfCustomer,
  stopJourneysOnErasure,
} from './journeys.ts';
import { recordKycCompleted, recordKycStep, startKyc } from './kyc-journey.ts';
import { startOnboarding } from './onboarding-journey.ts';
import { recordBillPaid, startPaymentDue } from './payment-due-journey.ts';

export type JourneysFunctionDeps = JourneyEventDeps &
  ConversionDeps &
  Parameters<typeof startPaymentDue>[2] &
  Parameters<typeof stopJourneysOfCustomer>[1];

/** A goal event's outcome, with the messages it credited (attributeConversion). */
async function credited(
  outcome: string,
  goal: { eventId: string; occurredAt: string; customerId: string },
  detailType: string,
  deps: ConversionDeps,
): Promise<string> {
  return `${outcome}, ${await attributeConversion({ ...goal, detailType }, deps)} message(s) credited`;
}

/**
 * The journeys function's bank events, each to its use case:
 * - Card.Issued starts the card activation journey; Card.Activated and a card's Transaction.Posted are the
 *   goal events that end its phases;
 * - Customer.SignedUp starts the KYC reminders, Kyc.StepCompleted and Kyc.Completed end them (and
 *   Kyc.Completed starts onboarding);
 * - Payment.Due starts a bill's reminders, Payment.Completed (or autopay) ends them;
 * - Customer.ErasureRequested stops every journey of the customer, the win-back watch and a pending survey
 *   included (their events go to functions of their own).
 * Goal events credit the message that led to them (attributeConversion). An invalid Transaction.Posted,
 * Customer.ErasureRequested or Payment.Completed is rejected by the function that owns it (which gets every
 * one), so that it is rejected once.
 */
export const journeyEventRoutes = (deps: JourneysFunctionDeps) =>
  routes({
    [cardIssued.detailType]: {
      schema: cardIssued.schema,
      run: (detail, event) => startCardActivation(event, detail, deps),
    },
    [cardActivated.detailType]: {
      schema: cardActivated.schema,
      afterErasure: true,
      run: async (detail, event) =>
        credited(await recordCardActivated(detail, deps), detail, event['detail-type'], deps),
    },
    [transactionPosted.detailType]: {
      schema: transactionPosted.schema,
      rejectedBy: 'transaction-alerts',
      run: (detail) => recordCardSpend(detail, deps),
    },
    [erasureRequested.detailType]: {
      schema: erasureRequested.schema,
      rejectedBy: 'erasure',
      run: async (detail) => {
        const stopped = await stopJourneysOnErasure(detail, deps);
        return stopped === 'already_erased' ? stopped : `stopped ${stopped} execution(s)`;
      },
    },
    [signedUp.detailType]: {
      schema: signedUp.schema,
      run: (detail, event) => startKyc(event, detail, deps),
    },
    [kycStepCompleted.detailType]: {
      schema: kycStepCompleted.schema,
      afterErasure: true,
      run: (detail) => recordKycStep(detail, deps),
    },
    [kycCompleted.detailType]: {
      schema: kycCompleted.schema,
      afterErasure: true,
      run: async (detail, event) => {
        const kyc = await credited(
          await recordKycCompleted(detail, deps),
          detail,
          event['detail-type'],
          deps,
        );
        return `${kyc}, onboarding ${await startOnboarding(event, detail, deps)}`;
      },
    },
    [paymentDue.detailType]: {
      schema: paymentDue.schema,
      run: (detail, event) => startPaymentDue(event, detail, deps),
    },
    [paymentCompleted.detailType]: {
      schema: paymentCompleted.schema,
      rejectedBy: 'account-notices',
      run: async (detail, event) =>
        credited(await recordBillPaid(detail, deps), detail, event['detail-type'], deps),
    },
  });
