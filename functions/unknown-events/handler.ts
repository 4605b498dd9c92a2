import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { unknownEventReason } from '#domain/unknown-events.ts';
import { manifest } from './function.ts';

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const deps = gateDeps({ dynamodb, sqs: new SQSClient({}) }, env);
/** The deployment's producer allow-list (infra/config.ts `allowedSources`). */
const sources = env.ALLOWED_SOURCES;

/**
 * The catch-all rule's target: every event on the Herald bus with an unlisted Source, or an allowed Source
 * and a DetailType the contract does not have, is rejected once, with the problem named, and kept in the
 * DLQ; an AWS service event (`aws.*`) is only warned about.
 */
export const handler = eventHandler({}, deps, {
  unrouted: (event) => unknownEventReason(event.source, event['detail-type'], sources),
});
