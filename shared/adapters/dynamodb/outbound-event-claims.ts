import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { OutboundEventClaims } from '../../ports/status-events.ts';
import { MESSAGE_RETENTION_SECONDS } from './message-ledger.ts';

/**
 * One item per outbound event (pk CUST#id, sk `EMIT#<key>`), kept as long as the message items, so that a
 * delivery record delivered again (CloudWatch Logs subscriptions deliver at least once) emits nothing more.
 * Under the customer's key: erasure removes them with the rest.
 */
export class DynamoDbOutboundEventClaims implements OutboundEventClaims {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  private key(customerId: string, key: string) {
    return { pk: { S: `CUST#${customerId}` }, sk: { S: `EMIT#${key}` } };
  }

  async claim(customerId: string, key: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(customerId, key),
            claimedAt: { S: at.toISOString() },
            expiresAt: { N: String(Math.floor(at.getTime() / 1000) + MESSAGE_RETENTION_SECONDS) },
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async release(customerId: string, key: string): Promise<void> {
    await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: this.key(customerId, key) }),
    );
  }
}
