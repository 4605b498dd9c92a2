import type { SQSRecord } from 'aws-lambda';
import { requireEnv } from './env.ts';

/**
 * The `maxReceiveCount` of the queue the function consumes: `MAX_RECEIVE_COUNT`, which
 * `HeraldFunction.consumeQueue` sets from the queue's own redrive policy.
 */
export function maxReceiveCountFromEnv(): number {
  const value = Number(requireEnv('MAX_RECEIVE_COUNT'));
  if (!Number.isInteger(value) || value < 1) throw new Error('MAX_RECEIVE_COUNT is not a positive integer');
  return value;
}

/**
 * Whether this is the message's last receive: if the function fails it now, SQS moves it to the queue's
 * dead-letter queue instead of delivering it again.
 */
export const isLastReceive = (record: Pick<SQSRecord, 'attributes'>, maxReceiveCount: number): boolean =>
  Number(record.attributes.ApproximateReceiveCount) >= maxReceiveCount;
