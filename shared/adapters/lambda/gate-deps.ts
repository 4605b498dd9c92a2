import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { CustomerGateDeps } from '../../application/erasure-gate.ts';
import { DynamoDbErasures } from '../dynamodb/erasures.ts';
import { DynamoDbRejectionClaims } from '../dynamodb/rejection-claims.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import { SqsDeadLetters } from '../sqs/queues.ts';
import { pseudonymKeyOf, systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { gateEnv } from './manifest-parts.ts';

/**
 * What every function that takes bank events needs to admit or reject them, made one way: the rejection
 * claims and the erasure tombstones in the table, the Herald DLQ (`DLQ_URL`, which every function may send
 * to), the delivery log and the clock, from the function's environment (manifest-parts.ts `gateEnv`). A function rejects by writing to the DLQ itself and
 * returning normally, never by failing its invocation.
 */
export function gateDeps(
  clients: { dynamodb: DynamoDBClient; sqs: SQSClient },
  env: EnvOf<typeof gateEnv>,
): CustomerGateDeps {
  return {
    deadLetters: new SqsDeadLetters(clients.sqs, env.DLQ_URL),
    rejections: new DynamoDbRejectionClaims(clients.dynamodb, env.TABLE_NAME),
    erasures: new DynamoDbErasures(clients.dynamodb, env.TABLE_NAME, pseudonymKeyOf(env)),
    log: new PowertoolsDeliveryLog(),
    now: systemNow,
  };
}
