import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { SentTouch } from '../../domain/conversions.ts';
import type { Category, Channel } from '../../domain/profile.ts';
import type { ClaimKey, ConversionLedger } from '../../ports/message-ledger.ts';
import { messageKey } from './message-item.ts';

const text = (value: { S?: string } | undefined) => value?.S;

/**
 * The conversions' view of the message ledger (one item per message under `CUST#<id>`, send-ledger.ts): the
 * customer's sent messages are read with one Query of their message items (kept 90 days), and a goal is
 * credited to a message with a conditional update, once.
 */
export class DynamoDbConversionLedger implements ConversionLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async sentBetween(
    customerId: string,
    typePrefixes: readonly string[],
    since: Date,
    until: Date,
  ): Promise<SentTouch[]> {
    const touches: SentTouch[] = [];
    let start: QueryCommand['input']['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
          FilterExpression: '#s = :sent AND settledAt BETWEEN :since AND :until',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':pk': { S: `CUST#${customerId}` },
            ':msg': { S: 'MSG#' },
            ':sent': { S: 'sent' },
            ':since': { S: since.toISOString() },
            ':until': { S: until.toISOString() },
          },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const type = text(item.type);
        const channel = text(item.channel);
        const notificationId = text(item.notificationId);
        const locale = text(item.locale);
        const template = text(item.template);
        const sentAt = text(item.settledAt);
        // Messages sent before the ledger kept these facts cannot be reported: they are left out.
        if (!type || !channel || !notificationId || !locale || !template || !sentAt) continue;
        if (!typePrefixes.some((prefix) => type.startsWith(prefix))) continue;
        const sk = text(item.sk) ?? '';
        const occurrence = text(item.occurrence);
        const suffix = `${occurrence ? `#${occurrence}` : ''}#${type}#${channel}`;
        const eventId = sk.slice('MSG#'.length, sk.length - suffix.length);
        const optional = (name: 'variant' | 'journey' | 'step' | 'occurrence') => {
          const value = text(item[name]);
          return value ? { [name]: value } : {};
        };
        touches.push({
          notificationId,
          eventId,
          customerId,
          type,
          channel: channel as Channel,
          category: (text(item.category) ?? 'transactional') as Category,
          locale,
          template,
          ...optional('variant'),
          ...optional('journey'),
          ...optional('step'),
          ...optional('occurrence'),
          sentAt,
        });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return touches;
  }

  async markConverted(key: ClaimKey, goalEventId: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression: 'SET convertedBy = :goal, convertedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(convertedBy)',
          ExpressionAttributeValues: { ':goal': { S: goalEventId }, ':at': { S: at.toISOString() } },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
