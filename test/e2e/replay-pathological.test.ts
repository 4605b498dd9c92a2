// Pathological input through `herald replay`: whatever one line holds, the local stack keeps going; every
// good line still gets its records and every bad one is accounted for.
import { describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';

const line = (time: string, detailType: string, detail: Record<string, unknown>) =>
  JSON.stringify({
    Source: 'bank.core',
    DetailType: detailType,
    Time: time,
    Detail: { occurredAt: time, ...detail },
  });

const balance = (time: string, eventId: string, fields: Record<string, unknown> = {}) =>
  line(time, 'Balance.Changed', {
    eventId,
    customerId: 'p',
    accountId: 'ACC-P',
    balance: '20.00',
    currency: 'GBP',
    ...fields,
  });

/** A Balance.Changed entry whose `balance` is nested `depth` levels deep, written as JSON text. */
const deepDetail = (eventId: string, depth: number) =>
  `{"eventId":"${eventId}","occurredAt":"2026-03-03T10:00:00Z","customerId":"p","accountId":"ACC-P","currency":"GBP","balance":${'{"a":'.repeat(depth)}"1"${'}'.repeat(depth)}}`;

const setup = [
  line('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: 'p-u',
    customerId: 'p',
    name: { given: 'Ana' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: 'p@example.com' },
  }),
  line('2026-03-02T08:00:01Z', 'Consent.Changed', {
    eventId: 'p-c',
    customerId: 'p',
    channel: 'email',
    category: 'transactional',
    granted: true,
    source: 'app',
  }),
  line('2026-03-02T08:00:02Z', 'AlertSettings.Changed', {
    eventId: 'p-s',
    customerId: 'p',
    lowBalance: { accountId: 'ACC-P', threshold: '100.00', currency: 'GBP' },
  }),
];

const bad = {
  notJson: '{"Source": "bank.core", "DetailType": ',
  notObject: '["bank.core"]',
  badTime: balance('2026-02-30T25:00:00Z', 'p-time'),
  noSource: JSON.stringify({ DetailType: 'Balance.Changed', Time: '2026-03-03T09:00:00Z', Detail: {} }),
  deepObject: `{"Source":"bank.core","DetailType":"Balance.Changed","Time":"2026-03-03T09:00:01Z","Detail":${deepDetail('p-deep-object', 10_000)}}`,
  deepString: JSON.stringify({
    Source: 'bank.core',
    DetailType: 'Balance.Changed',
    Time: '2026-03-03T09:00:02Z',
    Detail: deepDetail('p-deep-string', 10_000),
  }),
  // A 256 KB string: with the rest of the entry, over what PutEvents accepts.
  huge: balance('2026-03-03T09:00:03Z', 'p-huge', { accountId: 'x'.repeat(256 * 1024) }),
  controlCharacters: balance('2026-03-03T09:00:04Z', 'p-control', { currency: 'G\u0000\u001bB' }),
  loneSurrogate: balance('2026-03-03T09:00:05Z', 'p-surrogate', { currency: 'GB\ud800' }),
};

describe('herald replay with pathological lines', () => {
  it('carries on past every bad line, accounts for each, and still alerts on the good ones', async () => {
    // Prepare: the profile, the bad lines, then a balance below the threshold
    const text = [...setup, ...Object.values(bad), balance('2026-03-03T10:00:00Z', 'p-low')].join('\n');
    // Act
    const herald = await replay(text, { operationalLog: () => undefined });
    // Assess: the good line's alert went out
    expect(
      herald.records
        .filter((r): r is DeliveryRecord => r.kind === 'delivery' && r.status === 'sent')
        .map((r) => `${r.eventId} ${r.channel} ${r.status}`),
    ).toEqual(['p-low email sent']);
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    const reasons = rejected.map((r) => r.reason);
    // the lines that are no entry at all, and the entries the local bus refuses as PutEvents would
    const lineOf = (text: string) => setup.length + Object.values(bad).indexOf(text) + 1;
    expect(reasons).toContain(`line ${lineOf(bad.notJson)}: not valid JSON`);
    expect(reasons).toContain(`line ${lineOf(bad.notObject)}: not a JSON object`);
    expect(reasons).toContain(`line ${lineOf(bad.badTime)}: Time is not an ISO-8601 date-time with offset`);
    expect(reasons).toContain('Source: required string');
    expect(reasons.filter((r) => r.includes('over the 256 KB'))).toHaveLength(1);
    // the entries the bus takes and Herald's functions reject
    for (const eventId of ['p-deep-object', 'p-deep-string', 'p-control', 'p-surrogate'])
      expect(rejected.map((r) => r.eventId)).toContain(eventId);
    // nothing the local stack itself failed on
    expect(reasons.filter((r) => r.includes('local stack failed'))).toEqual([]);
  });
});
