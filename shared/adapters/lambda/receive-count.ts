import type { SQSRecord } from 'aws-lambda';

/**
 * Whether this is the message's last receive: if the function fails it now, SQS moves it to the queue's
 * dead-letter queue instead of delivering it again.
 */
export const isLastReceive = (record: Pick<SQSRecord, 'attributes'>, maxReceiveCount: number): boolean =>
  Number(record.attributes.ApproximateReceiveCount) >= maxReceiveCount;
