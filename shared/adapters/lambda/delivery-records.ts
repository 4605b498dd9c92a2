import type { Logger } from '@aws-lambda-powertools/logger';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import { takeProviderOptOut } from '../../application/provider-opt-out.ts';
import { publishStatus } from '../../application/publish-status.ts';
import { CORRELATION_KEYS, correlationKeys } from './correlation.ts';
import { deliveryRecordOf, logEventsOf } from './log-subscription.ts';

/**
 * Every delivery record of a CloudWatch Logs subscription delivery, in order: its status events published,
 * and a provider opt-out taken into the consent ledger. A log event that holds no delivery record is
 * skipped with a warning; a failure throws (Lambda retries the delivery; the claims keep what was emitted
 * already from going out twice).
 */
export async function takeDeliveryRecords(
  event: CloudWatchLogsEvent,
  deps: Parameters<typeof publishStatus>[1] & Parameters<typeof takeProviderOptOut>[1],
  logger: Logger,
): Promise<void> {
  for (const { id, message } of logEventsOf(event)) {
    const line = deliveryRecordOf(message);
    if ('skipped' in line) {
      logger.warn('log event skipped', { logEventId: id, why: line.skipped });
      continue;
    }
    // The lines about a record carry its bank eventId and notificationId, as every line about a message does.
    logger.appendKeys(correlationKeys(line.record));
    try {
      const published = await publishStatus(line.record, deps);
      if (published.length > 0) logger.info('status published', { published });
      const optOut = await takeProviderOptOut(line.record, deps);
      if (optOut !== 'not_an_opt_out') logger.info('provider opt-out', { outcome: optOut });
    } finally {
      logger.removeKeys([...CORRELATION_KEYS]);
    }
  }
}
