import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DEAD_LETTERED } from '../../domain/job-retries.ts';
import type { Channel } from '../../domain/profile.ts';
import type { ClaimKey, SendLedger, SentMessageFacts } from '../../ports/message-ledger.ts';
import { MESSAGE_RETENTION_SECONDS, messageKey, stateAfterConflict } from './message-item.ts';

// A dead-lettered message may be taken again (a redrive), unless a fallback superseded it.
const REDRIVABLE = '(#s = :failed AND failureReason = :deadLettered AND attribute_not_exists(supersededBy))';

/**
 * The sender's side of a message: the lease on the provider call, then its outcome. Every write after the
 * lease is conditional on the item existing: erasure may delete it at any time, and a write must never
 * recreate it (under the customer's key, without an expiry).
 */
export class DynamoDbSendLedger implements SendLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async beginSend(
    key: ClaimKey,
    now: Date,
    leaseMs: number,
    options: { reclaimExpiredLease: boolean },
  ): Promise<'go' | 'sent' | 'erased' | 'busy' | 'abandoned'> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression:
            'SET #s = :sending, leaseUntilMs = :until REMOVE failureReason, settledAt ADD attempts :one',
          ConditionExpression: options.reclaimExpiredLease
            ? `#s = :queued OR ${REDRIVABLE} OR (#s = :sending AND leaseUntilMs < :now)`
            : `#s = :queued OR ${REDRIVABLE}`,
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':sending': { S: 'sending' },
            ':queued': { S: 'queued' },
            ':failed': { S: 'failed' },
            ':deadLettered': { S: DEAD_LETTERED },
            ':until': { N: String(now.getTime() + leaseMs) },
            ':one': { N: '1' },
            ...(options.reclaimExpiredLease ? { ':now': { N: String(now.getTime()) } } : {}),
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'go';
    } catch (error) {
      const { status, leaseUntilMs = 0 } = await stateAfterConflict(this.client, this.tableName, error, key);
      // No claim at all: the customer was erased since the message was decided. Settled: nothing to send.
      if (status === undefined) return 'erased';
      if (status !== 'sending') return 'sent';
      return leaseUntilMs < now.getTime() ? 'abandoned' : 'busy';
    }
  }

  async statusOf(key: ClaimKey): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: messageKey(key),
        ConsistentRead: true,
        ProjectionExpression: '#s',
        ExpressionAttributeNames: { '#s': 'status' },
      }),
    );
    return Item?.status?.S;
  }

  async claimFallback(key: ClaimKey, notificationId: string, at: Date): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...messageKey(key),
            customerId: { S: key.customerId },
            notificationId: { S: notificationId },
            status: { S: 'queued' },
            decidedAt: { S: at.toISOString() },
            expiresAt: { N: String(Math.floor(at.getTime() / 1000) + MESSAGE_RETENTION_SECONDS) },
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      // Claimed by an earlier delivery of the same fallback: beginSend decides what that attempt left.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  markSent(
    key: ClaimKey,
    providerMessageId: string,
    at: Date,
    facts?: SentMessageFacts,
  ): Promise<'recorded' | 'erased'> {
    // With the facts a conversion reports later (conversions.ts): type and channel are in the key.
    const kept = Object.entries({ type: key.type, channel: key.channel, ...facts }).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return this.settle(
      key,
      `SET #s = :status, providerMessageId = :detail, settledAt = :at${kept.map((_, i) => `, #f${i} = :f${i}`).join('')} REMOVE leaseUntilMs`,
      {
        ':status': 'sent',
        ':detail': providerMessageId,
        ':at': at.toISOString(),
        ...Object.fromEntries(kept.map(([, value], i) => [`:f${i}`, value])),
      },
      Object.fromEntries(kept.map(([name], i) => [`#f${i}`, name])),
    );
  }

  markUnsent(
    key: ClaimKey,
    outcome: { status: 'failed' | 'suppressed'; reason: string },
    at: Date,
  ): Promise<'recorded' | 'erased'> {
    return this.settle(
      key,
      'SET #s = :status, failureReason = :detail, settledAt = :at REMOVE leaseUntilMs',
      {
        ':status': outcome.status,
        ':detail': outcome.reason,
        ':at': at.toISOString(),
      },
    );
  }

  async releaseSend(key: ClaimKey, leaseUntilMs: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression: 'SET #s = :queued REMOVE leaseUntilMs',
          ConditionExpression: '#s = :sending AND leaseUntilMs = :until',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':queued': { S: 'queued' },
            ':sending': { S: 'sending' },
            ':until': { N: String(leaseUntilMs) },
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markDeadLettered(key: ClaimKey, at: Date): Promise<'marked' | 'settled' | 'missing'> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression:
            'SET #s = :failed, failureReason = :deadLettered, settledAt = :at REMOVE leaseUntilMs',
          ConditionExpression: `#s IN (:queued, :sending) OR ${REDRIVABLE}`,
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':failed': { S: 'failed' },
            ':deadLettered': { S: DEAD_LETTERED },
            ':queued': { S: 'queued' },
            ':sending': { S: 'sending' },
            ':at': { S: at.toISOString() },
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'marked';
    } catch (error) {
      const { status } = await stateAfterConflict(this.client, this.tableName, error, key);
      return status === undefined ? 'missing' : 'settled';
    }
  }

  async supersede(key: ClaimKey, by: Channel, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression: 'SET supersededBy = :by, supersededAt = :at',
          ConditionExpression: '#s IN (:failed, :suppressed)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':by': { S: by },
            ':at': { S: at.toISOString() },
            ':failed': { S: 'failed' },
            ':suppressed': { S: 'suppressed' },
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Writes an outcome to the message, if it still exists. A failed condition means erasure deleted it
   * after the lease was taken: 'erased', and nothing is written (the key names the customer: nothing about
   * it is logged either).
   */
  private async settle(
    key: ClaimKey,
    updateExpression: string,
    values: Record<string, string>,
    names: Record<string, string> = {},
  ): Promise<'recorded' | 'erased'> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression: updateExpression,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#s': 'status', ...names },
          ExpressionAttributeValues: Object.fromEntries(
            Object.entries(values).map(([k, v]) => [k, { S: v }]),
          ),
        }),
      );
      return 'recorded';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'erased';
      throw error;
    }
  }
}
