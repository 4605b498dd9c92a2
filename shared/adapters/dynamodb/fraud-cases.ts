import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type {
  FraudAnswer,
  FraudCase,
  FraudCaseRef,
  FraudOutcome,
  ReplyChannel,
} from '../../domain/journeys/fraud-reply.ts';
import type { FraudCaseStore } from '../../ports/fraud.ts';

/** A case's item: under the customer, so that erasure (one Query of `CUST#<id>`) removes it. */
export const fraudCaseKey = (ref: FraudCaseRef) => ({
  pk: { S: `CUST#${ref.customerId}` },
  sk: { S: `FRAUDCASE#${ref.caseId}` },
});

/** Cases are kept 30 days after their last answer could count (TTL): long enough for the bank's questions. */
const CASE_RETENTION_SECONDS = 30 * 24 * 3600;
/** Phone lookups only matter while a case can be answered: kept a day past that, then gone. */
const LOOKUP_RETENTION_SECONDS = 24 * 3600;

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const caseOf = (item: Record<string, unknown>): FraudCase => ({
  customerId: String(item.customerId),
  caseId: String(item.caseId),
  cardId: String(item.cardId),
  cardLast4: String(item.cardLast4),
  eventId: String(item.eventId),
  occurredAt: String(item.occurredAt),
  replyBy: String(item.replyBy),
  answerBy: String(item.answerBy),
  status: String(item.status) as FraudCase['status'],
  ...(typeof item.answer === 'string' ? { answer: item.answer as FraudAnswer } : {}),
  ...(typeof item.channel === 'string' ? { channel: item.channel as ReplyChannel } : {}),
  ...(typeof item.answeredAt === 'string' ? { answeredAt: item.answeredAt } : {}),
  ...(typeof item.outcome === 'string' ? { outcome: item.outcome as FraudCase['outcome'] } : {}),
});

/**
 * The fraud cases. Every change that decides what happens is one conditional write: the case is created
 * once; the first answer moves it from `awaiting` to `answered` only before its `answerBy`, so a second,
 * late or racing answer changes nothing; the workflow closes it once. The waiting Task's token is stored on
 * the case (never logged): whoever records the answer resumes the execution with it.
 */
export class DynamoDbFraudCases implements FraudCaseStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(item: FraudCase, phoneKeys: string[]): Promise<{ created: boolean; item: FraudCase }> {
    let result: { created: boolean; item: FraudCase };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            ...fraudCaseKey(item),
            ...marshall(
              { ...item, expiresAt: epoch(item.answerBy) + CASE_RETENTION_SECONDS },
              { removeUndefinedValues: true },
            ),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      result = { created: true, item };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = error.Item ? caseOf(unmarshall(error.Item)) : await this.get(item);
      if (!existing) throw error;
      result = { created: false, item: existing };
    }
    // Written on every delivery (idempotent puts): a crash after the case's put leaves none missing.
    for (const key of phoneKeys) {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            pk: { S: `REPLYPHONE#${key}` },
            sk: { S: `FRAUDCASE#${item.customerId}#${item.caseId}` },
            ...marshall({
              customerId: item.customerId,
              caseId: item.caseId,
              expiresAt: epoch(item.answerBy) + LOOKUP_RETENTION_SECONDS,
            }),
          },
        }),
      );
    }
    return result;
  }

  private async raw(ref: FraudCaseRef): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: fraudCaseKey(ref), ConsistentRead: true }),
    );
    return Item ? unmarshall(Item) : undefined;
  }

  async get(ref: FraudCaseRef): Promise<FraudCase | undefined> {
    const item = await this.raw(ref);
    return item ? caseOf(item) : undefined;
  }

  async taskToken(ref: FraudCaseRef): Promise<string | undefined> {
    const item = await this.raw(ref);
    return typeof item?.taskToken === 'string' ? item.taskToken : undefined;
  }

  async recordAnswer(
    ref: FraudCaseRef,
    answer: { answer: FraudAnswer; channel: ReplyChannel; at: Date },
  ): ReturnType<FraudCaseStore['recordAnswer']> {
    const at = answer.at.toISOString();
    try {
      const { Attributes } = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: fraudCaseKey(ref),
          UpdateExpression: 'SET #status = :answered, answer = :answer, channel = :channel, answeredAt = :at',
          // ISO-8601 UTC strings of one format compare as their instants do.
          ConditionExpression: 'attribute_exists(pk) AND #status = :awaiting AND answerBy > :at',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({
            ':answered': 'answered',
            ':awaiting': 'awaiting',
            ':answer': answer.answer,
            ':channel': answer.channel,
            ':at': at,
          }),
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      const item = unmarshall(Attributes ?? {});
      return {
        outcome: 'recorded',
        item: caseOf(item),
        ...(typeof item.taskToken === 'string' ? { taskToken: item.taskToken } : {}),
      };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = error.Item ? unmarshall(error.Item) : await this.raw(ref);
      if (!old) return { outcome: 'not_found' };
      const item = caseOf(old);
      // Past answerBy, or closed by the workflow on no answer: too late. Closed on an answer: answered.
      return { outcome: item.answer === undefined ? 'too_late' : 'already_answered', item };
    }
  }

  async storeTaskToken(ref: FraudCaseRef, token: string): Promise<{ stored: boolean; item?: FraudCase }> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: fraudCaseKey(ref),
          UpdateExpression: 'SET taskToken = :token',
          ConditionExpression: 'attribute_exists(pk) AND #status = :awaiting',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':token': token, ':awaiting': 'awaiting' }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { stored: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = error.Item ? unmarshall(error.Item) : await this.raw(ref);
      return old ? { stored: false, item: caseOf(old) } : { stored: false };
    }
  }

  async close(ref: FraudCaseRef, outcome: FraudOutcome, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: fraudCaseKey(ref),
          UpdateExpression: 'SET #status = :closed, outcome = :outcome, closedAt = :at REMOVE taskToken',
          ConditionExpression: 'attribute_exists(pk) AND #status <> :closed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: marshall({
            ':closed': 'closed',
            ':outcome': outcome.kind,
            ':at': at.toISOString(),
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async useLink(customerId: string, linkId: string, expiresAt: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            pk: { S: `CUST#${customerId}` },
            sk: { S: `REPLYLINK#${linkId}` },
            ...marshall({ expiresAt: expiresAt + LOOKUP_RETENTION_SECONDS }),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async casesByPhone(phoneKey: string): Promise<FraudCaseRef[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': `REPLYPHONE#${phoneKey}` }),
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).map((i) => {
      const item = unmarshall(i);
      return { customerId: String(item.customerId), caseId: String(item.caseId) };
    });
  }
}
