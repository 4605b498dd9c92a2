import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { JourneyItem, JourneyRef } from '../../domain/journeys/journey.ts';
import { LAPSED, WATCHING } from '../../domain/journeys/win-back.ts';
import type { WinBackStore } from '../../ports/journeys.ts';
import { journeyKey, journeyOf } from './journeys.ts';

/**
 * Kept a year after the latest activity (TTL): the item of a customer who stays away that long goes, and
 * their next activity starts afresh.
 */
const RETENTION_SECONDS = 365 * 24 * 3600;
const expiresAt = (at: string) => Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS;

/**
 * The win-back journey item's writes (the item itself is created, read and claimed by DynamoDbJourneys).
 * Each is one conditional update, so that an activity and the watch's check never both win: a lapse
 * requires the activity the check saw to be still the latest, and an activity recorded on a watching
 * journey leaves it watching.
 */
export class DynamoDbWinBack implements WinBackStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async recordActivity(
    ref: JourneyRef,
    activity: { at: string; eventId: string },
    rotateBefore: string,
  ): Promise<{ recorded: true } | { recorded: false; item: JourneyItem | undefined }> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: journeyKey(ref),
          UpdateExpression: 'SET attributes.lastActiveAt = :at, expiresAt = :expires',
          // ISO-8601 instants in UTC with milliseconds (as Herald writes them) compare as strings.
          ConditionExpression:
            'attribute_exists(pk) AND #status = :watching AND attributes.lastActiveAt < :at AND attributes.armedAt >= :rotate',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({
            ':at': activity.at,
            ':expires': expiresAt(activity.at),
            ':watching': WATCHING,
            ':rotate': rotateBefore,
          }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { recorded: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { recorded: false, item: error.Item ? journeyOf(unmarshall(error.Item)) : undefined };
    }
  }

  async rearm(
    ref: JourneyRef,
    seen: { status: string; watch: string },
    next: { watch: string; at: string; eventId: string; returned: boolean },
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: journeyKey(ref),
          UpdateExpression: `SET #status = :watching, attributes.lastActiveAt = :at, attributes.watch = :watch, attributes.armedAt = :at, attributes.armedBy = :eventId, expiresAt = :expires${next.returned ? ', goals.returned = :goal' : ''}`,
          ConditionExpression: 'attribute_exists(pk) AND #status = :status AND attributes.watch = :seen',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({
            ':watching': WATCHING,
            ':at': next.at,
            ':watch': next.watch,
            ':eventId': next.eventId,
            ':expires': expiresAt(next.at),
            ':status': seen.status,
            ':seen': seen.watch,
            ...(next.returned ? { ':goal': { at: next.at, eventId: next.eventId } } : {}),
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async lapse(ref: JourneyRef, lastActiveAt: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: journeyKey(ref),
          UpdateExpression: 'SET #status = :lapsed, attributes.lapsedAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND #status = :watching AND attributes.lastActiveAt = :seen',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({
            ':lapsed': LAPSED,
            ':now': at.toISOString(),
            ':watching': WATCHING,
            ':seen': lastActiveAt,
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
