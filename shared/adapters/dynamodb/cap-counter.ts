import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { CapCounter } from '../../ports/policy.ts';

// One item per customer and local day (pk CUST#id, sk CAP#marketing#YYYY-MM-DD), expiring after three days,
// holding the set of bank events that took a slot: a redelivered event finds itself there and takes no
// second slot. A slot is taken when the message is decided; a message that then fails still counts.
const KEEP_SECONDS = 3 * 24 * 3600;

export class DynamoDbCapCounter implements CapCounter {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async consume(
    customerId: string,
    localDay: string,
    cap: number,
    eventId: string,
    at: Date,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { pk: { S: `CUST#${customerId}` }, sk: { S: `CAP#marketing#${localDay}` } },
          UpdateExpression: 'ADD #e :event SET expiresAt = if_not_exists(expiresAt, :expires)',
          ConditionExpression: 'attribute_not_exists(#e) OR size(#e) < :cap OR contains(#e, :eventId)',
          ExpressionAttributeNames: { '#e': 'events' },
          ExpressionAttributeValues: {
            ':event': { SS: [eventId] },
            ':eventId': { S: eventId },
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
