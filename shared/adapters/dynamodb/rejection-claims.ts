import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { RejectionClaims } from '../../ports/events.ts';

/**
 * How long a rejection is remembered (TTL): far longer than EventBridge retries a target (24 hours) and
 * Lambda an asynchronous invocation (6 hours), and than producers usually retry.
 */
export const REJECTION_RETENTION_SECONDS = 30 * 24 * 3600;

/** The claim's item: keyed by the hash alone, so it holds nothing of the event. */
export const rejectionClaimKey = (key: string) => ({ pk: { S: `REJECTED#${key}` }, sk: { S: 'REJECTED' } });

/** One conditional PutItem per rejection: the first writer wins, every later one finds the item. */
export class DynamoDbRejectionClaims implements RejectionClaims {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async claim(key: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...rejectionClaimKey(key),
            rejectedAt: { S: at.toISOString() },
            expiresAt: { N: String(Math.floor(at.getTime() / 1000) + REJECTION_RETENTION_SECONDS) },
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

  async isClaimed(key: string): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: rejectionClaimKey(key),
        ConsistentRead: true,
        ProjectionExpression: 'pk',
      }),
    );
    return Item !== undefined;
  }
}
