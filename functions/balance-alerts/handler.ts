import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbMessageClaims } from '#adapters/dynamodb/message-claims.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { policyFromEnv } from '#adapters/lambda/policy.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { SqsDeadLetters, SqsPlanQueue } from '#adapters/sqs/queues.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { evaluateBalance } from '#application/evaluate-balance.ts';
import * as balanceChanged from '#contract/events/balance-changed.ts';
import { parseDetail } from '#contract/validate.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  claims: new DynamoDbMessageClaims(dynamodb, tableName),
  plans: new SqsPlanQueue(sqs, requireEnv('RENDER_QUEUE_URL')),
  policy: policyFromEnv(),
  deadLetters: new SqsDeadLetters(sqs, requireEnv('DLQ_URL')),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
};

/** Balance.Changed → low-balance alert when the balance is below the customer's threshold. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const detail = await acceptEvent(event, (d) => parseDetail(balanceChanged.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ eventId: detail.eventId });
  await evaluateBalance(event, detail, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
