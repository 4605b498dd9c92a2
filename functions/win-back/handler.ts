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
import { DynamoDbWinBack } from '#adapters/dynamodb/win-back.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { attributeConversion } from '#application/attribute-conversion.ts';
import { recordCustomerActive } from '#application/win-back.ts';
import * as customerActive from '#contract/events/customer-active.ts';
import { parseDetail } from '#contract/validate.ts';
import { WIN_BACK } from '#domain/journeys/win-back.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  winBack: new DynamoDbWinBack(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [WIN_BACK]: requireEnv('WIN_BACK_STATE_MACHINE_ARN'),
  }),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
  conversions: new DynamoDbMessageLedger(dynamodb, tableName),
  windowDays: Number(requireEnv('ATTRIBUTION_WINDOW_DAYS')),
};

/**
 * Customer.Active → the win-back journey: records the customer's latest activity, arms the watch, and ends
 * the "what you missed" messages when the customer is back. Its own function: Customer.Active is the
 * busiest event a bank sends (every session), and its common path is one DynamoDB write.
 */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const detail = await acceptEvent(event, (d) => parseDetail(customerActive.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ eventId: detail.eventId });
  let outcome: string = await recordCustomerActive(event, detail, deps);
  // Back after a lapse: the win-back message before it is credited (a plain activity is no conversion,
  // and not reading the ledger for it keeps the common path at one write).
  if (outcome === 'returned' || outcome === 'restarted') {
    const credited = await attributeConversion({ ...detail, detailType: event['detail-type'] }, deps);
    outcome = `${outcome}, ${credited} message(s) credited`;
  }
  logger.info('win-back event', { outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
