import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ConsentState, CustomerProfile } from '../../domain/profile.ts';
import type { ProfileReader } from '../../ports/customers.ts';
import { CONSENT_PREFIX, profileKey, SETTING_PREFIX } from './profile-item.ts';

/** Reads the profile item in one strongly consistent GetItem. */
export class DynamoDbProfileReader implements ProfileReader {
  constructor(
    protected readonly client: DynamoDBClient,
    protected readonly tableName: string,
  ) {}

  async get(customerId: string): Promise<CustomerProfile | undefined> {
    const item = await this.item(customerId);
    return item && profileFromItem(customerId, item);
  }

  /** The whole profile item, as plain values (balance-alert-state.ts reads its own attributes too). */
  protected async item(customerId: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: profileKey(customerId), ConsistentRead: true }),
    );
    return Item && unmarshall(Item);
  }
}

/** The profile in a profile item read as plain values; undefined until Customer.Upserted has set it. */
export function profileFromItem(
  customerId: string,
  plain: Record<string, unknown>,
): CustomerProfile | undefined {
  const item = plain as Record<string, unknown> & {
    locale?: string;
    timeZone: string;
    name?: CustomerProfile['name'] | null;
    contacts?: CustomerProfile['contacts'];
    segment?: string | null;
    erasedAt?: string;
  };
  // Consents or settings can arrive before Customer.Upserted; without it the customer is not known yet.
  if (typeof item.locale !== 'string') return undefined;
  const consents: Record<string, ConsentState> = {};
  const settings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(CONSENT_PREFIX)) {
      const { granted, source, at, eventId } = value as ConsentState;
      consents[name.slice(CONSENT_PREFIX.length)] = {
        granted,
        source,
        at,
        ...(eventId ? { eventId } : {}),
      };
    } else if (name.startsWith(SETTING_PREFIX)) {
      settings[name.slice(SETTING_PREFIX.length)] = (value as { value: unknown }).value;
    }
  }
  const { lowBalance, largeTransaction, creditUtilization, quietHours, channelOrder } = settings as Partial<{
    lowBalance: CustomerProfile['alerts']['lowBalance'];
    largeTransaction: CustomerProfile['alerts']['largeTransaction'];
    creditUtilization: CustomerProfile['alerts']['creditUtilization'];
    quietHours: CustomerProfile['quietHours'];
    channelOrder: CustomerProfile['channelOrder'];
  }>;
  return {
    customerId,
    ...(item.name ? { name: item.name } : {}),
    locale: item.locale,
    timeZone: item.timeZone,
    contacts: item.contacts ?? {},
    ...(item.segment ? { segment: item.segment } : {}),
    consents,
    alerts: {
      ...(lowBalance ? { lowBalance } : {}),
      ...(largeTransaction ? { largeTransaction } : {}),
      ...(creditUtilization ? { creditUtilization } : {}),
    },
    ...(quietHours ? { quietHours } : {}),
    ...(channelOrder ? { channelOrder } : {}),
    ...(typeof item.erasedAt === 'string' ? { erasedAt: item.erasedAt } : {}),
  };
}
