import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import middy from '@middy/core';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import { DynamoDbMessageLedger } from '#adapters/dynamodb/message-ledger.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '#adapters/dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { CORRELATION_KEYS, correlationKeys } from '#adapters/lambda/correlation.ts';
import { systemNow } from '#adapters/lambda/env.ts';
import { deliveryRecordOf, logEventsOf } from '#adapters/lambda/log-subscription.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { takeProviderOptOut } from '#application/provider-opt-out.ts';
import { publishStatus } from '#application/publish-status.ts';
import { manifest } from './function.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const tableName = env.TABLE_NAME;
const deps = {
  events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
  claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
  outcomes: new DynamoDbMessageLedger(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  consents: new DynamoDbProfileWriter(dynamodb, tableName),
  selection: env.STATUS_EVENTS,
  now: systemNow,
};

/**
 * Delivery records (a CloudWatch Logs subscription on the Herald log group) → Notification.StatusChanged and
 * Notification.Failed on the Herald bus; a send refused because the number opted out at the provider also
 * withdraws that channel's consent in the ledger (source provider_opt_out, Consent.ChangedByCustomer to the
 * bank). A failure throws: Lambda retries the delivery, and the claims keep what was emitted already from
 * going out twice.
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
      const optOut = await takeProviderOptOut(line.record, deps);
      if (optOut !== 'not_an_opt_out') logger.info('provider opt-out', { outcome: optOut });
    } finally {
      logger.removeKeys([...CORRELATION_KEYS]);
    }
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
