// A consent change on the customer's word (shared/application/change-consent.ts) on dynalite: the ledger
// entries with their source and cause, the consent in force, and the Consent.ChangedByCustomer per entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbConsentLedger } from '../../shared/adapters/dynamodb/consent-ledger.ts';
import { DynamoDbOutboundEventClaims } from '../../shared/adapters/dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '../../shared/adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../../shared/adapters/dynamodb/profile-writer.ts';
import {
  type ChangeConsentDeps,
  type CustomerConsentChange,
  changeConsentOnCustomersWord,
} from '../../shared/application/change-consent.ts';
import { schema as consentChangedByCustomer } from '../../shared/contract/events/consent-changed-by-customer.ts';
import { parseDetail } from '../../shared/contract/validate.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const now = () => new Date('2026-03-03T10:00:05Z');

/** The bus as the bank sees it: what was emitted, and a switch to make PutEvents fail. */
function bus() {
  const emitted: { detailType: string; detail: Record<string, unknown> }[] = [];
  let failing = false;
  return {
    emitted,
    fail: (on: boolean) => {
      failing = on;
    },
    emit: async (detailType: string, detail: Record<string, unknown>) => {
      if (failing) throw new Error('PutEvents refused');
      emitted.push({ detailType, detail });
    },
  };
}

async function customer(customerId: string): Promise<void> {
  const writer = new DynamoDbProfileWriter(table.client, table.tableName);
  await writer.upsert({
    customerId,
    occurredAt: '2026-03-01T09:00:00Z',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { phone: '+447700900001' },
  });
  await writer.setConsent(
    {
      customerId,
      channel: 'sms',
      category: 'marketing',
      granted: true,
      source: 'app',
      occurredAt: '2026-03-01T09:00:00Z',
      eventId: `grant-${customerId}`,
    },
    now(),
  );
}

function depsWith(events: ReturnType<typeof bus>): ChangeConsentDeps {
  return {
    profiles: new DynamoDbProfileReader(table.client, table.tableName),
    consents: new DynamoDbProfileWriter(table.client, table.tableName),
    events,
    claims: new DynamoDbOutboundEventClaims(table.client, table.tableName),
    now,
  };
}

const stop = (customerId: string, causedBy = 'inbound-1'): CustomerConsentChange => ({
  customerId,
  channel: 'sms',
  categories: ['transactional', 'marketing'],
  granted: false,
  source: 'sms_keyword',
  causedBy,
  occurredAt: '2026-03-03T10:00:00Z',
});

describe('changeConsentOnCustomersWord (dynalite)', () => {
  it('withdraws each category in the ledger with its source and cause, and makes it the consent in force', async () => {
    // Prepare
    await customer('c-stop');
    const events = bus();

    // Act
    const result = await changeConsentOnCustomersWord(stop('c-stop'), depsWith(events));

    // Assess
    expect(result).toMatchObject({ outcome: 'recorded' });
    const profile = await new DynamoDbProfileReader(table.client, table.tableName).get('c-stop');
    expect(profile?.consents['sms:marketing']).toMatchObject({ granted: false, source: 'sms_keyword' });
    expect(profile?.consents['sms:transactional']).toMatchObject({ granted: false, source: 'sms_keyword' });
    const ledger = await new DynamoDbConsentLedger(table.client, table.tableName).entries('c-stop');
    expect(ledger.filter((e) => e.source === 'sms_keyword')).toEqual([
      expect.objectContaining({ category: 'marketing', granted: false, causedBy: 'inbound-1' }),
      expect.objectContaining({ category: 'transactional', granted: false, causedBy: 'inbound-1' }),
    ]);
    expect(ledger.find((e) => e.source === 'app')).toMatchObject({ granted: true, eventId: 'grant-c-stop' });
  });

  it('tells the bank once per entry with a Consent.ChangedByCustomer the contract accepts, however often the act arrives', async () => {
    // Prepare
    await customer('c-twice');
    const events = bus();
    const deps = depsWith(events);

    // Act
    const first = await changeConsentOnCustomersWord(stop('c-twice'), deps);
    const again = await changeConsentOnCustomersWord(stop('c-twice'), deps);

    // Assess
    expect(events.emitted.map((e) => e.detailType)).toEqual([
      'Consent.ChangedByCustomer',
      'Consent.ChangedByCustomer',
    ]);
    for (const { detail } of events.emitted)
      expect(parseDetail(consentChangedByCustomer, detail)).toMatchObject({ ok: true });
    expect(events.emitted.map((e) => e.detail)).toEqual([
      expect.objectContaining({
        customerId: 'c-twice',
        category: 'transactional',
        granted: false,
        source: 'sms_keyword',
        causedBy: 'inbound-1',
      }),
      expect.objectContaining({
        customerId: 'c-twice',
        category: 'marketing',
        granted: false,
        source: 'sms_keyword',
        causedBy: 'inbound-1',
      }),
    ]);
    expect(again).toEqual(first);
    const ledger = await new DynamoDbConsentLedger(table.client, table.tableName).entries('c-twice');
    expect(ledger.filter((e) => e.source === 'sms_keyword')).toHaveLength(2);
  });

  it('a failed PutEvents gives the claim back: the retry emits what the first attempt could not', async () => {
    // Prepare
    await customer('c-retry');
    const events = bus();
    const deps = depsWith(events);
    events.fail(true);

    // Act
    const failed = changeConsentOnCustomersWord(stop('c-retry'), deps);
    await expect(failed).rejects.toThrow('PutEvents refused');
    events.fail(false);
    await changeConsentOnCustomersWord(stop('c-retry'), deps);

    // Assess
    expect(events.emitted.map((e) => e.detail.category)).toEqual(['transactional', 'marketing']);
  });

  it('writes nothing and tells nobody for a customer Herald does not know (never sent, or erased)', async () => {
    // Prepare
    const events = bus();

    // Act
    const result = await changeConsentOnCustomersWord(stop('c-nobody'), depsWith(events));

    // Assess
    expect(result).toEqual({ outcome: 'unknown_customer' });
    expect(events.emitted).toEqual([]);
    expect(await new DynamoDbConsentLedger(table.client, table.tableName).entries('c-nobody')).toEqual([]);
  });

  it('a later grant after the STOP re-grants; a different act is a different entry', async () => {
    // Prepare
    await customer('c-start');
    const events = bus();
    const deps = depsWith(events);
    await changeConsentOnCustomersWord(stop('c-start'), deps);

    // Act
    await changeConsentOnCustomersWord(
      { ...stop('c-start', 'inbound-2'), granted: true, occurredAt: '2026-03-03T11:00:00Z' },
      deps,
    );

    // Assess
    const profile = await new DynamoDbProfileReader(table.client, table.tableName).get('c-start');
    expect(profile?.consents['sms:marketing']).toMatchObject({ granted: true, source: 'sms_keyword' });
    expect(events.emitted.map((e) => [e.detail.category, e.detail.granted])).toEqual([
      ['transactional', false],
      ['marketing', false],
      ['transactional', true],
      ['marketing', true],
    ]);
  });
});
