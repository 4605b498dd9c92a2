import { createHash } from 'node:crypto';
import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Channel } from '../../domain/profile.ts';
import type { SuppressionList } from '../../ports/policy.ts';

// One item per suppressed address (pk SUPPRESS#<channel>#<sha256 of the normalized address>, sk SUPPRESS).
// The address itself is not stored. Suppressions belong to the address, not to a customer, so erasing a
// customer keeps them: a complaint must be honoured even if the address comes back under a new profile.
const normalize = (channel: Channel, address: string) =>
  channel === 'email' ? address.trim().toLowerCase() : address.trim();

export const suppressionKey = (channel: Channel, address: string) => ({
  pk: { S: `SUPPRESS#${channel}#${createHash('sha256').update(normalize(channel, address)).digest('hex')}` },
  sk: { S: 'SUPPRESS' },
});

export class DynamoDbSuppressionList implements SuppressionList {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async reasonFor(channel: Channel, address: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: suppressionKey(channel, address),
        ConsistentRead: true,
      }),
    );
    return Item?.reason?.S;
  }

  async suppress(channel: Channel, address: string, reason: string, at: Date): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: { ...suppressionKey(channel, address), reason: { S: reason }, since: { S: at.toISOString() } },
      }),
    );
  }
}
