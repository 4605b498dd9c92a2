import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbCustomerData } from '#adapters/dynamodb/customer-data.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { invocationDeadLetters } from '#adapters/lambda/invocation-dead-letters.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { eraseCustomer } from '#application/erase-customer.ts';
import * as erasureRequested from '#contract/events/customer-erasure-requested.ts';
import { parseDetail } from '#contract/validate.ts';

const logger = new Logger();

const deps = {
  data: new DynamoDbCustomerData(new DynamoDBClient({}), requireEnv('TABLE_NAME')),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME')),
  // This function carries the EventBridge client instead of the SQS one: a request it cannot read fails
  // the invocation, and Lambda's on-failure destination keeps it, with the reason, in the DLQ.
  deadLetters: invocationDeadLetters,
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
};

/** Customer.ErasureRequested → everything Herald keeps about the customer erased; Customer.Erased out. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(erasureRequested.schema, d), deps);
  if (!detail) return;
  const outcome = await eraseCustomer(detail, deps);
  logger.info('customer erased', outcome);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
