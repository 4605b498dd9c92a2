import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Channel } from '../../domain/profile.ts';
import type { ClaimKey, MessageClaims } from '../../ports/message-ledger.ts';
import { toItem } from './attribute-values.ts';
import { MESSAGE_RETENTION_SECONDS, messageKey, stateAfterConflict } from './message-item.ts';

const settled = new Set(['sent', 'failed', 'suppressed']);

/** The decision about one message, written once with a conditional put. */
export class DynamoDbMessageClaims implements MessageClaims {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async claim(
    key: ClaimKey,
    decision: {
      status: 'queued' | 'suppressed';
      notificationId: string;
      at: Date;
      channels?: readonly Channel[];
      reason?: string;
    },
  ): Promise<'claimed' | 'pending' | 'duplicate'> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...messageKey(key),
            ...toItem({
              customerId: key.customerId,
              notificationId: decision.notificationId,
              status: decision.status,
              decidedAt: decision.at.toISOString(),
              expiresAt: Math.floor(decision.at.getTime() / 1000) + MESSAGE_RETENTION_SECONDS,
              // The message's planned channels, comma-separated (message-outcomes.ts reads them).
              channels: decision.channels?.length ? decision.channels.join(',') : undefined,
              // As the sender's markUnsent writes it for a message it does not send.
              failureReason: decision.status === 'suppressed' ? decision.reason : undefined,
            }),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      const { status } = await stateAfterConflict(this.client, this.tableName, error, key);
      return settled.has(status ?? '') ? 'duplicate' : 'pending';
    }
  }
}
