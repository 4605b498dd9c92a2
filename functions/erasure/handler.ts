import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbCustomerData } from '#adapters/dynamodb/customer-data.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { pseudonymKeyOf } from '#adapters/lambda/env.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { eraseCustomer } from '#application/erase-customer.ts';
import * as erasureRequested from '#contract/events/customer-erasure-requested.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const deps = {
  data: new DynamoDbCustomerData(dynamodb, env.TABLE_NAME),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
  ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
  pseudonymKey: pseudonymKeyOf(env),
};

/** Customer.ErasureRequested → everything Herald keeps about the customer erased; Customer.Erased out. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(erasureRequested.schema, d), deps);
  if (!detail) return;
  const outcome = await eraseCustomer(event, detail, deps);
  logger.info('customer erased', { outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
