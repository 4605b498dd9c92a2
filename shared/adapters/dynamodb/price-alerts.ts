import {
  type AttributeValue,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import {
  type AlertChange,
  alertSortKey,
  type CrossedRange,
  type FiredAlert,
  type LastTick,
  type PriceAlert,
  type PriceDirection,
  type PriceTick,
} from '../../domain/price-alerts.ts';
import type { PriceAlertStore, StoredPriceAlert } from '../../ports/alerts.ts';

// Three kinds of item (single table, pk/sk strings):
// - armed alert: pk PRICEALERT#<symbol>#<currency>#<direction>, sk <encoded level>#<customer>#<alert>
//   (domain/price-alerts.ts alertSortKey). The alerts one move crosses are one range of that partition,
//   read with a single Query (KeyCondition BETWEEN); a fired alert carries firedBy until it is settled.
// - the alert's last change: pk CUST#<customerId>, sk PRICEALERT#<alertId>, with the armed item's key, so
//   that Removed, a new level and erasure find it. A removal stays a week (TTL) so that a Set older than it,
//   delivered late, does not arm the alert again.
// - the last tick: pk PRICETICK#<symbol>#<currency>, sk LAST, replaced with a conditional write.
// Symbols and currencies never hold `#` (contract: shared/contract/common.ts).
const REMOVAL_KEPT_SECONDS = 7 * 24 * 3600;

const armedPk = (a: Pick<PriceAlert, 'symbol' | 'currency' | 'direction'>) =>
  `PRICEALERT#${a.symbol}#${a.currency}#${a.direction}`;
const changeKey = (customerId: string, alertId: string) => ({
  pk: { S: `CUST#${customerId}` },
  sk: { S: `PRICEALERT#${alertId}` },
});
const tickKey = (symbol: string, currency: string) => ({
  pk: { S: `PRICETICK#${symbol}#${currency}` },
  sk: { S: 'LAST' },
});

/** The key of an alert's armed item. */
export function armedAlertKey(alert: PriceAlert): { pk: { S: string }; sk: { S: string } } {
  return { pk: { S: armedPk(alert) }, sk: { S: alertSortKey(alert) } };
}

/**
 * The armed item of an alert, as `arm` writes it: symbol, currency and direction are in its key, so the
 * item holds only whose alert it is and the level as the bank wrote it.
 */
export function armedAlertItem(alert: PriceAlert): Record<string, AttributeValue> {
  const { customerId, alertId, price } = alert;
  return { ...armedAlertKey(alert), ...marshall({ customerId, alertId, price }) };
}

const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

export class DynamoDbPriceAlerts implements PriceAlertStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async lastChange(
    customerId: string,
    alertId: string,
  ): Promise<(AlertChange & { alert?: PriceAlert }) | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: changeKey(customerId, alertId),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const item = unmarshall(Item) as {
      eventId: string;
      changedAtMs: number;
      removed?: boolean;
      symbol: string;
      currency: string;
      direction: PriceDirection;
      price: string;
    };
    const change = { eventId: item.eventId, changedAtMs: item.changedAtMs };
    if (item.removed) return change;
    const { symbol, currency, direction, price } = item;
    return { ...change, alert: { customerId, alertId, symbol, currency, direction, price } };
  }

  /**
   * The armed item first, then the earlier level's removed, then the change record: a crash in between
   * leaves the change record as it was, so the redelivered Set does all three again.
   */
  async arm(alert: PriceAlert, change: AlertChange, previous?: PriceAlert): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: armedAlertItem(alert) }));
    const key = armedAlertKey(alert);
    const previousKey = previous && armedAlertKey(previous);
    if (previousKey && (previousKey.pk.S !== key.pk.S || previousKey.sk.S !== key.sk.S)) {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: previousKey }));
    }
    const { symbol, currency, direction, price } = alert;
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          ...changeKey(alert.customerId, alert.alertId),
          ...marshall({
            alertId: alert.alertId,
            symbol,
            currency,
            direction,
            price,
            eventId: change.eventId,
            changedAtMs: change.changedAtMs,
            armedPk: key.pk.S,
            armedSk: key.sk.S,
          }),
        },
      }),
    );
  }

  async disarm(customerId: string, alertId: string, known: PriceAlert[], change: AlertChange): Promise<void> {
    const keys = new Map(known.map((a) => armedAlertKey(a)).map((k) => [`${k.pk.S}\u0000${k.sk.S}`, k]));
    for (const key of keys.values()) {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: key }));
    }
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          ...changeKey(customerId, alertId),
          ...marshall({
            alertId,
            removed: true,
            eventId: change.eventId,
            changedAtMs: change.changedAtMs,
            expiresAt: Math.floor(change.changedAtMs / 1000) + REMOVAL_KEPT_SECONDS,
          }),
        },
      }),
    );
  }

  async lastTick(symbol: string, currency: string): Promise<LastTick | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: tickKey(symbol, currency), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { eventId, price, occurredAt, previousPrice } = unmarshall(Item) as Record<string, string>;
    return {
      symbol,
      currency,
      eventId: eventId ?? '',
      price: price ?? '',
      occurredAt: occurredAt ?? '',
      ...(previousPrice === undefined ? {} : { previousPrice }),
    };
  }

  /** Optimistic: the item is replaced only while it still holds `expected`'s event (or, for none, no item). */
  async recordTick(tick: PriceTick, expected: LastTick | undefined): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...tickKey(tick.symbol, tick.currency),
            ...marshall(
              {
                symbol: tick.symbol,
                currency: tick.currency,
                eventId: tick.eventId,
                price: tick.price,
                occurredAt: tick.occurredAt,
                previousPrice: expected?.price,
              },
              { removeUndefinedValues: true },
            ),
          },
          ...(expected
            ? {
                ConditionExpression: 'eventId = :expected',
                ExpressionAttributeValues: { ':expected': { S: expected.eventId } },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async crossed(
    symbol: string,
    currency: string,
    range: CrossedRange,
  ): Promise<{ alerts: StoredPriceAlert[]; scanned: number }> {
    const alerts: StoredPriceAlert[] = [];
    let scanned = 0;
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': { S: armedPk({ symbol, currency, direction: range.direction }) },
            ':from': { S: range.from },
            ':to': { S: range.to },
          },
          ConsistentRead: true,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      scanned += page.ScannedCount ?? 0;
      for (const item of page.Items ?? []) alerts.push(storedAlert(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { alerts, scanned };
  }

  /** A conditional put of the whole item (it is small and known): one operation less in the bundle. */
  async markFired(alert: PriceAlert, firedBy: FiredAlert['firedBy']): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...armedAlertItem(alert),
            ...marshall({ firedBy: firedBy.eventId, firedAt: firedBy.occurredAt, firedPrice: firedBy.price }),
          },
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(firedBy)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async settle(alert: FiredAlert): Promise<void> {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: armedAlertKey(alert),
          // Set again at the same level since it fired: the new alert is armed and stays.
          ConditionExpression: 'firedBy = :eventId',
          ExpressionAttributeValues: { ':eventId': { S: alert.firedBy.eventId } },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

function storedAlert(item: Record<string, AttributeValue>): StoredPriceAlert {
  const a = unmarshall(item) as Record<string, string>;
  const [, symbol = '', currency = '', direction] = (a.pk ?? '').split('#');
  const alert: PriceAlert = {
    customerId: a.customerId ?? '',
    alertId: a.alertId ?? '',
    symbol,
    currency,
    direction: direction === 'below' ? 'below' : 'above',
    price: a.price ?? '',
  };
  return a.firedBy === undefined
    ? alert
    : { ...alert, firedBy: { eventId: a.firedBy, occurredAt: a.firedAt ?? '', price: a.firedPrice ?? '' } };
}
