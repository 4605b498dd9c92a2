import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
} from '@aws-sdk/client-dynamodb';
import { occurrenceKey } from '../../domain/notification.ts';
import type { ClaimKey } from '../../ports/message-ledger.ts';

// One item per message (pk CUST#id, sk MSG#eventId#type#channel, or MSG#eventId#occurrence#type#channel
// for one of several messages of a type one event leads to, e.g. a journey's steps): the decision, the send lease and the
// provider's message id. Trigger functions write the decision (message-claims.ts); senders the rest
// (send-ledger.ts). Its attributes are plain strings and numbers, written as DynamoDB attribute values
// directly: the senders then need no marshalling library in their bundles.

/** Kept 90 days, longer than any redrive or archive replay Herald supports. */
export const MESSAGE_RETENTION_SECONDS = 90 * 24 * 3600;

export const messageKey = (key: ClaimKey) => ({
  pk: { S: `CUST#${key.customerId}` },
  sk: { S: `MSG#${occurrenceKey(key)}#${key.type}#${key.channel}` },
});

export interface MessageState {
  status?: string;
  leaseUntilMs?: number;
}

/**
 * The state of the message that made a conditional write fail: DynamoDB returns the item with the error
 * (ReturnValuesOnConditionCheckFailure); where an endpoint does not, it is read back.
 */
export async function stateAfterConflict(
  client: DynamoDBClient,
  tableName: string,
  error: unknown,
  key: ClaimKey,
): Promise<MessageState> {
  if (!(error instanceof ConditionalCheckFailedException)) throw error;
  const item =
    error.Item ??
    (
      await client.send(
        new GetItemCommand({ TableName: tableName, Key: messageKey(key), ConsistentRead: true }),
      )
    ).Item;
  const lease = item?.leaseUntilMs?.N;
  return {
    ...(item?.status?.S ? { status: item.status.S } : {}),
    ...(lease ? { leaseUntilMs: Number(lease) } : {}),
  };
}
