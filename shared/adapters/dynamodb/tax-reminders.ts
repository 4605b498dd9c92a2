import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import {
  applySet,
  keepUntil,
  type SetOutcome,
  type TaxReminder,
  type TaxReminderSet,
} from '../../domain/tax-reminders.ts';
import type { TaxReminders } from '../../ports/alerts.ts';

/** A reminder's item: under the customer, so that erasure (one Query of `CUST#<id>`) removes it. */
export const taxReminderKey = (customerId: string, reminderId: string) => ({
  pk: { S: `CUST#${customerId}` },
  sk: { S: `TAXREM#${reminderId}` },
});

/** Attempts of the read-decide-write loop before giving up (each retry means a concurrent Set won). */
const ATTEMPTS = 5;

/**
 * The reminders, one item each. A Set is applied with optimistic concurrency: read the item, decide with
 * `applySet`, then write it on the condition that it is still the one read (or still absent), so two Sets
 * of one reminder arriving together cannot both win. Each item expires a week after its due date (TTL).
 */
export class DynamoDbTaxReminders implements TaxReminders {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(customerId: string, reminderId: string): Promise<TaxReminder | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: taxReminderKey(customerId, reminderId),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const { eventId, occurredAt, symbol, date, note, atMs, dueEventId } = unmarshall(Item) as Record<
      string,
      unknown
    >;
    return {
      eventId: String(eventId),
      occurredAt: String(occurredAt),
      customerId,
      reminderId,
      symbol: String(symbol),
      date: String(date),
      ...(typeof note === 'string' ? { note } : {}),
      atMs: Number(atMs),
      dueEventId: String(dueEventId),
    };
  }

  async apply(set: TaxReminderSet): Promise<SetOutcome> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const stored = await this.get(set.customerId, set.reminderId);
      const decided = applySet(stored, set);
      if (decided.outcome === 'stale' || decided.outcome === 'duplicate') return decided;
      const { reminder } = decided;
      try {
        await this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: {
              ...taxReminderKey(reminder.customerId, reminder.reminderId),
              ...marshall(
                {
                  customerId: reminder.customerId,
                  reminderId: reminder.reminderId,
                  eventId: reminder.eventId,
                  occurredAt: reminder.occurredAt,
                  atMs: reminder.atMs,
                  dueEventId: reminder.dueEventId,
                  symbol: reminder.symbol,
                  date: reminder.date,
                  note: reminder.note,
                  expiresAt: Math.floor(keepUntil(reminder.date).getTime() / 1000),
                },
                { removeUndefinedValues: true },
              ),
            },
            ...(stored
              ? {
                  ConditionExpression: '#eventId = :eventId AND #atMs = :atMs',
                  ExpressionAttributeNames: { '#eventId': 'eventId', '#atMs': 'atMs' },
                  ExpressionAttributeValues: {
                    ':eventId': { S: stored.eventId },
                    ':atMs': { N: String(stored.atMs) },
                  },
                }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
        return decided;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error(`tax reminder ${set.reminderId}: still contended after ${ATTEMPTS} attempts`);
  }
}
