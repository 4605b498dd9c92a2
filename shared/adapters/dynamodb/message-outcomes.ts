import { type AttributeValue, type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { CHANNELS } from '../../contract/common.ts';
import type { Channel } from '../../domain/profile.ts';
import type { ChannelOutcome } from '../../domain/status-events.ts';
import type { MessageOutcomes } from '../../ports/status-events.ts';

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/**
 * The channels of one message from its ledger items (message-item.ts: sk `MSG#<occurrence key>#<type>#<channel>`):
 * one Query for the items of the bank event, then the items that share the notification's sk up to its
 * channel. The delivery record has no occurrence, so the message is found through its notification id.
 */
export class DynamoDbMessageOutcomes implements MessageOutcomes {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async messageOf(record: { customerId: string; eventId: string; notificationId: string }) {
    const items: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': { S: `CUST#${record.customerId}` },
            ':prefix': { S: `MSG#${record.eventId}#` },
          },
          ProjectionExpression: 'sk, notificationId, #s, failureReason, channels',
          ExpressionAttributeNames: { '#s': 'status' },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const own = items.find((item) => item.notificationId?.S === record.notificationId)?.sk?.S;
    if (!own) return undefined;
    const message = own.slice(0, own.lastIndexOf('#') + 1);
    const channels: ChannelOutcome[] = [];
    for (const item of items) {
      const sk = item.sk?.S ?? '';
      const channel = sk.slice(message.length);
      if (!sk.startsWith(message) || !isChannel(channel)) continue;
      const planned = item.channels?.S?.split(',').filter(isChannel);
      channels.push({
        channel,
        notificationId: item.notificationId?.S ?? '',
        status: item.status?.S ?? '',
        ...(item.failureReason?.S ? { reason: item.failureReason.S } : {}),
        ...(planned?.length ? { planned } : {}),
      });
    }
    return { message: message.slice(0, -1), channels };
  }
}
