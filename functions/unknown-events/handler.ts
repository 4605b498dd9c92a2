import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { rejectEvent } from '#application/accept-event.ts';
import { unknownEventReason } from '#domain/unknown-events.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const deps = gateDeps({ dynamodb, sqs: new SQSClient({}) }, env);
/** The deployment's producer allow-list (infra/config.ts `allowedSources`). */
const sources = env.ALLOWED_SOURCES;

/**
 * The catch-all rule's target: every event on the Herald bus with an unlisted Source, or an allowed Source
 * and a DetailType the contract does not have, is rejected once, with the problem named, and kept in the DLQ.
 */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const reason = unknownEventReason(event.source, event['detail-type'], sources);
  if (!reason) {
    logger.warn('an AWS service event on the Herald bus: not a bank event, not rejected', {
      source: event.source,
      detailType: event['detail-type'],
    });
    return;
  }
  await rejectEvent(event, reason, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
