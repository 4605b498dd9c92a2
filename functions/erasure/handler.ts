import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbCustomerData } from '#adapters/dynamodb/customer-data.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { pseudonymKeyFromEnv, requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { eraseCustomer } from '#application/erase-customer.ts';
import * as erasureRequested from '#contract/events/customer-erasure-requested.ts';

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  data: new DynamoDbCustomerData(dynamodb, tableName),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME')),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
  pseudonymKey: pseudonymKeyFromEnv(),
};

/** Customer.ErasureRequested → everything Herald keeps about the customer erased; Customer.Erased out. */
export const handler = eventHandler(
  {
    [erasureRequested.detailType]: {
      schema: erasureRequested.schema,
      run: async (detail, event) => ({ outcome: await eraseCustomer(event, detail, deps) }),
    },
  },
  deps,
  { processed: 'customer erased' },
);
