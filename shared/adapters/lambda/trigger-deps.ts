import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbCapCounter } from '../dynamodb/cap-counter.ts';
import { DynamoDbMessageClaims } from '../dynamodb/message-claims.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { SqsPlanQueue } from '../sqs/queues.ts';
import { requireEnv } from './env.ts';
import { gateDeps } from './gate-deps.ts';
import { policyFromEnv } from './policy.ts';

/**
 * What a trigger function needs to turn bank events into planned messages: the customer's profile, the
 * message claims, the render queue, the deployment's policy with its daily marketing cap (every trigger has
 * it, whatever types it raises today: notify requires it), and the DLQ for events it must reject. Made once
 * per function instance, at module scope.
 */
export function triggerDeps() {
  const dynamodb = new DynamoDBClient({});
  const sqs = new SQSClient({});
  const tableName = requireEnv('TABLE_NAME');
  return {
    dynamodb,
    tableName,
    profiles: new DynamoDbProfileReader(dynamodb, tableName),
    claims: new DynamoDbMessageClaims(dynamodb, tableName),
    caps: new DynamoDbCapCounter(dynamodb, tableName),
    plans: new SqsPlanQueue(sqs, requireEnv('RENDER_QUEUE_URL')),
    policy: policyFromEnv(),
    ...gateDeps({ dynamodb, tableName, sqs }),
  };
}
