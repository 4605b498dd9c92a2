import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { RENDER_FUNCTIONS } from '../../notifications/definition.ts';
import { renderQueueEnv, renderQueueUrlsOf } from '../../notifications/render-queues.ts';
import { DynamoDbCapCounter } from '../dynamodb/cap-counter.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { SqsPlanQueue } from '../sqs/queues.ts';
import { gateDeps } from './gate-deps.ts';
import type { EnvOf } from './manifest.ts';
import type { TriggerEnv } from './manifest-parts.ts';
import { policyFromEnv } from './policy.ts';

/**
 * The queues of the render functions this trigger's types need (RENDER_QUEUE_URL,
 * RENDER_SECURITY_QUEUE_URL: its manifest declares those of its types).
 */
function renderQueuesOf(env: EnvOf<TriggerEnv>) {
  const urls = renderQueueUrlsOf(env);
  if (Object.keys(urls).length === 0)
    throw new Error(
      `missing environment variable: one of ${RENDER_FUNCTIONS.map(renderQueueEnv).join(', ')}`,
    );
  return urls;
}

/**
 * What a trigger function needs to turn bank events into planned messages: the customer's profile, the
 * message claims, the render queue, the deployment's policy with its daily marketing cap (every trigger has
 * it, whatever types it raises today: notify requires it), and the DLQ for events it must reject. Made once
 * per function instance, at module scope, from the function's environment (`loadEnv(manifest)`).
 */
export function triggerDeps(env: EnvOf<TriggerEnv>) {
  const dynamodb = new DynamoDBClient({});
  const sqs = new SQSClient({});
  const tableName = env.TABLE_NAME;
  return {
    dynamodb,
    tableName,
    profiles: new DynamoDbProfileReader(dynamodb, tableName),
    claims: new DynamoDbMessageLedger(dynamodb, tableName),
    caps: new DynamoDbCapCounter(dynamodb, tableName),
    plans: new SqsPlanQueue(sqs, renderQueuesOf(env)),
    policy: policyFromEnv(env),
    ...gateDeps({ dynamodb, sqs }, env),
  };
}
