// Conversion attribution on a real DynamoDB API (dynalite): a goal event credits the latest notification of
// its kinds sent within the window before it, on every channel it went out on, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbMessageLedger } from '../../shared/adapters/dynamodb/message-ledger.ts';
import { attributeConversion } from '../../shared/application/attribute-conversion.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { Channel } from '../../shared/domain/profile.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

/** A message of `type` sent to the customer on `channel` at `sentAt`, as the senders leave it. */
async function sent(customerId: string, eventId: string, type: string, channel: Channel, sentAt: string) {
  const key = { customerId, eventId, type, channel };
  const notificationId = `n-${eventId}-${channel}`;
  await new DynamoDbMessageLedger(table.client, table.tableName).claim(key, {
    status: 'queued',
    notificationId,
    at: new Date(sentAt),
  });
  await new DynamoDbMessageLedger(table.client, table.tableName).markSent(
    key,
    `p-${notificationId}`,
    new Date(sentAt),
    {
      notificationId,
      category: 'transactional',
      locale: 'en',
      template: `${type}/${channel}/en`,
      journey: 'card_activation',
      step: type.split('.')[1] ?? '',
      variant: 'A',
    },
  );
}

function harness() {
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  const deps = {
    conversions: new DynamoDbMessageLedger(table.client, table.tableName),
    log: { write: (r: DeliveryRecord | RejectedRecord) => records.push(r) },
    now: () => new Date('2026-03-05T09:00:00Z'),
    windowDays: 7,
  };
  return { records, deps };
}
const activated = (customerId: string, eventId: string, occurredAt = '2026-03-05T09:00:00Z') => ({
  detailType: 'Card.Activated',
  eventId,
  occurredAt,
  customerId,
});

describe('attributeConversion', () => {
  it('credits the latest reminder on each channel it went out on, once, with the message’s own fields', async () => {
    await sent('c-1', 'welcome-1', 'card_activation.welcome', 'email', '2026-03-02T09:00:00Z');
    await sent('c-1', 'reminder-1', 'card_activation.reminder', 'email', '2026-03-04T09:00:00Z');
    await sent('c-1', 'reminder-1', 'card_activation.reminder', 'sms', '2026-03-04T09:00:01Z');
    const { records, deps } = harness();

    expect(await attributeConversion(activated('c-1', 'act-1'), deps)).toBe(2);
    // The same goal again (a redelivery) credits nothing more.
    expect(await attributeConversion(activated('c-1', 'act-1'), deps)).toBe(0);

    expect(records).toEqual([
      {
        kind: 'delivery',
        v: 1,
        time: '2026-03-05T09:00:00.000Z',
        notificationId: 'n-reminder-1-email',
        eventId: 'reminder-1',
        customerId: 'c-1',
        type: 'card_activation.reminder',
        category: 'transactional',
        channel: 'email',
        status: 'converted',
        journey: 'card_activation',
        step: 'reminder',
        variant: 'A',
        locale: 'en',
        template: 'card_activation.reminder/email/en',
      },
      expect.objectContaining({ notificationId: 'n-reminder-1-sms', channel: 'sms', status: 'converted' }),
    ]);
  });

  it.each([
    ['sent after the goal', '2026-03-05T10:00:00Z', 'card_activation.reminder'],
    ['sent at the goal itself (caused by it)', '2026-03-05T09:00:00Z', 'card_activation.reminder'],
    ['sent before the window', '2026-02-25T08:59:59Z', 'card_activation.reminder'],
    ['of a kind the goal does not answer', '2026-03-04T09:00:00Z', 'card_activation.offers'],
    ['of another journey', '2026-03-04T09:00:00Z', 'balance.low'],
  ])('credits nothing to a message %s', async (label, sentAt, type) => {
    const customerId = `c-${label.replace(/\W+/g, '-')}`;
    await sent(customerId, 'm-1', type, 'email', sentAt);
    const { records, deps } = harness();
    expect(await attributeConversion(activated(customerId, 'act-x'), deps)).toBe(0);
    expect(records).toEqual([]);
  });

  it('ignores events that are not goals', async () => {
    const { deps } = harness();
    expect(await attributeConversion({ ...activated('c-1', 'x'), detailType: 'Balance.Changed' }, deps)).toBe(
      0,
    );
  });
});
