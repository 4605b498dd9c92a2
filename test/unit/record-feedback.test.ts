import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbSuppressionList } from '../../shared/adapters/dynamodb/suppressions.ts';
import { recordFeedback } from '../../shared/application/record-feedback.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { toMessageTags } from '../../shared/domain/message-tags.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const tags = Object.fromEntries(
  toMessageTags({
    notificationId: 'n-1',
    eventId: 'e-1',
    customerId: 'c-1',
    type: 'balance.low',
    category: 'transactional',
    channel: 'email',
    locale: 'en',
    template: 'balance.low/email/en',
  }).map((t) => [t.Name, [t.Value]]),
);

describe('recordFeedback (dynalite)', () => {
  it('suppresses a hard-bounced address for later sends and logs the bounce', async () => {
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    const suppressions = new DynamoDbSuppressionList(table.client, table.tableName);
    // Act
    const ignored = await recordFeedback(
      {
        eventType: 'Bounce',
        mail: { messageId: 'ses-1', timestamp: '2026-03-03T10:00:00Z', tags },
        bounce: {
          bounceType: 'Permanent',
          timestamp: '2026-03-03T10:00:04Z',
          bouncedRecipients: [{ emailAddress: 'Gone@Example.com' }],
        },
      },
      { log: { write: (r) => records.push(r) }, suppressions },
    );
    // Assess: the same address in another spelling is suppressed too
    expect(ignored).toBeUndefined();
    expect(await suppressions.reasonFor('email', 'gone@example.com')).toBe('bounced_address');
    expect(await suppressions.reasonFor('email', 'other@example.com')).toBeUndefined();
    expect(records).toEqual([
      expect.objectContaining({ notificationId: 'n-1', status: 'bounced', reason: 'hard_bounce' }),
    ]);
  });
});
