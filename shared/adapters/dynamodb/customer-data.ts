import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  QueryCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { CustomerData } from '../../ports/customers.ts';

const CONSENT_ENTRY = 'CONSENT#';
const PRICE_ALERT_ENTRY = 'PRICEALERT#';
const JOURNEY_ENTRY = 'JOURNEY#';

/** Erases a customer's partition (pk CUST#id): one Query page at a time, deletes in batches of 25. */
export class DynamoDbCustomerData implements CustomerData {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async erase(
    customerId: string,
    pseudonym: string,
    at: Date,
  ): Promise<{ deleted: number; keptConsents: number; journeysLeft: number }> {
    let deleted = 0;
    let keptConsents = 0;
    let journeysLeft = 0;
    let startKey: QueryCommand['input']['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: `CUST#${customerId}` } },
          ConsistentRead: true,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      const writes: WriteRequest[] = [];
      for (const item of page.Items ?? []) {
        const sk = item.sk?.S ?? '';
        if (sk.startsWith(JOURNEY_ENTRY)) {
          // The journeys function stops a journey's executions, then deletes its item (it needs the item
          // to name the executions): left for it.
          journeysLeft += 1;
          continue;
        }
        if (sk.startsWith(CONSENT_ENTRY)) {
          // The consent ledger stays, under the pseudonym and without the customer id: proof of what was
          // granted when, for as long as the law asks, without naming the customer.
          const { customerId: _dropped, pk: _pk, ...entry } = item;
          writes.push({
            PutRequest: {
              Item: { ...entry, pk: { S: `ERASED#${pseudonym}` }, erasedAt: { S: at.toISOString() } },
            },
          });
          keptConsents += 1;
        }
        if (item.lookupPk?.S && item.lookupSk?.S) {
          // An item elsewhere that names the customer (contact-index.ts: a number's lookup): deleted too.
          writes.push({ DeleteRequest: { Key: { pk: item.lookupPk, sk: item.lookupSk } } });
          deleted += 1;
        }
        if (sk.startsWith(PRICE_ALERT_ENTRY) && item.armedPk?.S && item.armedSk?.S) {
          // A price alert is armed under its symbol (adapters/dynamodb/price-alerts.ts); this entry knows where.
          writes.push({ DeleteRequest: { Key: { pk: item.armedPk, sk: item.armedSk } } });
          deleted += 1;
        }
        writes.push({ DeleteRequest: { Key: { pk: item.pk ?? { S: '' }, sk: item.sk ?? { S: '' } } } });
        deleted += 1;
      }
      for (let i = 0; i < writes.length; i += 25) await this.write(writes.slice(i, i + 25));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { deleted, keptConsents, journeysLeft };
  }

  /** BatchWriteItem, retrying what DynamoDB hands back unprocessed. */
  private async write(requests: WriteRequest[]): Promise<void> {
    let pending: WriteRequest[] = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((ok) => setTimeout(ok, Math.min(1000, 50 * 2 ** attempt)));
      if (attempt > 8) throw new Error(`${pending.length} erasure writes still unprocessed`);
      const result = await this.client.send(
        new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }),
      );
      pending = result.UnprocessedItems?.[this.tableName] ?? [];
    }
  }
}
