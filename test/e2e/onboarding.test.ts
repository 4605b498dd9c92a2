// The onboarding journey through `herald replay` (test/e2e/fixtures/onboarding.jsonl): Kyc.Completed starts
// the lessons of the customer's segment, on days 1 and 4, as marketing: opt-in, cap, unsubscribe link.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/onboarding.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-onboarding-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('onboarding journey (herald replay)', async () => {
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: () => undefined });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const executions = herald.stepFunctions?.list() ?? [];
  const journey = (customerId: string) =>
    deliveries
      .filter((r) => r.customerId === customerId)
      .map((r) => `${r.time} ${r.template} ${r.step} ${r.status}${r.reason ? ` ${r.reason}` : ''}`);

  it('each segment gets its own lessons, on days 1 and 4 after Kyc.Completed, in its language', () => {
    expect(journey('c-ob-student')).toEqual([
      '2026-03-03T02:00:00.000Z onboarding.student/push/vi budgeting sent',
      '2026-03-06T02:00:00.000Z onboarding.student/push/vi round-ups sent',
    ]);
    expect(journey('c-ob-self')).toEqual([
      '2026-03-03T09:00:00.000Z onboarding.self_employed/email/en expense-tracking sent',
      '2026-03-06T09:00:00.000Z onboarding.self_employed/email/en invoices sent',
    ]);
    // No segment: the general sequence.
    expect(journey('c-ob-general')).toEqual([
      '2026-03-03T03:00:00.000Z onboarding.general/email/id app-basics sent',
      '2026-03-06T03:00:00.000Z onboarding.general/email/id savings-goals sent',
    ]);
  });

  it('is marketing: without the opt-in every lesson is suppressed for consent, and recorded so', () => {
    expect(journey('c-ob-noconsent')).toEqual([
      '2026-03-03T10:00:00.000Z onboarding.student/push/de budgeting suppressed no_contact',
      '2026-03-03T10:00:00.000Z onboarding.student/email/de budgeting suppressed consent',
      '2026-03-06T10:00:00.000Z onboarding.student/push/de round-ups suppressed no_contact',
      '2026-03-06T10:00:00.000Z onboarding.student/email/de round-ups suppressed consent',
    ]);
    for (const r of deliveries) expect(r.category).toBe('marketing');
  });

  it('a retried Kyc.Completed starts nothing new: one execution per customer', () => {
    const self = executions.filter((e) => JSON.parse(e.input).customerId === 'c-ob-self');
    expect(self.map((e) => [e.name.endsWith('-self_employed'), e.status])).toEqual([[true, 'SUCCEEDED']]);
    expect(JSON.parse(self[0]?.input ?? '{}').phase).toBe('self_employed');
  });

  it('the lesson e-mail teaches its topic and carries the unsubscribe link', () => {
    const record = deliveries.find((r) => r.customerId === 'c-ob-self' && r.step === 'invoices');
    const eml = readFileSync(outboxFile(out, record?.providerMessageId, '.eml'), 'utf8');
    expect(eml).toContain('Subject: Send invoices and see when they are paid');
    // The recipient's own one-click unsubscribe link (test/e2e/consent-links.test.ts).
    expect(eml).toMatch(/List-Unsubscribe:\s+<https:\/\/bank\.example\/consent\?t=[A-Za-z0-9_.-]+>/);
  });

  it('Kyc.Completed for a customer Herald does not know is rejected naming customerId', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(new Set(rejected.map((r) => `${r.eventId} ${r.reason}`))).toEqual(
      new Set(['kyc-unknown detail.customerId: unknown customer (no Customer.Upserted received)']),
    );
    expect(executions.some((e) => JSON.parse(e.input).customerId === 'c-ob-unknown')).toBe(false);
  });
});
