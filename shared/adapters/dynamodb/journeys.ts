import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { JourneyItem, JourneyRef } from '../../domain/journeys/journey.ts';
import type { JourneyStore } from '../../ports/journeys.ts';

/** A journey's item: under the customer, so that erasure (one Query of `CUST#<id>`) removes it. */
export const journeyKey = (ref: JourneyRef) => ({
  pk: { S: `CUST#${ref.customerId}` },
  sk: { S: `JOURNEY#${ref.journey}#${ref.key}` },
});

/** Kept a year after the journey starts (TTL): long after its last step, short of keeping it for ever. */
const RETENTION_SECONDS = 365 * 24 * 3600;

export const journeyOf = (item: Record<string, unknown>): JourneyItem => ({
  journey: String(item.journey),
  customerId: String(item.customerId),
  key: String(item.journeyKey),
  status: String(item.status),
  startedAt: String(item.startedAt),
  startEventId: String(item.startEventId),
  attributes: (item.attributes ?? {}) as Record<string, string>,
  goals: (item.goals ?? {}) as JourneyItem['goals'],
  steps: (item.steps ?? {}) as Record<string, string>,
});

/**
 * The journeys, one item each. Every change that decides what a customer gets is one conditional write:
 * the journey is created once (a duplicate Card.Issued finds it), a goal moves the status only from the
 * status it expects, and a step is claimed only while the status is still the one its phase requires, so
 * a goal recorded a moment before a step stops that step.
 */
export class DynamoDbJourneys implements JourneyStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(item: JourneyItem): Promise<{ created: boolean; item: JourneyItem }> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...journeyKey(item),
            ...marshall(
              {
                journey: item.journey,
                customerId: item.customerId,
                journeyKey: item.key,
                status: item.status,
                startedAt: item.startedAt,
                startEventId: item.startEventId,
                attributes: item.attributes,
                goals: item.goals,
                steps: item.steps,
                expiresAt: Math.floor(Date.parse(item.startedAt) / 1000) + RETENTION_SECONDS,
              },
              // A journey's attributes come from its start event: one it did not carry is left out.
              { removeUndefinedValues: true },
            ),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { created: true, item };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = error.Item ? journeyOf(unmarshall(error.Item)) : await this.get(item);
      if (!existing) throw error;
      return { created: false, item: existing };
    }
  }

  async get(ref: JourneyRef): Promise<JourneyItem | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: journeyKey(ref), ConsistentRead: true }),
    );
    return Item ? journeyOf(unmarshall(Item)) : undefined;
  }

  async reachGoal(
    ref: JourneyRef,
    goal: { name: string; from: string; to: string; at: string; eventId: string },
  ): Promise<'reached' | 'already' | 'other_status' | 'not_found'> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: journeyKey(ref),
          UpdateExpression: 'SET #status = :to, goals.#goal = :goal',
          ConditionExpression: 'attribute_exists(pk) AND #status = :from',
          ExpressionAttributeNames: { '#status': 'status', '#goal': goal.name },
          ExpressionAttributeValues: marshall({
            ':to': goal.to,
            ':from': goal.from,
            ':goal': { at: goal.at, eventId: goal.eventId },
          }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'reached';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = error.Item ? journeyOf(unmarshall(error.Item)) : await this.get(ref);
      if (!existing) return 'not_found';
      return existing.goals[goal.name] ? 'already' : 'other_status';
    }
  }

  async claimStep(ref: JourneyRef, step: string, requires: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: journeyKey(ref),
          // A retried step keeps the time of its first claim.
          UpdateExpression: 'SET steps.#step = if_not_exists(steps.#step, :at)',
          ConditionExpression: 'attribute_exists(pk) AND #status = :requires',
          ExpressionAttributeNames: { '#status': 'status', '#step': step },
          ExpressionAttributeValues: marshall({ ':at': at.toISOString(), ':requires': requires }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async delete(ref: JourneyRef): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: journeyKey(ref) }));
  }

  async listForCustomer(customerId: string): Promise<JourneyItem[]> {
    const items: JourneyItem[] = [];
    let start: QueryCommand['input']['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: marshall({ ':pk': `CUST#${customerId}`, ':prefix': 'JOURNEY#' }),
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) items.push(journeyOf(unmarshall(item)));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async findByAttribute(
    customerId: string,
    journey: string,
    name: string,
    value: string,
  ): Promise<JourneyItem[]> {
    const items: JourneyItem[] = [];
    let start: QueryCommand['input']['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          FilterExpression: 'attributes.#name = :value',
          ExpressionAttributeNames: { '#name': name },
          ExpressionAttributeValues: marshall({
            ':pk': `CUST#${customerId}`,
            ':prefix': `JOURNEY#${journey}#`,
            ':value': value,
          }),
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) items.push(journeyOf(unmarshall(item)));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
