import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { acceptEvent, rejectEvent } from '#application/accept-event.ts';
import {
  recordCardActivated,
  recordCardSpend,
  startCardActivation,
  stopJourneysOfCustomer,
} from '#application/journeys.ts';
import * as cardActivated from '#contract/events/card-activated.ts';
import * as cardIssued from '#contract/events/card-issued.ts';
import * as erasureRequested from '#contract/events/customer-erasure-requested.ts';
import * as transactionPosted from '#contract/events/transaction-posted.ts';
import { parseDetail } from '#contract/validate.ts';
import { CARD_ACTIVATION, cardActivationKind } from '#domain/journeys/card-activation.ts';

const logger = new Logger();

class RejectedEventError extends Error {
  override readonly name = 'RejectedEventError';
}
const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [CARD_ACTIVATION]: requireEnv('CARD_ACTIVATION_STATE_MACHINE_ARN'),
  }),
  // This function carries the Step Functions client instead of the SQS one (three clients would not fit
  // the bundle budget): an event it rejects fails the invocation, and Lambda's on-failure destination keeps
  // it, with the reason, in the DLQ.
  deadLetters: {
    reject: async ({ reason }: { reason: string }) => {
      throw new RejectedEventError(reason);
    },
  },
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
  /** Every journey's phases, to stop a customer's executions on erasure. */
  kinds: { [cardActivationKind.name]: cardActivationKind },
};

/**
 * Card.Issued starts the card activation journey; Card.Activated and a card's Transaction.Posted are the
 * goal events that end its phases.
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
      const detail = await acceptEvent(event, (d) => parseDetail(cardActivated.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ eventId: detail.eventId });
      outcome = await recordCardActivated(detail, deps);
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
      const stopped = await stopJourneysOfCustomer(parsed.value.customerId, deps);
      outcome = `stopped ${stopped} execution(s)`;
      break;
    }
    default:
      return rejectEvent(event, `detail-type: ${event['detail-type']} does not start or end a journey`, deps);
  }
  logger.info('journey event', { detailType: event['detail-type'], outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
