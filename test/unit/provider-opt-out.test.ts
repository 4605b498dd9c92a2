// A send the provider refused for an opted-out number (shared/application/provider-opt-out.ts) on dynalite:
// the ledger takes the provider's word once, agrees silently when it withdrew already, and ignores every
// other record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbConsentLedger } from '../../shared/adapters/dynamodb/consent-ledger.ts';
import { DynamoDbOutboundEventClaims } from '../../shared/adapters/dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '../../shared/adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../../shared/adapters/dynamodb/profile-writer.ts';
import type { ChangeConsentDeps } from '../../shared/application/change-consent.ts';
import { takeProviderOptOut } from '../../shared/application/provider-opt-out.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const now = () => new Date('2026-03-03T11:00:05Z');

/** A customer with SMS consent as the bank set it, `granted` for both categories. */
async function customer(customerId: string, granted: boolean): Promise<void> {
  const writer = new DynamoDbProfileWriter(table.client, table.tableName);
  await writer.upsert({
    customerId,
    occurredAt: '2026-03-01T09:00:00Z',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { phone: '+447700900001' },
  });
  for (const category of ['transactional', 'marketing'] as const)
    await writer.setConsent(
      {
        customerId,
        channel: 'sms',
        category,
        granted,
        source: 'app',
        occurredAt: '2026-03-01T09:00:00Z',
        eventId: `consent-${customerId}-${category}`,
      },
      now(),
    );
}

function deps() {
  const emitted: { detailType: string; detail: Record<string, unknown> }[] = [];
  const d: ChangeConsentDeps = {
    profiles: new DynamoDbProfileReader(table.client, table.tableName),
    consents: new DynamoDbProfileWriter(table.client, table.tableName),
    events: { emit: async (detailType, detail) => void emitted.push({ detailType, detail }) },
    claims: new DynamoDbOutboundEventClaims(table.client, table.tableName),
    now,
  };
  return { deps: d, emitted };
}

const refused = (customerId: string, overrides: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  kind: 'delivery',
  v: 1,
  time: '2026-03-03T11:00:00.000Z',
  notificationId: `n-${customerId}`,
  eventId: 'pay-1',
  customerId,
  type: 'payment.confirmation',
  category: 'transactional',
  channel: 'sms',
  status: 'suppressed',
  reason: 'opted_out',
  locale: 'en',
  template: 'payment.confirmation/sms/en',
  ...overrides,
});

describe('takeProviderOptOut (dynalite)', () => {
  it('withdraws SMS consent with source provider_opt_out, caused by the refused message, and tells the bank once', async () => {
    // Prepare
    await customer('c-granted', true);
    const { deps: d, emitted } = deps();

    // Act
    const outcomes = [
      await takeProviderOptOut(refused('c-granted'), d),
      await takeProviderOptOut(refused('c-granted'), d),
    ];

    // Assess
    expect(outcomes).toEqual(['recorded', 'agreed']);
    const ledger = await new DynamoDbConsentLedger(table.client, table.tableName).entries('c-granted');
    expect(ledger.filter((e) => e.source === 'provider_opt_out')).toEqual([
      expect.objectContaining({ category: 'marketing', granted: false, causedBy: 'n-c-granted' }),
      expect.objectContaining({ category: 'transactional', granted: false, causedBy: 'n-c-granted' }),
    ]);
    expect(emitted.map((e) => [e.detailType, e.detail.category, e.detail.source])).toEqual([
      ['Consent.ChangedByCustomer', 'transactional', 'provider_opt_out'],
      ['Consent.ChangedByCustomer', 'marketing', 'provider_opt_out'],
    ]);
  });

  it('writes nothing when the ledger withdrew SMS already: the two lists agree', async () => {
    await customer('c-withdrawn', false);
    const { deps: d, emitted } = deps();

    expect(await takeProviderOptOut(refused('c-withdrawn'), d)).toBe('agreed');

    const ledger = await new DynamoDbConsentLedger(table.client, table.tableName).entries('c-withdrawn');
    expect(ledger.filter((e) => e.source === 'provider_opt_out')).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it.each([
    ['a failed send', { status: 'failed', reason: 'invalid_destination' }],
    ['a consent suppression', { status: 'suppressed', reason: 'consent' }],
    ['a sent message', { status: 'sent', reason: undefined }],
  ] as const)('leaves consent alone for %s', async (_, overrides) => {
    await customer('c-other', true);
    const { deps: d, emitted } = deps();

    expect(await takeProviderOptOut(refused('c-other', overrides), d)).toBe('not_an_opt_out');

    expect(emitted).toEqual([]);
  });

  it('writes nothing for a customer Herald no longer has', async () => {
    const { deps: d, emitted } = deps();

    expect(await takeProviderOptOut(refused('c-gone'), d)).toBe('unknown_customer');
    expect(emitted).toEqual([]);
  });
});
