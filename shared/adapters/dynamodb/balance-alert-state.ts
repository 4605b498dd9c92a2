import { ConditionalCheckFailedException, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { convertToAttr } from '@aws-sdk/util-dynamodb';
import type { AccountAlertStates, AlertState, BalanceAlertKind } from '../../domain/balance.ts';
import type { BalanceAlertStore } from '../../ports/alerts.ts';
import { balanceAlertAttribute, profileKey } from './profile-item.ts';
import { DynamoDbProfileReader, profileFromItem } from './profile-reader.ts';

const KINDS: readonly BalanceAlertKind[] = ['low', 'overdraft', 'credit'];

/**
 * The balance alerts' state on the profile item: the profile GetItem every Balance.Changed makes returns
 * it, and it is written only when an alert fires or re-arms, by a conditional UpdateItem.
 */
export class DynamoDbBalanceAlertStore extends DynamoDbProfileReader implements BalanceAlertStore {
  async read(customerId: string, accountId: string) {
    const item = await this.item(customerId);
    const profile = item && profileFromItem(customerId, item);
    if (!item || !profile) return undefined;
    const states: AccountAlertStates = {};
    for (const kind of KINDS) {
      const state = item[balanceAlertAttribute(kind, accountId)] as AlertState | undefined;
      if (state) states[kind] = { fired: state.fired, atMs: state.atMs, eventId: state.eventId };
    }
    return { profile, states };
  }

  async transition(
    customerId: string,
    accountId: string,
    kind: BalanceAlertKind,
    previous: AlertState | undefined,
    next: AlertState,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: profileKey(customerId),
          UpdateExpression: 'SET #s = :next',
          // Compare-and-set on the state read; never recreates a profile erased in the meantime.
          ConditionExpression: previous
            ? '#s.atMs = :atMs AND #s.eventId = :eventId AND #s.fired = :fired'
            : 'attribute_exists(pk) AND attribute_not_exists(#s)',
          ExpressionAttributeNames: { '#s': balanceAlertAttribute(kind, accountId) },
          ExpressionAttributeValues: {
            ':next': convertToAttr({ ...next }),
            ...(previous && {
              ':atMs': { N: String(previous.atMs) },
              ':eventId': { S: previous.eventId },
              ':fired': { BOOL: previous.fired },
            }),
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
