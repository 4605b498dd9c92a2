// The payment-due journey through `herald replay` (test/e2e/fixtures/payment-due.jsonl): a reminder 3 days
// before the due date and one on it, at 09:00 in the customer's time zone; none once the bill is paid or on
// autopay; a late bill gets what is still useful.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/payment-due.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-payment-due-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('payment-due journey (herald replay)', async () => {
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: () => undefined });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const executions = herald.stepFunctions?.list() ?? [];
  const journey = (customerId: string) =>
    deliveries
      .filter((r) => r.customerId === customerId)
      .map((r) => `${r.time} ${r.template} ${r.step ?? '-'} ${r.status}`);
  const html = (customerId: string, step: string) => {
    const record = deliveries.find(
      (r) => r.customerId === customerId && r.step === step && r.status === 'sent',
    );
    return readFileSync(outboxFile(out, record?.providerMessageId, '.html'), 'utf8');
  };

  it('an unpaid bill: 3 days before and on the due date at 09:00 London time, across the clock change', () => {
    expect(journey('c-pay-unpaid')).toEqual([
      '2026-03-28T09:00:00.000Z payment_due.reminder/email/en before-3 sent', // GMT
      '2026-03-31T08:00:00.000Z payment_due.reminder/email/en due-date sent', // BST
    ]);
    expect(html('c-pay-unpaid', 'before-3')).toContain(
      '<title>Your bill of €84.50 is due on 31 March 2026</title>',
    );
    const due = html('c-pay-unpaid', 'due-date');
    expect(due).toContain('<title>Your bill of €84.50 is due today</title>');
    expect(due).toContain('Your bill of €84.50 is due today, 31 March 2026. The minimum payment is €20.00.');
    expect(due).toMatch(/href="https:\/\/[^"]+\/payments\/autopay"[^>]*>Set up autopay</);
  });

  it('a bill paid (Payment.Completed with the billId as reference) gets no reminder after the payment', () => {
    expect(journey('c-pay-paid')).toEqual([
      '2026-03-09T02:00:00.000Z payment_due.reminder/email/id before-3 sent', // 09:00 in Jakarta
      '2026-03-10T05:00:00.000Z payment_due.reminder/email/id before-3 converted',
      '2026-03-10T05:00:00.000Z payment.confirmation/email/id - sent',
    ]);
    const paid = executions.find((e) => JSON.parse(e.input).customerId === 'c-pay-paid');
    expect([paid?.status, paid?.stopDate]).toEqual(['ABORTED', '2026-03-10T05:00:00.000Z']);
  });

  it('a bill on autopay gets no reminder and no execution', () => {
    expect(journey('c-pay-autopay')).toEqual([]);
    expect(executions.some((e) => JSON.parse(e.input).customerId === 'c-pay-autopay')).toBe(false);
  });

  it('a bill that arrives late gets the passed reminder at once, and the due-date one at 09:00', () => {
    expect(journey('c-pay-late')).toEqual([
      '2026-03-11T12:00:00.000Z payment_due.reminder/email/de before-3 sent',
      '2026-03-12T08:00:00.000Z payment_due.reminder/email/de due-date sent', // 09:00 in Berlin
    ]);
  });

  it('a bill that arrives on its due date after 09:00 gets one reminder at once, not two', () => {
    expect(journey('c-pay-today')).toEqual([
      '2026-03-12T15:00:00.000Z payment_due.reminder/email/ro due-date sent',
    ]);
    const today = executions.find((e) => JSON.parse(e.input).customerId === 'c-pay-today');
    expect(today?.status).toBe('SUCCEEDED');
    expect(today?.history).toContain('DueDate');
  });

  it('a due date already past is rejected naming detail.dueDate, and kept in the DLQ', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(new Set(rejected.map((r) => `${r.eventId} ${r.reason}`))).toEqual(
      new Set([
        "due-past detail.dueDate: 2026-02-27 has passed (it is 2026-03-02 in the customer's time zone)",
      ]),
    );
    expect(herald.deadLetters.some((d) => d.body.includes('due-past'))).toBe(true);
  });

  it('runs in time order: every record at or after the one before', () => {
    const times = herald.records.map((r) => Date.parse(r.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
