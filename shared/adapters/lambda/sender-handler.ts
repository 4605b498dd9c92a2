import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import type { Channel } from '../../domain/profile.ts';
import type { MessageSender } from '../../ports/delivery.ts';
import { DynamoDbSendLedger } from '../dynamodb/send-ledger.ts';
import { DynamoDbSuppressionList } from '../dynamodb/suppressions.ts';
import { PowertoolsDeliveryLog } from '../powertools/delivery-log.ts';
import { SqsJobQueue } from '../sqs/queues.ts';
import { requireEnv, systemNow } from './env.ts';
import { maxReceiveCountFromEnv } from './receive-count.ts';
import { SEND_LEASE_MS, sendJobs } from './send-batch.ts';
import { sqsHandler } from './sqs-handler.ts';

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
    ledger: new DynamoDbSendLedger(dynamodb, tableName),
    suppressions: new DynamoDbSuppressionList(dynamodb, tableName),
    sender,
    log: new PowertoolsDeliveryLog(),
    now: systemNow,
    leaseMs: SEND_LEASE_MS,
    queue: new SqsJobQueue(new SQSClient({}), { [channel]: requireEnv('JOB_QUEUE_URL') }),
  };
  const remainingMs = (context: Context | undefined) =>
    context?.getRemainingTimeInMillis() ?? Number.POSITIVE_INFINITY;
  return sqsHandler(sendJobs(deps, logger, maxReceiveCount, remainingMs), logger);
}
