import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { CHANNELS } from '../../contract/common.ts';
import type { SentTouch } from '../../domain/conversions.ts';
import { DEAD_LETTERED } from '../../domain/job-retries.ts';
import { occurrenceKey } from '../../domain/notification.ts';
import type { Category, Channel } from '../../domain/profile.ts';
import type { ChannelOutcome } from '../../domain/status-events.ts';
import type { ClaimKey, MessageLedger, SentMessageFacts } from '../../ports/message-ledger.ts';

// The message ledger: one item per message, on the customer's key, so that erasure (one Query of
// `CUST#<id>`) removes it. Trigger functions claim it (the decision), senders take a lease on the
// provider call and record the outcome, the journeys and win-back functions credit conversions to it, the
// status-events function reads its channels. The item's key and attributes are defined here and nowhere else.

/** Kept 90 days, longer than any redrive or archive replay Herald supports. */
export const MESSAGE_RETENTION_SECONDS = 90 * 24 * 3600;

type Status = 'queued' | 'sending' | 'sent' | 'failed' | 'suppressed';
const SETTLED: readonly Status[] = ['sent', 'failed', 'suppressed'];

/** The message item, every attribute the ledger writes or reads. */
interface MessageItem {
  /** `CUST#<customerId>`. */
  pk: string;
  /** `MSG#<occurrence key>#<type>#<channel>` (messageSk). */
  sk: string;
  customerId: string;
  notificationId: string;
  status: Status;
  decidedAt: string;
  /** The TTL, epoch seconds. */
  expiresAt: number;
  /** The channels the message is planned for, in order, comma-separated. */
  channels: string;
  /** Why a `failed` or `suppressed` message was not sent. */
  failureReason: string;
  /** Until when the attempt that holds the send lease may call the provider (epoch ms). */
  leaseUntilMs: number;
  attempts: number;
  settledAt: string;
  providerMessageId: string;
  /** The channel whose fallback superseded this failed or suppressed message. */
  supersededBy: Channel;
  supersededAt: string;
  convertedBy: string;
  convertedAt: string;
  // What a sent message reports when a conversion is credited to it (SentMessageFacts, its type and channel).
  type: string;
  channel: string;
  category: Category;
  locale: string;
  template: string;
  variant: string;
  journey: string;
  step: string;
  occurrence: string;
}
type Attribute = keyof MessageItem;

const MESSAGE_PREFIX = 'MSG#';
const customerPk = (customerId: string) => `CUST#${customerId}`;
const messageSk = (key: Pick<ClaimKey, 'eventId' | 'occurrence' | 'type' | 'channel'>) =>
  `${MESSAGE_PREFIX}${occurrenceKey(key)}#${key.type}#${key.channel}`;
/** The bank event a message item's sort key names, given the rest of its key. */
function eventIdOf(sk: string, rest: Pick<ClaimKey, 'occurrence' | 'type' | 'channel'>): string {
  const after = messageSk({ ...rest, eventId: '' }).slice(MESSAGE_PREFIX.length);
  return sk.slice(MESSAGE_PREFIX.length, sk.length - after.length);
}

/** The message item's primary key. */
export const messageKey = (key: ClaimKey): Record<string, AttributeValue> =>
  marshall({ pk: customerPk(key.customerId), sk: messageSk(key) } satisfies Pick<MessageItem, 'pk' | 'sk'>);

/** An expression over the item's attributes: each is written `${'name'}` and checked against MessageItem. */
interface Expression {
  text: string;
  names: Record<string, Attribute>;
}
const expr = (parts: TemplateStringsArray, ...attributes: Attribute[]): Expression => ({
  text: String.raw({ raw: parts }, ...attributes.map((name) => `#${name}`)),
  names: Object.fromEntries(attributes.map((name) => [`#${name}`, name])),
});

const joined =
  (separator: string) =>
  (...terms: Expression[]): Expression => ({
    text: terms.map((term) => term.text).join(separator),
    names: Object.assign({}, ...terms.map((term) => term.names)),
  });
const or = joined(' OR ');
const and = joined(' AND ');
const concat = joined('');
/** `, #name = :name` for each field: its value is `values[':name']`. */
const assignments = (names: readonly Attribute[]): Expression => ({
  text: names.map((name) => `, #${name} = :${name}`).join(''),
  names: Object.fromEntries(names.map((name) => [`#${name}`, name])),
});

