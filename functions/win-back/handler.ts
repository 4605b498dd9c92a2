import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '#adapters/dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { DynamoDbWinBack } from '#adapters/dynamodb/win-back.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { takeCustomerActive } from '#application/win-back.ts';
import * as customerActive from '#contract/events/customer-active.ts';
import { WIN_BACK } from '#domain/journeys/win-back.ts';
import { manifest } from './function.ts';

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const tableName = env.TABLE_NAME;
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  winBack: new DynamoDbWinBack(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [WIN_BACK]: env.WIN_BACK_STATE_MACHINE_ARN,
  }),
  ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
  conversions: new DynamoDbMessageLedger(dynamodb, tableName),
  windowDays: env.ATTRIBUTION_WINDOW_DAYS,
};

/**
 * Customer.Active → the win-back journey: records the customer's latest activity, arms the watch, and ends
 * the "what you missed" messages when the customer is back. Its own function: Customer.Active is the
 * busiest event a bank sends (every session), and its common path is one DynamoDB write.
 */
export const handler = eventHandler(
  {
    [customerActive.detailType]: {
      schema: customerActive.schema,
      run: (detail, event) => takeCustomerActive(event, detail, deps),
    },
  },
  deps,
  { processed: 'win-back event' },
);
