// The win-back journey through `herald replay` (test/e2e/fixtures/win-back.jsonl): each Customer.Active
// records the customer's latest activity and arms one watch per customer; the watch's check postpones
// itself while the customer keeps being active, and after 30 days without activity the "what you missed"
// messages go on days 0, 4 and 9 of the lapse, until the customer is active again.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/win-back.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-win-back-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('win-back journey (herald replay)', async () => {
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: () => undefined });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const executions = herald.stepFunctions?.list() ?? [];
  /**
   * `time eventId step channel status` of a customer's records: a lapse's messages carry the
   * Customer.Active that armed its watch.
   */
  const journey = (customerId: string) =>
    deliveries
      .filter((r) => r.customerId === customerId)
      .map(
        (r) => `${r.time} ${r.eventId} ${r.step} ${r.channel} ${r.status}${r.reason ? ` ${r.reason}` : ''}`,
      );
  const executionsOf = (customerId: string) =>
    executions.filter((e) => JSON.parse(e.input).customerId === customerId);

  it('a customer inactive for 30 days gets the three messages on days 0, 4 and 9 of the lapse, push first', () => {
    expect(journey('c-lapse')).toEqual([
      '2026-04-01T10:00:00.000Z active-lapse-1 missed-1 push sent',
      '2026-04-05T10:00:00.000Z active-lapse-1 missed-2 push sent',
      '2026-04-10T10:00:00.000Z active-lapse-1 missed-3 push sent',
    ]);
  });

  it('a retried Customer.Active and a late, older one start nothing new: one watch, never postponed', () => {
    expect(executionsOf('c-lapse').map((e) => [e.name.slice(-8), e.status, e.history])).toEqual([
      [
        '-lapse-1',
        'SUCCEEDED',
        [
          'Phase',
          'WaitForCheck',
          'Check',
          'AfterCheck',
          'Missed1',
          'AfterMissed1',
          'WaitForMissed2',
          'Missed2',
          'AfterMissed2',
          'WaitForMissed3',
          'Missed3',
          'Done',
        ],
      ],
    ]);
  });

  it('a steadily active customer gets nothing while active: the check postpones itself to 30 days after each activity', () => {
    // Active on 2 March, 25 March and 20 April; lapsed 30 days after the last activity.
    expect(journey('c-steady')).toEqual([
      '2026-05-20T09:00:00.000Z active-steady-1 missed-1 email sent',
      '2026-05-24T09:00:00.000Z active-steady-1 missed-2 email sent',
      '2026-05-29T09:00:00.000Z active-steady-1 missed-3 email sent',
    ]);
    const [watch, ...others] = executionsOf('c-steady');
    expect(others).toEqual([]);
    // First check on 1 April (30 days after arming), then on 24 April (25 March + 30) and 20 May (20 April
    // + 30): three runs of one execution, whatever the number of Customer.Active events.
    expect(watch?.history.slice(0, 11)).toEqual([
      'Phase',
      'WaitForCheck',
      'Check',
      'AfterCheck',
      'PostponeCheck',
      'Check',
      'AfterCheck',
      'PostponeCheck',
      'Check',
      'AfterCheck',
      'Missed1',
    ]);
    expect(watch?.transitions).toBe(18);
  });

  it('activity during the sequence stops it and arms a new watch; a second lapse sends its own sequence', () => {
    expect(journey('c-return')).toEqual([
      '2026-04-01T11:00:00.000Z active-return-1 missed-1 email sent',
      // Customer.Active on 3 April: the message before it is credited; days 4 and 9 of that lapse never go.
      '2026-04-03T12:00:00.000Z active-return-1 missed-1 email converted',
      '2026-05-03T12:00:00.000Z active-return-2 missed-1 email sent',
      '2026-05-07T12:00:00.000Z active-return-2 missed-2 email sent',
      '2026-05-12T12:00:00.000Z active-return-2 missed-3 email sent',
    ]);
    expect(executionsOf('c-return').map((e) => [e.name.slice(-8), e.status, e.stopDate])).toEqual([
      ['-lapse-1', 'ABORTED', '2026-04-03T12:00:00.000Z'],
      ['-lapse-2', 'SUCCEEDED', '2026-05-12T12:00:00.000Z'],
    ]);
  });

  it('without marketing consent every message is suppressed, with the reason, and the journey still ends', () => {
    expect(journey('c-nomkt')).toEqual(
      ['2026-04-01', '2026-04-05', '2026-04-10'].flatMap((day, i) => [
        `${day}T09:30:00.000Z active-nomkt-1 missed-${i + 1} push suppressed no_contact`,
        `${day}T09:30:00.000Z active-nomkt-1 missed-${i + 1} email suppressed consent`,
      ]),
    );
    expect(executionsOf('c-nomkt').map((e) => e.status)).toEqual(['SUCCEEDED']);
  });

  it('every record is marketing, names the journey and its step, in the customer’s language', () => {
    const records = deliveries.filter((r) => r.type === 'win_back.missed');
    expect(records.length).toBe(17);
    for (const r of records) {
      expect([r.category, r.journey, r.eventId.startsWith(`active-${r.customerId.slice(2)}-`)]).toEqual([
        'marketing',
        'win_back',
        true,
      ]);
    }
    const german = deliveries.find((r) => r.customerId === 'c-steady' && r.step === 'missed-3');
    expect(german?.template).toBe('win_back.missed/email/de');
    const html = readFileSync(outboxFile(out, german?.providerMessageId, '.html'), 'utf8');
    expect(html).toContain('Eine letzte Nachricht von');
    expect(html).toContain('href="https://bank.example/consent?t=');
    const push = JSON.parse(
      readFileSync(
        outboxFile(out, deliveries.find((r) => r.customerId === 'c-lapse')?.providerMessageId, '.json'),
        'utf8',
      ),
    );
    expect([push.title, push.body]).toEqual([
      "We've missed you",
      'See what you missed since your last visit.',
    ]);
  });

  it('rejects a Customer.Active of an unknown customer and one with a bad field, naming it; both end in the DLQ', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(new Set(rejected.map((r) => `${r.eventId} ${r.reason}`))).toEqual(
      new Set([
        'active-unknown detail.customerId: unknown customer (no Customer.Upserted received)',
        'active-bad detail.surface: expected one of app | web',
      ]),
    );
    for (const id of ['active-unknown', 'active-bad'])
      expect(herald.deadLetters.some((d) => d.body.includes(id))).toBe(true);
    expect(executionsOf('c-unknown')).toEqual([]);
  });

  it('runs in time order on the simulated clock', () => {
    const times = herald.records.map((r) => Date.parse(r.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
