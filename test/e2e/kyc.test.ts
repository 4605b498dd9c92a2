// The KYC journey through `herald replay` (test/e2e/fixtures/kyc.jsonl): reminders on days 1, 3 and 7 after
// Customer.SignedUp, each naming the steps still missing; Kyc.StepCompleted shortens the list, all three
// steps or Kyc.Completed end the reminders, and Kyc.Completed starts onboarding.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/kyc.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-kyc-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('KYC journey (herald replay)', async () => {
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: () => undefined });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const executions = herald.stepFunctions?.list() ?? [];
  const journey = (customerId: string) =>
    deliveries
      .filter((r) => r.customerId === customerId)
      .map((r) => `${r.time} ${r.type} ${r.step} ${r.channel} ${r.status}`);
  const text = (customerId: string, step: string) => {
    const record = deliveries.find(
      (r) => r.customerId === customerId && r.step === step && r.status === 'sent',
    );
    return readFileSync(outboxFile(out, record?.providerMessageId, '.html'), 'utf8');
  };

  it('a customer who does nothing gets exactly the reminders of days 1, 3 and 7, once each (the retried sign-up too)', () => {
    expect(journey('c-kyc-none')).toEqual([
      '2026-03-03T09:00:00.000Z kyc.reminder reminder-1 email sent',
      '2026-03-05T09:00:00.000Z kyc.reminder reminder-2 email sent',
      '2026-03-09T09:00:00.000Z kyc.reminder reminder-3 email sent',
    ]);
    const none = executions.filter((e) => JSON.parse(e.input).customerId === 'c-kyc-none');
    expect(none.map((e) => e.status)).toEqual(['SUCCEEDED']);
  });

  it('each reminder names exactly the steps still missing, in the customer language', () => {
    const all = text('c-kyc-none', 'reminder-3');
    expect(all).toContain('we still need a selfie, a photo of your ID document, and a proof of address');
    expect(all).toContain('This is our last reminder');
    // Selfie done on day 0, ID document on day 2.
    const first = text('c-kyc-steps', 'reminder-1');
    expect(first).toContain('ein Foto Ihres Ausweises und einen Adressnachweis');
    expect(first).not.toContain('Selfie');
    const second = text('c-kyc-steps', 'reminder-2');
    expect(second).toContain(
      '<title>Kontoeröffnung abschließen: Wir brauchen noch einen Adressnachweis</title>',
    );
    expect(second).toContain('<li style="margin:0 0 6px">einen Adressnachweis</li></ul>');
    expect(second).not.toMatch(/Selfie|Ausweis/);
  });

  it('Kyc.Completed stops the reminders, is credited to the last one, and starts the onboarding of the segment', () => {
    expect(journey('c-kyc-steps')).toEqual([
      '2026-03-03T10:00:00.000Z kyc.reminder reminder-1 email sent',
      '2026-03-05T10:00:00.000Z kyc.reminder reminder-2 email sent',
      '2026-03-06T09:00:00.000Z kyc.reminder reminder-2 email converted',
      // Self-employed: expense tracking on day 1 after KYC, invoices on day 4 (marketing, opted in).
      '2026-03-07T09:00:00.000Z onboarding.self_employed expense-tracking email sent',
      '2026-03-10T09:00:00.000Z onboarding.self_employed invoices email sent',
    ]);
    const kyc = executions.filter(
      (e) => JSON.parse(e.input).customerId === 'c-kyc-steps' && JSON.parse(e.input).journey === 'kyc',
    );
    expect(kyc.map((e) => [e.status, e.stopDate])).toEqual([['ABORTED', '2026-03-06T09:00:00.000Z']]);
  });

  it('all three steps in end the reminders without Kyc.Completed (the bank reviews; nothing to ask for)', () => {
    expect(journey('c-kyc-all')).toEqual(['2026-03-03T11:00:00.000Z kyc.reminder reminder-1 email sent']);
    const all = executions.find((e) => JSON.parse(e.input).customerId === 'c-kyc-all');
    expect([all?.status, all?.stopDate]).toEqual(['ABORTED', '2026-03-04T07:00:00.000Z']);
  });

  it('a step not in the contract is rejected naming the field, and kept in the DLQ', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(new Set(rejected.map((r) => `${r.eventId} ${r.reason}`))).toEqual(
      new Set(['st-bad detail.step: expected one of selfie | id_document | proof_of_address']),
    );
    expect(herald.deadLetters.some((d) => d.body.includes('st-bad'))).toBe(true);
  });

  it("every reminder's record names the journey and step, and carries the customer's Customer.SignedUp", () => {
    const signUps: Record<string, string> = {
      'c-kyc-none': 'su-none',
      'c-kyc-steps': 'su-steps',
      'c-kyc-all': 'su-all',
    };
    const reminders = deliveries.filter((d) => d.type === 'kyc.reminder');
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.filter((r) => r.journey !== 'kyc' || r.eventId !== signUps[r.customerId])).toEqual([]);
    // Each step is its own message: no two reminders of a customer and channel share a notificationId.
    const ids = reminders.map((r) => `${r.notificationId} ${r.status}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
