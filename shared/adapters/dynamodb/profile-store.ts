import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Category, Channel, ConsentState, CustomerProfile } from '../../domain/profile.ts';
import type { ProfileStore, ProfileUpsert } from '../../ports/ports.ts';

// One item per customer (pk CUST#id, sk PROFILE). Consents and alert settings are top-level attributes
// (`consent:<channel>:<category>`, `alert:lowBalance`) so each can be set on its own, before or after the
// profile itself, each guarded by the time of the bank event that set it.
const customerKey = (customerId: string) => marshall({ pk: `CUST#${customerId}`, sk: 'PROFILE' });
const CONSENT_PREFIX = 'consent:';

async function guardedUpdate(
  client: DynamoDBClient,
  tableName: string,
  customerId: string,
  attribute: string,
  value: Record<string, unknown>,
  at: string,
): Promise<'applied' | 'stale'> {
  try {
    await client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: customerKey(customerId),
        UpdateExpression: 'SET #a = :v, #c = :c',
        ConditionExpression: 'attribute_not_exists(#a) OR #a.atMs <= :t',
        ExpressionAttributeNames: { '#a': attribute, '#c': 'customerId' },
        ExpressionAttributeValues: marshall(
          { ':v': { ...value, atMs: Date.parse(at) }, ':c': customerId, ':t': Date.parse(at) },
          { removeUndefinedValues: true },
        ),
      }),
    );
    return 'applied';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'stale';
    throw error;
  }
}

export class DynamoDbProfileStore implements ProfileStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(customerId: string): Promise<CustomerProfile | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: customerKey(customerId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const item = unmarshall(Item);
    // Consents or settings can arrive before Customer.Upserted; without it the customer is not known yet.
    if (typeof item.locale !== 'string') return undefined;
    const consents: Record<string, ConsentState> = {};
    for (const [name, value] of Object.entries(item)) {
      if (name.startsWith(CONSENT_PREFIX)) {
        const { granted, source, at } = value as ConsentState;
        consents[name.slice(CONSENT_PREFIX.length)] = { granted, source, at };
      }
    }
    const lowBalance = item['alert:lowBalance'] as
      | (CustomerProfile['alerts']['lowBalance'] & { atMs: number })
      | undefined;
    return {
      customerId,
      ...(item.name ? { name: item.name } : {}),
      locale: item.locale,
      timeZone: item.timeZone,
      contacts: item.contacts ?? {},
      ...(item.segment ? { segment: item.segment } : {}),
      consents,
      alerts: lowBalance
        ? {
            lowBalance: {
              accountId: lowBalance.accountId,
              threshold: lowBalance.threshold,
              currency: lowBalance.currency,
            },
          }
        : {},
    };
  }

  async upsert(profile: ProfileUpsert): Promise<boolean> {
    const { customerId, occurredAt, ...fields } = profile;
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: customerKey(customerId),
          UpdateExpression:
            'SET #customerId = :c, #profileAtMs = :t, #locale = :locale, #timeZone = :tz, #contacts = :contacts, #name = :name, #segment = :segment',
          ConditionExpression: 'attribute_not_exists(#profileAtMs) OR #profileAtMs <= :t',
          ExpressionAttributeNames: Object.fromEntries(
            ['customerId', 'profileAtMs', 'locale', 'timeZone', 'contacts', 'name', 'segment'].map((n) => [
              `#${n}`,
              n,
            ]),
          ),
          ExpressionAttributeValues: marshall(
            {
              ':c': customerId,
              ':t': Date.parse(occurredAt),
              ':locale': fields.locale,
              ':tz': fields.timeZone,
              ':contacts': fields.contacts,
              ':name': fields.name ?? null,
              ':segment': fields.segment ?? null,
            },
            { removeUndefinedValues: true },
          ),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  setConsent(
    customerId: string,
    channel: Channel,
    category: Category,
    state: { granted: boolean; source: string; at: string },
  ): Promise<'applied' | 'stale'> {
    return guardedUpdate(
      this.client,
      this.tableName,
      customerId,
      `${CONSENT_PREFIX}${channel}:${category}`,
      state,
      state.at,
    );
  }

  setLowBalance(
    customerId: string,
    setting: CustomerProfile['alerts']['lowBalance'],
    at: string,
  ): Promise<'applied' | 'stale'> {
    return guardedUpdate(this.client, this.tableName, customerId, 'alert:lowBalance', { ...setting }, at);
  }
}
