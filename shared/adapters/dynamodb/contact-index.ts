import { type DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { phoneKey } from '../../domain/journeys/fraud-reply.ts';
import type { CustomerProfile } from '../../domain/profile.ts';
import type { CustomersByNumber } from '../../ports/customers.ts';

// Which customers a phone or WhatsApp number belongs to, for the replies that name no customer (an SMS
// STOP): one item per number and customer (pk CONTACT#<phoneKey>, sk CUST#<customerId>), the number only as
// its keyed hash (phoneKey), never as written. Each has a reference under the customer's own key (sk
// CONTACTREF#<phoneKey>, with lookupPk / lookupSk) so erasure, which deletes the customer's partition
// (customer-data.ts), finds and deletes it too. A number the customer no longer has stays indexed until
// then: readers check the profile's current number (shared/application/consent-keywords.ts).

const numbersOf = (contacts: CustomerProfile['contacts']): string[] => [
  ...new Set(
    [contacts.phone, contacts.whatsapp].filter((n): n is string => typeof n === 'string' && n !== ''),
  ),
];

/** Indexes the customer's phone and WhatsApp numbers (idempotent puts, on every applied Customer.Upserted). */
export async function indexContacts(
  client: DynamoDBClient,
  tableName: string,
  customerId: string,
  contacts: CustomerProfile['contacts'],
): Promise<void> {
  for (const key of new Set(numbersOf(contacts).map(phoneKey))) {
    const lookup = { pk: `CONTACT#${key}`, sk: `CUST#${customerId}` };
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: marshall({ ...lookup, customerId }) }),
    );
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall({
          pk: `CUST#${customerId}`,
          sk: `CONTACTREF#${key}`,
          lookupPk: lookup.pk,
          lookupSk: lookup.sk,
        }),
      }),
    );
  }
}

/** The customers a number was ever given for (check each profile's current number). */
export class DynamoDbCustomersByNumber implements CustomersByNumber {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async customersOf(numberKey: string): Promise<string[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': `CONTACT#${numberKey}` }),
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).map((item) => String(unmarshall(item).customerId));
  }
}
