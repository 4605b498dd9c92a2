import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { type Erasure, pseudonymOf } from '../../domain/erasure.ts';
import type { ErasureRecords } from '../../ports/customers.ts';

/**
 * The tombstone of an erased customer: one item next to the consent ledger the erasure keeps, under the
 * keyed pseudonym (pk `ERASED#<pseudonym>`, sk `ERASURE`), holding only times and the request's eventId.
 * It has no expiry: an erasure stays final for as long as an old event can come back (archive replays
 * included).
 */
export const tombstoneKey = (pseudonym: string) => ({
  pk: { S: `ERASED#${pseudonym}` },
  sk: { S: 'ERASURE' },
});

export class DynamoDbErasures implements ErasureRecords {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly pseudonymKey: string,
  ) {}

  private key(customerId: string) {
    return tombstoneKey(pseudonymOf(customerId, this.pseudonymKey));
  }

  async get(customerId: string): Promise<Erasure | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: this.key(customerId), ConsistentRead: true }),
    );
    if (!Item?.erasedAt?.S) return undefined;
    return {
      erasedAt: Item.erasedAt.S,
      requestEventId: Item.requestEventId?.S ?? '',
      complete: Item.complete?.BOOL === true,
    };
  }

  async begin(customerId: string, requestEventId: string, at: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: this.key(customerId),
          UpdateExpression: 'SET erasedAt = :at, erasedAtMs = :ms, requestEventId = :r, complete = :no',
          ConditionExpression: 'attribute_not_exists(erasedAtMs) OR erasedAtMs <= :ms',
          ExpressionAttributeValues: {
            ':at': { S: at.toISOString() },
            ':ms': { N: String(at.getTime()) },
            ':r': { S: requestEventId },
            ':no': { BOOL: false },
          },
        }),
      );
    } catch (error) {
      // A later erasure is recorded already; this one adds nothing to it.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async complete(customerId: string, requestEventId: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: this.key(customerId),
          UpdateExpression: 'SET complete = :yes',
          ConditionExpression: 'requestEventId = :r',
          ExpressionAttributeValues: { ':yes': { BOOL: true }, ':r': { S: requestEventId } },
        }),
      );
    } catch (error) {
      // A later erasure has taken the tombstone over; it completes it.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
