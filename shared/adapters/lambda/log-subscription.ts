import { gunzipSync } from 'node:zlib';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent } from 'aws-lambda';
import * as v from 'valibot';
import { deliveryRecordLine } from '../../contract/internal/status-events.ts';
import type { DeliveryRecord } from '../../domain/delivery-record.ts';

/**
 * The log events of a CloudWatch Logs subscription delivery (`awslogs.data`: gzip, then base64), in the
 * order CloudWatch Logs sent them. A control message (CloudWatch Logs checking the destination) has none.
 */
export function logEventsOf(event: CloudWatchLogsEvent): CloudWatchLogsDecodedData['logEvents'] {
  const decoded = JSON.parse(
    gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'),
  ) as CloudWatchLogsDecodedData;
  return decoded.messageType === 'DATA_MESSAGE' ? decoded.logEvents : [];
}

/**
 * The delivery record a log event's message holds, or why it holds none. The message is the record's JSON
 * line as the function wrote it; anything before its `{` (a runtime prefix) is left out.
 */
export function deliveryRecordOf(message: string): { record: DeliveryRecord } | { skipped: string } {
  const start = message.indexOf('{');
  if (start < 0) return { skipped: 'not JSON' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.slice(start));
  } catch {
    return { skipped: 'not JSON' };
  }
  const result = v.safeParse(deliveryRecordLine, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    return { skipped: `not a delivery record (${v.getDotPath(issue) ?? 'record'}: ${issue.message})` };
  }
  return { record: result.output };
}
