import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { Context, SQSEvent } from 'aws-lambda';
import type { Channel } from '../../domain/profile.ts';
import type { MessageSender } from '../../ports/delivery.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { DynamoDbSuppressionList } from '../dynamodb/suppressions.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { requireEnv, systemNow } from './env.ts';
import { maxReceiveCountFromEnv } from './receive-count.ts';
import { SEND_LEASE_MS, sendBatch } from './send-batch.ts';

/**
 * The Lambda handler of a channel's sender function: its queue's batches, each message sent at most once
 * through `sender`, with the send ledger and the suppression list on the function's table. A job that must
 * wait (provider throttling) goes back on the channel's own queue, `JOB_QUEUE_URL`.
 */
export function senderHandler(channel: Channel, sender: MessageSender) {
  const logger = new Logger();
  const dynamodb = new DynamoDBClient({});
  const tableName = requireEnv('TABLE_NAME');
  const maxReceiveCount = maxReceiveCountFromEnv();
  const deps = {
    ledger: new DynamoDbMessageLedger(dynamodb, tableName),
    suppressions: new DynamoDbSuppressionList(dynamodb, tableName),
    sender,
    log: new PowertoolsDeliveryLog(),
    now: systemNow,
    leaseMs: SEND_LEASE_MS,
    queue: new SqsJobQueue(new SQSClient({}), { [channel]: requireEnv('JOB_QUEUE_URL') }),
  };
  return middy((event: SQSEvent, context: Context) =>
    sendBatch(event, deps, logger, maxReceiveCount, () => context.getRemainingTimeInMillis()),
  ).use(injectLambdaContext(logger, { clearState: true }));
}
