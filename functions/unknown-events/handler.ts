import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { jsonEnv, requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { allowedSources } from '#contract/internal/settings.ts';
import { unknownEventReason } from '#domain/unknown-events.ts';

const dynamodb = new DynamoDBClient({});
const deps = gateDeps({ dynamodb, tableName: requireEnv('TABLE_NAME'), sqs: new SQSClient({}) });
/** The deployment's producer allow-list (infra/config.ts `allowedSources`). */
const sources = jsonEnv('ALLOWED_SOURCES', allowedSources);

/**
 * The catch-all rule's target: every event on the Herald bus with an unlisted Source, or an allowed Source
 * and a DetailType the contract does not have, is rejected once, with the problem named, and kept in the
 * DLQ; an AWS service event (`aws.*`) is only warned about.
 */
export const handler = eventHandler({}, deps, {
  unrouted: (event) => unknownEventReason(event.source, event['detail-type'], sources),
});
