import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ConsentState, CustomerProfile } from '../../domain/profile.ts';
import type { ProfileReader } from '../../ports/ports.ts';
import { CONSENT_PREFIX, LOW_BALANCE_ATTRIBUTE, profileKey } from './profile-item.ts';

/** Reads the profile item in one strongly consistent GetItem. */
export class DynamoDbProfileReader implements ProfileReader {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(customerId: string): Promise<CustomerProfile | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: profileKey(customerId), ConsistentRead: true }),
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
    const lowBalance = item[LOW_BALANCE_ATTRIBUTE] as
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
}
