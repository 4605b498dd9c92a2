import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ConsentLedgerEntry } from '../../domain/policy/consent-ledger.ts';
import type { SettingName } from '../../domain/profile.ts';
import type { ProfileUpsert, ProfileWriter } from '../../ports/customers.ts';
import { indexContacts } from './contact-index.ts';
import { CONSENT_PREFIX, consentLedgerKey, profileKey, SETTING_PREFIX } from './profile-item.ts';

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
        Key: profileKey(customerId),
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

/** Applies profile, consent and alert-setting changes, each only if newer than what is stored. */
export class DynamoDbProfileWriter implements ProfileWriter {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async upsert(profile: ProfileUpsert): Promise<boolean> {
    const { customerId, occurredAt, ...fields } = profile;
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: profileKey(customerId),
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
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
    await indexContacts(this.client, this.tableName, customerId, fields.contacts);
    return true;
  }

  /**
   * Keeps the grant or withdrawal in the consent ledger (every one, in any order, once per bank event),
   * then makes it the current consent unless a later one was already applied.
   */
  async setConsent(entry: ConsentLedgerEntry, recordedAt: Date): Promise<'applied' | 'stale'> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          ...consentLedgerKey(entry),
          ...marshall({ ...entry, recordedAt: recordedAt.toISOString() }),
        },
      }),
    );
    const { customerId, channel, category, granted, source, occurredAt, eventId } = entry;
    return guardedUpdate(
      this.client,
      this.tableName,
      customerId,
      `${CONSENT_PREFIX}${channel}:${category}`,
      { granted, source, at: occurredAt, eventId },
      occurredAt,
    );
  }

  async markErasedBefore(customerId: string, erasedAt: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: profileKey(customerId),
          UpdateExpression: 'SET erasedAt = :e, erasedAtMs = :t, #c = :c',
          ConditionExpression: 'attribute_not_exists(erasedAtMs) OR erasedAtMs < :t',
          ExpressionAttributeNames: { '#c': 'customerId' },
          ExpressionAttributeValues: marshall({
            ':e': erasedAt,
            ':t': Date.parse(erasedAt),
            ':c': customerId,
          }),
        }),
      );
    } catch (error) {
      // A later erasure is marked already.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  setSetting(
    customerId: string,
    name: SettingName,
    value: unknown,
    at: string,
  ): Promise<'applied' | 'stale'> {
    return guardedUpdate(this.client, this.tableName, customerId, `${SETTING_PREFIX}${name}`, { value }, at);
  }
}
