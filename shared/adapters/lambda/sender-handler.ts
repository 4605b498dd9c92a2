import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import type { MessageSender } from '../../ports/delivery.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { DynamoDbSuppressionList } from '../dynamodb/suppressions.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { channelQueueUrlsOf } from './channel-queues.ts';
import { systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { SenderEnv } from './manifest-parts.ts';
import { SEND_LEASE_MS, sendJobs } from './send-batch.ts';
import { sqsHandler } from './sqs-handler.ts';

/**
 * The Lambda handler of a channel's sender function: its queue's batches, each message sent at most once
 * through `sender`, with the send ledger and the suppression list on the function's table. A job that must
 * wait (provider throttling) goes back on the channel's own queue; a message that fails for good queues its
 * next channel's job on that channel's queue (the channel queues' URLs: channel-queues.ts). `env` is the
 * function's (`loadEnv(manifest)`).
 */
export function senderHandler(sender: MessageSender, env: EnvOf<SenderEnv>) {
  const logger = new Logger();
  const dynamodb = new DynamoDBClient({});
  const tableName = env.TABLE_NAME;
  const maxReceiveCount = env.MAX_RECEIVE_COUNT;
  const deps = {
    ledger: new DynamoDbMessageLedger(dynamodb, tableName),
    suppressions: new DynamoDbSuppressionList(dynamodb, tableName),
    sender,
    log: new PowertoolsDeliveryLog(),
    now: systemNow,
    leaseMs: SEND_LEASE_MS,
    queue: new SqsJobQueue(new SQSClient({}), channelQueueUrlsOf(env)),
  };
  const remainingMs = (context: Context | undefined) =>
    context?.getRemainingTimeInMillis() ?? Number.POSITIVE_INFINITY;
  return sqsHandler(sendJobs(deps, logger, maxReceiveCount, remainingMs), logger);
}
