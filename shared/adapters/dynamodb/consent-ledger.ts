import { type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ConsentLedgerEntry } from '../../domain/policy/consent-ledger.ts';
import type { ConsentLedgerReader, RecordedConsent } from '../../ports/customers.ts';

/**
 * Reads a customer's consent ledger: the entries profile-writer.ts `setConsent` puts under the customer's
 * key (sk CONSENT#<channel>#<category>#<occurredAt>#<eventId>, profile-item.ts), one Query page at a time.
 */
export class DynamoDbConsentLedger implements ConsentLedgerReader {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async entries(customerId: string): Promise<RecordedConsent[]> {
    const entries: RecordedConsent[] = [];
    let startKey: QueryCommand['input']['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
          ExpressionAttributeValues: marshall({ ':pk': `CUST#${customerId}`, ':sk': 'CONSENT#' }),
          ConsistentRead: true,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const raw of page.Items ?? []) {
        const item = unmarshall(raw) as ConsentLedgerEntry & { recordedAt?: string };
        entries.push({
          customerId: item.customerId,
          channel: item.channel,
          category: item.category,
          granted: item.granted,
          source: item.source,
          occurredAt: item.occurredAt,
          eventId: item.eventId,
          ...(typeof item.causedBy === 'string' ? { causedBy: item.causedBy } : {}),
          ...(typeof item.recordedAt === 'string' ? { recordedAt: item.recordedAt } : {}),
        });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return entries;
  }
}
