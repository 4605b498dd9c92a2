import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbSuppressionList } from '#adapters/dynamodb/suppressions.ts';
import { correlationKeys } from '#adapters/lambda/correlation.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { recordFeedback } from '#application/record-feedback.ts';
import { fromMessageTags } from '#domain/message-tags.ts';
import type { SesEvent } from '#domain/ses-feedback.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = {
  log: new PowertoolsDeliveryLog(),
  suppressions: new DynamoDbSuppressionList(new DynamoDBClient({}), loadEnv(manifest).TABLE_NAME),
};

/** SES events from the configuration set (via EventBridge) → delivery log, and suppressions. */
const lambdaHandler = async (event: EventBridgeEvent<string, SesEvent>): Promise<void> => {
  if (typeof event.detail?.mail?.messageId !== 'string') {
    logger.warn('not an SES event', { detailType: event['detail-type'], source: event.source });
    return;
  }
  // Herald's ids of the message, from the tags it was sent with (none on mail Herald did not send).
  logger.appendKeys(correlationKeys(fromMessageTags(event.detail.mail.tags)));
  const ignored = await recordFeedback(event.detail, deps);
  if (ignored) logger.info('SES event not recorded', { why: ignored, eventType: event.detail.eventType });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
