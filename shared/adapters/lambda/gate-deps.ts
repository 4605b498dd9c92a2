import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { CustomerGateDeps } from '../../application/erasure-gate.ts';
import { DynamoDbErasures } from '../dynamodb/erasures.ts';
import { DynamoDbRejectionClaims } from '../dynamodb/rejection-claims.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import { SqsDeadLetters } from '../sqs/queues.ts';
import { pseudonymKeyFromEnv, requireEnv, systemNow } from './env.ts';

/**
 * What every function that takes bank events needs to admit or reject them, made one way: the rejection
 * claims and the erasure tombstones in the table, the Herald DLQ (`DLQ_URL`, which HeraldFunction sets and
 * may send to), the delivery log and the clock. A function rejects by writing to the DLQ itself and
 * returning normally, never by failing its invocation.
 */
export function gateDeps(clients: {
  dynamodb: DynamoDBClient;
  tableName: string;
  sqs: SQSClient;
}): CustomerGateDeps {
  return {
    deadLetters: new SqsDeadLetters(clients.sqs, requireEnv('DLQ_URL')),
    rejections: new DynamoDbRejectionClaims(clients.dynamodb, clients.tableName),
    erasures: new DynamoDbErasures(clients.dynamodb, clients.tableName, pseudonymKeyFromEnv()),
    log: new PowertoolsDeliveryLog(),
    now: systemNow,
  };
}
