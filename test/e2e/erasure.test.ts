// Customer.ErasureRequested through the local stack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputRecord } from '../../local/records.ts';
import { replay } from '../../local/replay.ts';
import { DEVELOPMENT_PSEUDONYM_KEY, pseudonymOf } from '../../shared/domain/erasure.ts';
import { entry } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8')
  .trim()
  .split('\n');

describe('erasure (local stack)', () => {
  it('erases the customer, drops a message still waiting for quiet hours to end (suppressed, erased), and emits Customer.Erased', async () => {
    // Prepare: the fixture's customer (Europe/London); a drop at 23:00 local is deferred to 07:00
    const lines = [
      ...FIXTURE.slice(0, 4),
      entry('2026-03-03T23:00:00Z', 'Balance.Changed', {
        eventId: 'late-drop',
        customerId: 'c-1',
        accountId: 'ACC-1001',
        balance: '10.00',
        currency: 'GBP',
      }),
      entry('2026-03-04T01:00:00Z', 'Customer.ErasureRequested', { eventId: 'erase-1', customerId: 'c-1' }),
      entry('2026-03-04T09:00:00Z', 'Balance.Changed', {
        eventId: 'after',
        customerId: 'c-1',
        accountId: 'ACC-1001',
        balance: '5.00',
        currency: 'GBP',
      }),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess
    const summary = herald.records.map((r) =>
      r.kind === 'delivery'
        ? `${r.eventId} ${r.channel} ${r.status}${r.reason === 'erased' ? ' erased' : ''}`
        : r.kind === 'emitted'
          ? `emitted ${r.detailType}`
          : `rejected ${r.reason}`,
    );
    expect(summary).toEqual([
      'late-drop push suppressed',
      'late-drop whatsapp suppressed',
      'late-drop email deferred',
      'late-drop sms deferred',
      'emitted Customer.Erased',
      // 07:00 London: the window opens, the messages' claims are gone with the customer
      'late-drop email suppressed erased',
      'late-drop sms suppressed erased',
      'rejected detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    expect(herald.outbox).toEqual([]);
    const erased = herald.records.find((r) => r.kind === 'emitted');
    expect(erased).toMatchObject({
      source: 'herald',
      time: '2026-03-04T01:00:00.000Z',
      detail: { customerId: 'c-1', requestEventId: 'erase-1', eventId: 'erased-erase-1' },
    });
    expect(pseudonymOf('c-1', DEVELOPMENT_PSEUDONYM_KEY)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a request the erasure function cannot read', () => {
  it('is rejected once, kept in the DLQ with the reason, and the rest of the file carries on', async () => {
    const lines = [
      ...FIXTURE.slice(0, 4),
      entry('2026-03-04T01:00:00Z', 'Customer.ErasureRequested', { eventId: 'erase-bad' }),
      ...FIXTURE.slice(4, 5),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess: one rejected record (the function returns normally: no retry), one DLQ entry with the
    // reason and the event, and the other events still processed
    const rejected = herald.records.filter((r) => r.kind === 'rejected');
    expect(rejected).toEqual([
      expect.objectContaining({
        time: '2026-03-04T01:00:00.000Z',
        eventId: 'erase-bad',
        reason: 'detail.customerId: required field missing',
      }),
    ]);
    expect(herald.deadLetters).toHaveLength(1);
    expect(JSON.parse(herald.deadLetters[0]?.body ?? '{}')).toMatchObject({
      kind: 'rejected',
      reason: 'detail.customerId: required field missing',
      event: { 'detail-type': 'Customer.ErasureRequested', detail: { eventId: 'erase-bad' } },
    });
    expect(herald.records.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(2);
  });
});

describe('erasure is final (local stack)', () => {
  const upserted = (time: string, eventId: string, email: string) =>
    entry(time, 'Customer.Upserted', {
      eventId,
      customerId: 'c-1',
      name: { given: 'Ana' },
      locale: 'en-GB',
      timeZone: 'Europe/London',
      contacts: { email },
    });
  const consent = (time: string, eventId: string) =>
    entry(time, 'Consent.Changed', {
      eventId,
      customerId: 'c-1',
      channel: 'email',
      category: 'transactional',
      granted: true,
      source: 'app',
    });
  const settings = (time: string, eventId: string) =>
    entry(time, 'AlertSettings.Changed', {
      eventId,
      customerId: 'c-1',
      lowBalance: { accountId: 'ACC-1001', threshold: '100.00', currency: 'GBP' },
    });
  const balance = (time: string, eventId: string, amount: string) =>
    entry(time, 'Balance.Changed', {
      eventId,
      customerId: 'c-1',
      accountId: 'ACC-1001',
      balance: amount,
      currency: 'GBP',
    });
  /** A redelivery: the same entry (same eventId, same occurredAt) arriving later. */
  const redelivered = (line: string, time: string) => JSON.stringify({ ...JSON.parse(line), Time: time });

  const before = [
    upserted('2026-03-02T08:00:00Z', 'old-upsert', 'ana.old@example.com'),
    consent('2026-03-02T08:00:01Z', 'old-consent'),
    settings('2026-03-02T08:00:02Z', 'old-settings'),
  ];
  const oldBalance = balance('2026-03-03T10:00:00Z', 'old-balance', '42.10');
  const erasure = entry('2026-03-04T10:00:00Z', 'Customer.ErasureRequested', {
    eventId: 'erase-1',
    customerId: 'c-1',
  });

  const summary = (records: OutputRecord[]) =>
    records.map((r) =>
      r.kind === 'delivery'
        ? `${r.eventId} ${r.status}`
        : r.kind === 'rejected'
          ? `${r.eventId} rejected ${r.reason}`
          : `emitted ${r.detailType}`,
    );

  it('rejects stale redeliveries after the erasure: nothing is rebuilt and nothing is sent', async () => {
    // Prepare: the profile, then the erasure, then the old events come back (same eventIds, old occurredAt)
    const lines = [
      ...before,
      erasure,
      redelivered(before[0] as string, '2026-03-04T11:00:00Z'),
      redelivered(before[1] as string, '2026-03-04T11:00:01Z'),
      redelivered(oldBalance, '2026-03-04T11:00:02Z'),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess
    expect(summary(herald.records)).toEqual([
      'emitted Customer.Erased',
      'old-upsert rejected erased customer',
      'old-consent rejected erased customer',
      'old-balance rejected erased customer',
    ]);
    expect(herald.outbox).toEqual([]);
  }, 120_000);

  it('rejects stale events that record something without reading the profile (KYC, card, alert, reply)', async () => {
    // Prepare: events about the customer from before the erasure, arriving after it
    const old = '2026-03-03T12:00:00Z';
    const stale = [
      entry(old, 'Kyc.StepCompleted', { eventId: 'old-kyc-step', customerId: 'c-1', step: 'selfie' }),
      entry(old, 'Kyc.Completed', { eventId: 'old-kyc-done', customerId: 'c-1' }),
      entry(old, 'Card.Activated', {
        eventId: 'old-card',
        customerId: 'c-1',
        cardId: 'card-1',
        cardLast4: '4242',
      }),
      entry(old, 'PriceAlert.Removed', {
        eventId: 'old-alert',
        customerId: 'c-1',
        alertId: 'a-1',
        symbol: 'ACME',
        direction: 'above',
        price: '100.00',
        currency: 'GBP',
      }),
      entry(old, 'Customer.Replied', {
        eventId: 'old-reply',
        customerId: 'c-1',
        caseId: 'case-1',
        answer: 'genuine',
        channel: 'app',
      }),
    ].map((line, i) => redelivered(line, `2026-03-04T11:00:0${i}Z`));
    // Act
    const herald = await replay([...before, erasure, ...stale].join('\n'), {
      operationalLog: () => undefined,
    });
    // Assess
    expect(summary(herald.records)).toEqual([
      'emitted Customer.Erased',
      'old-kyc-step rejected erased customer',
      'old-kyc-done rejected erased customer',
      'old-card rejected erased customer',
      'old-alert rejected erased customer',
      'old-reply rejected erased customer',
    ]);
  }, 120_000);

  it('starts afresh with events after the erasure, and still refuses the old ones', async () => {
    // Prepare: the customer comes back after the erasure; an old balance event is redelivered after that
    const lines = [
      ...before,
      erasure,
      upserted('2026-03-05T08:00:00Z', 'new-upsert', 'ana.new@example.com'),
      consent('2026-03-05T08:00:01Z', 'new-consent'),
      settings('2026-03-05T08:00:02Z', 'new-settings'),
      redelivered(oldBalance, '2026-03-05T09:00:00Z'),
      balance('2026-03-05T10:00:00Z', 'new-balance', '42.10'),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess: the old event is refused (the new profile carries the erasure's time), the new one alerts
    expect(summary(herald.records.filter((r) => r.kind !== 'delivery' || r.status === 'sent'))).toEqual([
      'emitted Customer.Erased',
      'old-balance rejected erased customer',
      'new-balance sent',
    ]);
    expect(herald.outbox.map((m) => (m.channel === 'email' ? m.to : []))).toEqual([['ana.new@example.com']]);
  }, 120_000);
});