/** A dead-lettered message may be taken again (a redrive), unless a fallback superseded it. */
const REDRIVABLE = expr`(${'status'} = :failed AND ${'failureReason'} = :deadLettered AND attribute_not_exists(${'supersededBy'}))`;
const EXISTS = expr`attribute_exists(${'pk'})`;
const ABSENT = expr`attribute_not_exists(${'pk'})`;

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/** A conditional write whose condition failed: the item as it was, when DynamoDB returned it. */
interface Conflict {
  item: Record<string, AttributeValue> | undefined;
}

/**
 * One adapter for every side of the message ledger. Writes after the claim that change a message's outcome
 * are conditional on the item existing: erasure may delete it at any time, and a write must never recreate
 * it (under the customer's key, without an expiry).
 */
export class DynamoDbMessageLedger implements MessageLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  // The trigger's side.

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
    const conflict = await this.put(key, {
      notificationId: decision.notificationId,
      status: decision.status,
      at: decision.at,
      ...(decision.channels?.length ? { channels: decision.channels.join(',') } : {}),
      // As markUnsent writes it for a message it does not send.
      ...(decision.status === 'suppressed' && decision.reason ? { failureReason: decision.reason } : {}),
    });
    if (!conflict) return 'claimed';
    const { status } = await this.stateAfter(conflict, key);
    return status && SETTLED.includes(status) ? 'duplicate' : 'pending';
  }

  // The sender's side.

  async claimFallback(key: ClaimKey, notificationId: string, at: Date): Promise<void> {
    // Claimed by an earlier delivery of the same fallback: beginSend decides what that attempt left.
    await this.put(key, { notificationId, status: 'queued', at }, { returnOld: false });
  }

  async beginSend(
    key: ClaimKey,
    now: Date,
    leaseMs: number,
    options: { reclaimExpiredLease: boolean },
  ): Promise<'go' | 'sent' | 'erased' | 'busy' | 'abandoned'> {
    const expired = expr`(${'status'} = :sending AND ${'leaseUntilMs'} < :now)`;
    const conflict = await this.update(key, {
      update: expr`SET ${'status'} = :sending, ${'leaseUntilMs'} = :until REMOVE ${'failureReason'}, ${'settledAt'} ADD ${'attempts'} :one`,
      condition: options.reclaimExpiredLease
        ? or(expr`${'status'} = :queued`, REDRIVABLE, expired)
        : or(expr`${'status'} = :queued`, REDRIVABLE),
      values: {
        ':sending': 'sending',
        ':queued': 'queued',
        ':failed': 'failed',
        ':deadLettered': DEAD_LETTERED,
        ':until': now.getTime() + leaseMs,
        ':one': 1,
        ...(options.reclaimExpiredLease ? { ':now': now.getTime() } : {}),
      },
      returnOld: true,
    });
    if (!conflict) return 'go';
    const { status, leaseUntilMs = 0 } = await this.stateAfter(conflict, key);
    // No claim at all: the customer was erased since the message was decided. Settled: nothing to send.
    if (status === undefined) return 'erased';
    if (status !== 'sending') return 'sent';
    return leaseUntilMs < now.getTime() ? 'abandoned' : 'busy';
  }

  async statusOf(key: ClaimKey): Promise<string | undefined> {
    const status = expr`${'status'}`;
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: messageKey(key),
        ConsistentRead: true,
        ProjectionExpression: status.text,
        ExpressionAttributeNames: status.names,
      }),
    );
    return Item ? this.read(Item).status : undefined;
  }

  markSent(
    key: ClaimKey,
    providerMessageId: string,
    at: Date,
    facts?: SentMessageFacts,
  ): Promise<'recorded' | 'erased'> {
    // With the facts a conversion reports later (sentBetween): type and channel are in the key.
    const reported: Partial<Pick<MessageItem, keyof SentMessageFacts | 'type' | 'channel'>> = {
      type: key.type,
      channel: key.channel,
      ...facts,
    };
    const kept = Object.entries(reported).filter(
      (entry): entry is [Attribute, string] => typeof entry[1] === 'string',
    );
    return this.settle(
      key,
      concat(
        expr`SET ${'status'} = :status, ${'providerMessageId'} = :detail, ${'settledAt'} = :at`,
        assignments(kept.map(([name]) => name)),
        expr` REMOVE ${'leaseUntilMs'}`,
      ),
      {
        ':status': 'sent',
        ':detail': providerMessageId,
        ':at': at.toISOString(),
        ...Object.fromEntries(kept.map(([name, value]) => [`:${name}`, value])),
      },
    );
  }

  markUnsent(
    key: ClaimKey,
    outcome: { status: 'failed' | 'suppressed'; reason: string },
    at: Date,
  ): Promise<'recorded' | 'erased'> {
    return this.settle(
      key,
      expr`SET ${'status'} = :status, ${'failureReason'} = :detail, ${'settledAt'} = :at REMOVE ${'leaseUntilMs'}`,
      { ':status': outcome.status, ':detail': outcome.reason, ':at': at.toISOString() },
    );
  }

  async releaseSend(key: ClaimKey, leaseUntilMs: number): Promise<boolean> {
    const conflict = await this.update(key, {
      update: expr`SET ${'status'} = :queued REMOVE ${'leaseUntilMs'}`,
      condition: expr`${'status'} = :sending AND ${'leaseUntilMs'} = :until`,
      values: { ':queued': 'queued', ':sending': 'sending', ':until': leaseUntilMs },
    });
    return !conflict;
  }

  async markDeadLettered(key: ClaimKey, at: Date): Promise<'marked' | 'settled' | 'missing'> {
    const conflict = await this.update(key, {
      update: expr`SET ${'status'} = :failed, ${'failureReason'} = :deadLettered, ${'settledAt'} = :at REMOVE ${'leaseUntilMs'}`,
      condition: or(expr`${'status'} IN (:queued, :sending)`, REDRIVABLE),
      values: {
        ':failed': 'failed',
        ':deadLettered': DEAD_LETTERED,
        ':queued': 'queued',
        ':sending': 'sending',
        ':at': at.toISOString(),
      },
      returnOld: true,
    });
    if (!conflict) return 'marked';
    const { status } = await this.stateAfter(conflict, key);
    return status === undefined ? 'missing' : 'settled';
  }

  async supersede(key: ClaimKey, by: Channel, at: Date): Promise<boolean> {
    const conflict = await this.update(key, {
      update: expr`SET ${'supersededBy'} = :by, ${'supersededAt'} = :at`,
      condition: expr`${'status'} IN (:failed, :suppressed)`,
      values: { ':by': by, ':at': at.toISOString(), ':failed': 'failed', ':suppressed': 'suppressed' },
    });
    return !conflict;
  }

  // The conversions' side.

  async sentBetween(
    customerId: string,
    typePrefixes: readonly string[],
    since: Date,
    until: Date,
  ): Promise<SentTouch[]> {
    const items = await this.messagesOf(customerId, MESSAGE_PREFIX, {
      filter: expr`${'status'} = :sent AND ${'settledAt'} BETWEEN :since AND :until`,
      values: { ':sent': 'sent', ':since': since.toISOString(), ':until': until.toISOString() },
    });
    const touches: SentTouch[] = [];
    for (const item of items) {
      const { type, channel, notificationId, locale, template, settledAt: sentAt, sk } = item;
      // Messages sent before the ledger kept these facts cannot be reported: they are left out.
      if (!type || !channel || !notificationId || !locale || !template || !sentAt || !sk) continue;
      if (!isChannel(channel) || !typePrefixes.some((prefix) => type.startsWith(prefix))) continue;
      const optional = (name: 'variant' | 'journey' | 'step' | 'occurrence') =>
        item[name] ? { [name]: item[name] } : {};
      touches.push({
        notificationId,
        eventId: eventIdOf(sk, { type, channel, occurrence: item.occurrence }),
        customerId,
        type,
        channel,
        category: item.category ?? 'transactional',
        locale,
        template,
        ...optional('variant'),
        ...optional('journey'),
        ...optional('step'),
        ...optional('occurrence'),
        sentAt,
      });
    }
    return touches;
  }

  async markConverted(key: ClaimKey, goalEventId: string, at: Date): Promise<boolean> {
    const conflict = await this.update(key, {
      update: expr`SET ${'convertedBy'} = :goal, ${'convertedAt'} = :at`,
      condition: and(EXISTS, expr`attribute_not_exists(${'convertedBy'})`),
      values: { ':goal': goalEventId, ':at': at.toISOString() },
    });
    return !conflict;
  }

  // The status events' side.

  /**
   * One Query for the items of the bank event, then the items that share the notification's sort key up to
   * its channel (the last part of the key). The delivery record has no occurrence, so the message is found
   * through its notification id.
   */
  async messageOf(record: { customerId: string; eventId: string; notificationId: string }) {
    const items = await this.messagesOf(record.customerId, `${MESSAGE_PREFIX}${record.eventId}#`, {
      projection: expr`${'sk'}, ${'notificationId'}, ${'status'}, ${'failureReason'}, ${'channels'}`,
    });
    const own = items.find((item) => item.notificationId === record.notificationId)?.sk;
    if (!own) return undefined;
    const message = own.slice(0, own.lastIndexOf('#') + 1);
    const channels: ChannelOutcome[] = [];
    for (const item of items) {
      const sk = item.sk ?? '';
      const channel = sk.slice(message.length);
      if (!sk.startsWith(message) || !isChannel(channel)) continue;
      const planned = item.channels?.split(',').filter(isChannel);
      channels.push({
        channel,
        notificationId: item.notificationId ?? '',
        status: item.status ?? '',
        ...(item.failureReason ? { reason: item.failureReason } : {}),
        ...(planned?.length ? { planned } : {}),
      });
    }
    return { message: message.slice(0, -1), channels };
  }

  // The item's reads and writes.

  private read(item: Record<string, AttributeValue>): Partial<MessageItem> {
    return unmarshall(item) as Partial<MessageItem>;
  }

  /** Creates the message's claim unless it exists: the conflict when it does. */
  private async put(
    key: ClaimKey,
    claim: Pick<MessageItem, 'notificationId' | 'status'> &
      Partial<Pick<MessageItem, 'channels' | 'failureReason'>> & { at: Date },
    { returnOld = true } = {},
  ): Promise<Conflict | undefined> {
    const { at, ...fields } = claim;
    const item: Pick<MessageItem, 'customerId' | 'notificationId' | 'status' | 'decidedAt' | 'expiresAt'> &
      Partial<Pick<MessageItem, 'channels' | 'failureReason'>> = {
      customerId: key.customerId,
      ...fields,
      decidedAt: at.toISOString(),
      expiresAt: Math.floor(at.getTime() / 1000) + MESSAGE_RETENTION_SECONDS,
    };
    return this.conditionally(
      this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: { ...messageKey(key), ...marshall(item) },
          ConditionExpression: ABSENT.text,
          ExpressionAttributeNames: ABSENT.names,
          ...(returnOld ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
        }),
      ),
    );
  }

  /** A conditional update of the message: the conflict when its condition failed. */
  private update(
    key: ClaimKey,
    write: {
      update: Expression;
      condition: Expression;
      values: Record<string, string | number>;
      returnOld?: boolean;
    },
  ): Promise<Conflict | undefined> {
    return this.conditionally(
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: messageKey(key),
          UpdateExpression: write.update.text,
          ConditionExpression: write.condition.text,
          ExpressionAttributeNames: { ...write.update.names, ...write.condition.names },
          ExpressionAttributeValues: marshall(write.values),
          ...(write.returnOld ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
        }),
      ),
    );
  }

  /**
   * Writes an outcome to the message, if it still exists. A failed condition means erasure deleted it
   * after the lease was taken: 'erased', and nothing is written (the key names the customer: nothing about
   * it is logged either).
   */
  private async settle(
    key: ClaimKey,
    update: Expression,
    values: Record<string, string>,
  ): Promise<'recorded' | 'erased'> {
    const conflict = await this.update(key, { update, condition: EXISTS, values });
    return conflict ? 'erased' : 'recorded';
  }

  /** Awaits a conditional write: the conflict when its condition failed. */
  private async conditionally(write: Promise<unknown>): Promise<Conflict | undefined> {
    try {
      await write;
      return undefined;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return { item: error.Item };
      throw error;
    }
  }

  /**
   * The state of the message that made a conditional write fail: DynamoDB returns the item with the error
   * (ReturnValuesOnConditionCheckFailure); where an endpoint does not, it is read back.
   */
  private async stateAfter(conflict: Conflict, key: ClaimKey): Promise<Partial<MessageItem>> {
    const item =
      conflict.item ??
      (
        await this.client.send(
          new GetItemCommand({ TableName: this.tableName, Key: messageKey(key), ConsistentRead: true }),
        )
      ).Item;
    return item ? this.read(item) : {};
  }

  /** The customer's message items whose sort key starts with `prefix`, every page of them. */
  private async messagesOf(
    customerId: string,
    prefix: string,
    query: { filter?: Expression; values?: Record<string, string>; projection?: Expression },
  ): Promise<Partial<MessageItem>[]> {
    const keyCondition = expr`${'pk'} = :pk AND begins_with(${'sk'}, :prefix)`;
    const items: Partial<MessageItem>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: keyCondition.text,
          ...(query.filter ? { FilterExpression: query.filter.text } : {}),
          ...(query.projection ? { ProjectionExpression: query.projection.text } : {}),
          ExpressionAttributeNames: {
            ...keyCondition.names,
            ...query.filter?.names,
            ...query.projection?.names,
          },
          ExpressionAttributeValues: marshall({
            ':pk': customerPk(customerId),
            ':prefix': prefix,
            ...query.values,
          }),
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...(page.Items ?? []).map((item) => this.read(item)));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
