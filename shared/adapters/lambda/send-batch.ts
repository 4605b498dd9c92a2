import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type SendDeps, sendMessage } from '../../application/send-message.ts';
import type { MessageJob } from '../../ports/ports.ts';
import { CORRELATION_KEYS, correlationKeys } from './correlation.ts';

/**
 * How long one attempt holds the right to call the provider. Longer than a sender's timeout, shorter than
 * its queue's visibility timeout: a job whose attempt died is retried after the lease has expired.
 */
export const SEND_LEASE_MS = 60_000;

/** Error details safe to log: provider messages can quote the recipient's address, so they are left out. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return { errorType: error.name, ...(status ? { httpStatusCode: status } : {}) };
}

/**
 * Sends every job of an SQS batch; a job that must be tried again is reported as a batch item failure, so
 * one bad or throttled message never holds back the others.
 */
export async function sendBatch(event: SQSEvent, deps: SendDeps, logger: Logger): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const job = JSON.parse(record.body) as MessageJob;
      logger.appendKeys(correlationKeys(job));
      const outcome = await sendMessage(job, deps);
      logger.info('message processed', { outcome, type: job.type, channel: job.channel });
      if (outcome === 'retry') batchItemFailures.push({ itemIdentifier: record.messageId });
    } catch (error) {
      logger.warn('message will be retried', { messageId: record.messageId, ...describeError(error) });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    } finally {
      logger.removeKeys([...CORRELATION_KEYS]);
    }
  }
  return { batchItemFailures };
}
