// Tax-date reminders through `herald replay` (test/e2e/fixtures/tax-reminder.jsonl): each reminder goes out
// once, at 09:00 on its date in the customer's time zone, on the simulated clock, through the one-off
// schedules of the defer function and the DueQueue.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/tax-reminder.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-tax-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('tax-date reminders (herald replay)', async () => {
  const log: string[] = [];
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: (line) => log.push(line) });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  // A reminder's records carry the TaxReminder.Set that chose its date.
  const sent = (reminderEvent: string) =>
    deliveries.filter((r) => r.eventId === reminderEvent).map((r) => `${r.time} ${r.status}`);

  it('a reminder set on day 1 for day 5 is sent once, at 09:00 in Berlin on day 5, although set twice', () => {
    // tr-1 arrives twice (a producer retry); 2026-03-06 09:00 CET is 08:00Z.
    expect(sent('tr-1')).toEqual(['2026-03-06T08:00:00.000Z sent']);
    // The redelivery arranged the same wake-up: the schedule's name made it one.
    const scheduled = log
      .filter((line) => line.includes('"message":"deferred job scheduled"'))
      .map((line) => JSON.parse(line) as { wakeUpId?: string; outcome: string });
    const outcomes = (id: string | undefined) =>
      scheduled.filter((s) => s.wakeUpId === id).map((s) => s.outcome);
    const tr1 = scheduled.find((s) => s.outcome === 'already_scheduled');
    expect(outcomes(tr1?.wakeUpId)).toEqual(['scheduled', 'already_scheduled']);
    expect(scheduled.filter((s) => s.outcome === 'already_scheduled')).toHaveLength(1);
  });

  it("is written in the customer's language, with the date formatted for it", () => {
    const record = deliveries.find((r) => r.eventId === 'tr-1');
    expect(record).toMatchObject({
      type: 'tax.reminder',
      category: 'transactional',
      channel: 'email',
      template: 'tax.reminder/email/de',
      locale: 'de',
    });
    const html = readFileSync(outboxFile(out, record?.providerMessageId, '.html'), 'utf8');
    expect(html).toContain('lang="de"');
    expect(html).toContain('Steuertermin für VWRL.L');
    expect(html).toContain('6. März 2026');
    expect(html).toContain('Freistellungsauftrag prüfen');
  });

  it('a reminder re-set to a later date fires only on the new date; an older Set arriving late changes nothing', () => {
    // r-moved: set for 2026-03-04 (tr-2), re-set to 2026-03-10 (tr-3), then a stale Set for 2026-03-05 (tr-0).
    expect(sent('tr-2')).toEqual([]);
    expect(sent('tr-0')).toEqual([]);
    expect(sent('tr-3')).toEqual(['2026-03-10T08:00:00.000Z sent']);
  });

  it('after the change to summer time, 09:00 in Berlin is 07:00Z', () => {
    expect(sent('tr-4')).toEqual(['2026-03-30T07:00:00.000Z sent']);
  });

  it('a reminder for today set after the morning goes out at once (within the minute)', () => {
    expect(sent('tr-5')).toEqual(['2026-03-02T15:01:00.000Z sent']);
  });

  it('a reminder for a date that has passed is rejected, naming detail.date, and never sent', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(rejected).toEqual([
      expect.objectContaining({
        eventId: 'tr-6',
        detailType: 'TaxReminder.Set',
        reason: "detail.date: 2026-03-01 has passed (it is 2026-03-02 in the customer's time zone)",
      }),
    ]);
    expect(sent('tr-6')).toEqual([]);
    expect(herald.deadLetters.map((d) => d.attributes.eventId)).toContain('tr-6');
  });

  it('a customer erased before the date gets nothing', () => {
    expect(deliveries.filter((r) => r.customerId === 'c-tax-gone')).toEqual([]);
  });

  it('sends nothing else: one e-mail per reminder date', () => {
    expect(deliveries.map((r) => `${r.eventId} ${r.channel} ${r.status}`)).toEqual([
      'tr-5 email sent',
      'tr-1 email sent',
      'tr-3 email sent',
      'tr-4 email sent',
    ]);
    expect(herald.outbox).toHaveLength(4);
  });
});
