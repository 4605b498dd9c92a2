import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import middy from '@middy/core';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import { DynamoDbMessageLedger } from '#adapters/dynamodb/message-ledger.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { CORRELATION_KEYS, correlationKeys } from '#adapters/lambda/correlation.ts';
import { jsonEnv, requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { deliveryRecordOf, logEventsOf } from '#adapters/lambda/log-subscription.ts';
import { publishStatus } from '#application/publish-status.ts';
import { statusEventSelection } from '#contract/internal/status-events.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  events: new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME')),
  claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
  outcomes: new DynamoDbMessageLedger(dynamodb, tableName),
  selection: jsonEnv('STATUS_EVENTS', statusEventSelection),
  now: systemNow,
};

/**
 * Delivery records (a CloudWatch Logs subscription on the Herald log group) → Notification.StatusChanged and
 * Notification.Failed on the Herald bus. A failure throws: Lambda retries the delivery, and the claims keep
 * what was emitted already from going out twice.
 */
const lambdaHandler = async (event: CloudWatchLogsEvent): Promise<void> => {
  for (const { id, message } of logEventsOf(event)) {
    const line = deliveryRecordOf(message);
    if ('skipped' in line) {
      logger.warn('log event skipped', { logEventId: id, why: line.skipped });
      continue;
    }
    // The lines about a record carry its bank eventId and notificationId, as every line about a message does.
    logger.appendKeys(correlationKeys(line.record));
    try {
      const published = await publishStatus(line.record, deps);
      if (published.length > 0) logger.info('status published', { published });
    } finally {
      logger.removeKeys([...CORRELATION_KEYS]);
    }
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
