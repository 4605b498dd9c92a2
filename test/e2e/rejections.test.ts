// Bad input through the local stack (herald replay): one `rejected` record per bad event, whatever the
// deliveries; unknown DetailTypes and Sources rejected by the catch-all rule; pathological input kept in the
// DLQ without crashing anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { RejectedRecord } from '../../shared/domain/delivery-record.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8')
  .trim()
  .split('\n');
const entry = (time: string, detailType: string, detail: unknown, source = 'bank.core') =>
  JSON.stringify({ Source: source, DetailType: detailType, Time: time, Detail: detail });

const rejectedIn = (records: { kind: string }[]) =>
  records.filter((r): r is RejectedRecord => r.kind === 'rejected');

describe('a bad event delivered three times', () => {
  it('leaves exactly one rejected record and one DLQ message', async () => {
    // Prepare: a Card.Issued without its cardId (a journeys-function event), delivered three times
    const bad = {
      eventId: 'card-bad',
      occurredAt: '2026-03-03T09:00:00Z',
      customerId: 'c-1',
      cardLast4: '4242',
    };
    const lines = [
      ...FIXTURE.slice(0, 4),
      entry('2026-03-03T09:00:00Z', 'Card.Issued', bad),
      entry('2026-03-03T09:05:00Z', 'Card.Issued', bad),
      entry('2026-03-03T11:00:00Z', 'Card.Issued', bad),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess
    expect(rejectedIn(herald.records)).toEqual([
      expect.objectContaining({
        eventId: 'card-bad',
        detailType: 'Card.Issued',
        reason: expect.stringMatching(/^detail\.cardId/),
      }),
    ]);
    const kept = herald.deadLetters.map((d) => JSON.parse(d.body));
    expect(kept).toEqual([
      expect.objectContaining({ kind: 'rejected', event: expect.objectContaining({ detail: bad }) }),
    ]);
  }, 120_000);
});

describe('unknown DetailTypes and Sources (the catch-all rule)', () => {
  it('rejects each once, naming the problem, and keeps each in the DLQ', async () => {
    // Prepare: a misspelt and a lower-case DetailType from the allowed producer, an unlisted Source
    const detail = (eventId: string) => ({
      eventId,
      occurredAt: '2026-03-03T09:00:00Z',
      customerId: 'c-1',
      accountId: 'ACC-1001',
      balance: '42.10',
      currency: 'GBP',
    });
    const lines = [
      ...FIXTURE.slice(0, 4),
      entry('2026-03-03T09:00:00Z', 'Balance.Changd', detail('typo')),
      entry('2026-03-03T09:01:00Z', 'balance.changed', detail('lower')),
      entry('2026-03-03T09:02:00Z', 'Balance.Changed', detail('other-source'), 'bank.cards'),
      // A redelivery of the first: still one record
      entry('2026-03-03T09:03:00Z', 'Balance.Changd', detail('typo')),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess
    expect(rejectedIn(herald.records).map((r) => [r.eventId, r.source, r.detailType, r.reason])).toEqual([
      ['typo', 'bank.core', 'Balance.Changd', 'unknown DetailType "Balance.Changd"'],
      ['lower', 'bank.core', 'balance.changed', 'unknown DetailType "balance.changed"'],
      ['other-source', 'bank.cards', 'Balance.Changed', 'unknown Source "bank.cards"'],
    ]);
    expect(herald.deadLetters.map((d) => JSON.parse(d.body).reason)).toEqual([
      'unknown DetailType "Balance.Changd"',
      'unknown DetailType "balance.changed"',
      'unknown Source "bank.cards"',
    ]);
    // Nothing was sent for them: the customer's balance is low in each, but no rule of the contract ran.
    expect(herald.records.filter((r) => r.kind === 'delivery')).toEqual([]);
  }, 120_000);

  it('leaves Herald’s own events alone: Customer.Erased is emitted and not rejected', async () => {
    const lines = [
      ...FIXTURE.slice(0, 4),
      entry('2026-03-04T01:00:00Z', 'Customer.ErasureRequested', {
        eventId: 'erase-1',
        occurredAt: '2026-03-04T01:00:00Z',
        customerId: 'c-1',
      }),
    ];
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    expect(herald.records.filter((r) => r.kind === 'emitted').map((r) => r.detailType)).toEqual([
      'Customer.Erased',
    ]);
    expect(rejectedIn(herald.records)).toEqual([]);
  }, 120_000);
});

describe('a detail nested 10,000 levels deep', () => {
  it('is rejected once and kept in the DLQ, and the rest of the file carries on', async () => {
    // Prepare: accountId as a 10,000-deep object, written as text (JSON.stringify of it throws RangeError)
    const deep = `${'{"a":'.repeat(10_000)}"bottom"${'}'.repeat(10_000)}`;
    const lines = [
      ...FIXTURE.slice(0, 4),
      `{"Source":"bank.core","DetailType":"Balance.Changed","Time":"2026-03-03T09:00:00Z","Detail":{"eventId":"deep","occurredAt":"2026-03-03T09:00:00Z","customerId":"c-1","accountId":${deep},"balance":"42.10","currency":"GBP"}}`,
      ...FIXTURE.slice(4, 5),
    ];
    // Act
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    // Assess
    expect(rejectedIn(herald.records).map((r) => r.eventId)).toEqual(['deep']);
    expect(herald.deadLetters).toHaveLength(1);
    expect(herald.deadLetters[0]?.body).toContain('"bottom"');
    expect(herald.records.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(2);
  }, 120_000);
});
