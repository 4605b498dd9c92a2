// Surveys through `herald replay` (test/e2e/fixtures/surveys.jsonl): Lifecycle.MilestoneReached → one
// survey request per customer and milestone, 24 hours after the milestone, under the marketing rules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/surveys.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-surveys-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('surveys (herald replay)', async () => {
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: () => undefined });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const executions = herald.stepFunctions?.list() ?? [];
  // A survey's records carry the Lifecycle.MilestoneReached that started it (the first, of repeats).
  const records = (customerId: string) =>
    deliveries
      .filter((r) => r.customerId === customerId)
      .map((r) => `${r.time} ${r.eventId} ${r.channel} ${r.status}${r.reason ? ` ${r.reason}` : ''}`);

  it('sends one survey per milestone, 24 hours after it, however often the milestone comes', () => {
    // onboarding_completed four times (the event, its retry, and two new events the same day and a week
    // later), then first_90_days: two requests.
    expect(records('s-ana')).toEqual([
      '2026-03-03T10:00:00.000Z ms-ana-onb email sent',
      '2026-06-01T10:00:00.000Z ms-ana-90 email sent',
    ]);
    expect(
      executions
        .filter((e) => JSON.parse(e.input).customerId === 's-ana')
        .map((e) => [JSON.parse(e.input).key, e.status, e.history]),
    ).toEqual([
      ['s-ana:onboarding_completed', 'SUCCEEDED', ['Phase', 'WaitForRequest', 'Request', 'Done']],
      ['s-ana:first_90_days', 'SUCCEEDED', ['Phase', 'WaitForRequest', 'Request', 'Done']],
    ]);
  });

  it('is marketing: without marketing consent the request is suppressed, naming why', () => {
    expect(records('s-lan')).toEqual([
      '2026-03-04T03:00:00.000Z ms-lan-closed email suppressed consent',
      '2026-03-04T03:00:00.000Z ms-lan-closed push suppressed no_contact',
    ]);
    for (const r of deliveries)
      expect([r.type, r.category, r.journey, r.step]).toEqual([
        'survey.request',
        'marketing',
        'survey',
        'request',
      ]);
  });

  it('asks about the milestone, in the customer’s language, with the survey link and an unsubscribe link', () => {
    expect(records('s-laila')).toEqual(['2026-03-04T06:00:00.000Z ms-laila-closed email sent']);
    const arabic = deliveries.find((r) => r.customerId === 's-laila');
    expect(arabic?.template).toBe('survey.request/email/ar');
    const html = readFileSync(outboxFile(out, arabic?.providerMessageId, '.html'), 'utf8');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('لماذا غادرت');
    expect(html).toContain('href="https://bank.example/survey/account_closed"');
    expect(html).toContain('href="https://bank.example/consent?t=');
    const english = deliveries.find((r) => r.eventId === 'ms-ana-90');
    expect(readFileSync(outboxFile(out, english?.providerMessageId, '.html'), 'utf8')).toContain(
      'Three months with',
    );
  });

  it('rejects a milestone of an unknown customer and an unknown milestone, naming the field; both end in the DLQ', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(new Set(rejected.map((r) => `${r.eventId} ${r.reason}`))).toEqual(
      new Set([
        'ms-unknown detail.customerId: unknown customer (no Customer.Upserted received)',
        'ms-bad detail.milestone: expected one of onboarding_completed | first_90_days | account_closed',
      ]),
    );
    for (const id of ['ms-unknown', 'ms-bad'])
      expect(herald.deadLetters.some((d) => d.body.includes(id))).toBe(true);
  });
});
