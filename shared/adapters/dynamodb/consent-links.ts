import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { ConsentLinkUses } from '../../ports/consent-links.ts';

/**
 * The consent-link endpoint's items, under the customer's key (erasure deletes them with the rest), each
 * with the TTL attribute `expiresAt`:
 * - a used unsubscribe link: pk CUST#id, sk `CLINK#<linkId>`, until the link expires;
 * - a preference page form's value: pk CUST#id, sk `CFORM#<formValue>`, with the link it was issued for,
 *   until it expires (TTL deletion is late, so expiry is also checked when the value is taken).
 */
export class DynamoDbConsentLinkUses implements ConsentLinkUses {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  private key(customerId: string, sk: string) {
    return { pk: { S: `CUST#${customerId}` }, sk: { S: sk } };
  }

  async used(customerId: string, linkId: string): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: this.key(customerId, `CLINK#${linkId}`),
        ConsistentRead: true,
        ProjectionExpression: 'pk',
      }),
    );
    return Item !== undefined;
  }

  async markUsed(customerId: string, linkId: string, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: { ...this.key(customerId, `CLINK#${linkId}`), expiresAt: { N: String(expiresAt) } },
      }),
    );
  }

  async issueForm(customerId: string, linkId: string, formValue: string, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          ...this.key(customerId, `CFORM#${formValue}`),
          linkId: { S: linkId },
          expiresAt: { N: String(expiresAt) },
        },
      }),
    );
  }

  async takeForm(customerId: string, linkId: string, formValue: string, now: Date): Promise<boolean> {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: this.key(customerId, `CFORM#${formValue}`),
          ConditionExpression: 'linkId = :link AND expiresAt > :now',
          ExpressionAttributeValues: {
            ':link': { S: linkId },
            ':now': { N: String(Math.floor(now.getTime() / 1000)) },
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
