import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { CapCounter } from '../../ports/ports.ts';

// One counter per customer and local day (pk CUST#id, sk CAP#marketing#YYYY-MM-DD), expiring after three
// days. A slot is taken when the message is decided; a message that then fails still counts for that day.
const KEEP_SECONDS = 3 * 24 * 3600;

export class DynamoDbCapCounter implements CapCounter {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async consume(customerId: string, localDay: string, cap: number, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { pk: { S: `CUST#${customerId}` }, sk: { S: `CAP#marketing#${localDay}` } },
          UpdateExpression: 'ADD #n :one SET expiresAt = if_not_exists(expiresAt, :expires)',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :cap',
          ExpressionAttributeNames: { '#n': 'sent' },
          ExpressionAttributeValues: {
            ':one': { N: '1' },
            ':cap': { N: String(cap) },
            ':expires': { N: String(Math.floor(at.getTime() / 1000) + KEEP_SECONDS) },
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
