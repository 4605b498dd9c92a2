import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ClaimKey, MessageLedger } from '../../ports/ports.ts';

// One item per message (pk CUST#id, sk MSG#eventId#type#channel): the decision, the send lease and the
// provider's message id. Kept 90 days, longer than any redrive or archive replay Herald supports.
const RETENTION_SECONDS = 90 * 24 * 3600;

const messageKey = (key: ClaimKey) =>
  marshall({ pk: `CUST#${key.customerId}`, sk: `MSG#${key.eventId}#${key.type}#${key.channel}` });

const settled = new Set(['sent', 'failed', 'suppressed']);

export class DynamoDbMessageLedger implements MessageLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  /**
   * The status that made a conditional write fail: DynamoDB returns the item with the error
   * (ReturnValuesOnConditionCheckFailure); where an endpoint does not, it is read back.
   */
  private async statusAfterConflict(
    error: ConditionalCheckFailedException,
    key: ClaimKey,
  ): Promise<string | undefined> {
    if (error.Item) return error.Item.status?.S;
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: messageKey(key), ConsistentRead: true }),
    );
    return Item?.status?.S;
  }

  async claim(
    key: ClaimKey,
    decision: { status: 'queued' | 'suppressed'; notificationId: string; at: Date },
  ): Promise<'claimed' | 'pending' | 'duplicate'> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...messageKey(key),
            ...marshall({
              customerId: key.customerId,
              notificationId: decision.notificationId,
              status: decision.status,
              decidedAt: decision.at.toISOString(),
              expiresAt: Math.floor(decision.at.getTime() / 1000) + RETENTION_SECONDS,
            }),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return settled.has((await this.statusAfterConflict(error, key)) ?? '') ? 'duplicate' : 'pending';
    }
  }

  async beginSend(key: ClaimKey, now: Date, leaseMs: number): Promise<'go' | 'sent' | 'busy'> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression: 'SET #s = :sending, leaseUntilMs = :until ADD attempts :one',
          ConditionExpression:
            'attribute_not_exists(pk) OR #s = :queued OR (#s = :sending AND leaseUntilMs < :now)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: marshall({
            ':sending': 'sending',
            ':queued': 'queued',
            ':until': now.getTime() + leaseMs,
            ':now': now.getTime(),
            ':one': 1,
          }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'go';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return (await this.statusAfterConflict(error, key)) === 'sending' ? 'busy' : 'sent';
    }
  }

  async markSent(key: ClaimKey, providerMessageId: string, at: Date): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: messageKey(key),
        UpdateExpression: 'SET #s = :sent, providerMessageId = :id, settledAt = :at REMOVE leaseUntilMs',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: marshall({
          ':sent': 'sent',
          ':id': providerMessageId,
          ':at': at.toISOString(),
        }),
      }),
    );
  }

  async markFailed(key: ClaimKey, reason: string, at: Date): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: messageKey(key),
        UpdateExpression: 'SET #s = :failed, failureReason = :reason, settledAt = :at REMOVE leaseUntilMs',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: marshall({
          ':failed': 'failed',
          ':reason': reason,
          ':at': at.toISOString(),
        }),
      }),
    );
  }
}
