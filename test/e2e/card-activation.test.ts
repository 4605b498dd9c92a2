// The card activation journey through `herald replay` (test/e2e/fixtures/card-activation.jsonl): the state
// machine from the synthesized template runs on the simulated clock, its Wait states on the runtime's
// timeline, its Task as the journey-step function; Card.Activated and a card payment end its phases.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { journeyFunnels } from '../../local/insights.ts';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/card-activation.jsonl'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'herald-card-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('card activation journey (herald replay)', async () => {
  const operational: string[] = [];
  const herald = await replay(FIXTURE, { outDir: out, operationalLog: (line) => operational.push(line) });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const executions = herald.stepFunctions?.list() ?? [];
  /** `time step channel` of a customer's journey records. */
  const journey = (customerId: string) =>
    deliveries
      .filter((r) => r.customerId === customerId)
      .map((r) => `${r.time} ${r.step} ${r.channel} ${r.status}`);

  it('a card never activated gets the welcome, then exactly the reminders of days 2, 5 and 10, on every channel', () => {
    expect(journey('c-never')).toEqual([
      '2026-03-02T09:00:00.000Z welcome email sent',
      ...['2026-03-04', '2026-03-07', '2026-03-12'].flatMap((day, i) =>
        ['email', 'sms', 'push'].map((channel) => `${day}T09:00:00.000Z reminder-${i + 1} ${channel} sent`),
      ),
    ]);
  });

  it('a card activated on day 3 gets no reminder after day 3; then the offers, the nudge on day 30 and the incentive', () => {
    expect(journey('c-active')).toEqual([
      '2026-03-02T10:00:00.000Z welcome email sent',
      '2026-03-04T10:00:00.000Z reminder-1 email sent',
      '2026-03-04T10:00:00.000Z reminder-1 sms sent',
      '2026-03-04T10:00:00.000Z reminder-1 push sent',
      // Card.Activated at 09:00 on day 3 credits the last reminder (every channel it went out on), then the
      // offers go at once, and nothing of the first phase after it.
      '2026-03-05T09:00:00.000Z reminder-1 email converted',
      '2026-03-05T09:00:00.000Z reminder-1 push converted',
      '2026-03-05T09:00:00.000Z reminder-1 sms converted',
      '2026-03-05T09:00:00.000Z offers email sent',
      // No spend with card 2222 (the payment on 2026-03-10 was with card 9999) within 30 days.
      '2026-04-04T09:00:00.000Z nudge push sent',
      '2026-04-06T09:00:00.000Z incentive email sent',
    ]);
    const activatedAt = Date.parse('2026-03-05T09:00:00Z');
    const afterActivation = deliveries.filter(
      (r) => r.customerId === 'c-active' && Date.parse(r.time) >= activatedAt && r.status !== 'converted',
    );
    expect(afterActivation.map((r) => r.type)).not.toContain('card_activation.reminder');
  });

  it('Card.Activated stops the waiting first-phase execution; the post-activation phase runs to its end', () => {
    const of = (suffix: string) =>
      executions.filter((e) => JSON.parse(e.input).customerId === 'c-active' && e.name.endsWith(suffix));
    expect(of('-issued').map((e) => [e.status, e.stopDate])).toEqual([
      ['ABORTED', '2026-03-05T09:00:00.000Z'],
    ]);
    expect(of('-activated').map((e) => e.status)).toEqual(['SUCCEEDED']);
  });

  it('a card used within the spend window gets neither the nudge nor the incentive', () => {
    expect(journey('c-spender')).toEqual([
      '2026-03-02T11:00:00.000Z welcome email sent',
      '2026-03-03T11:00:00.000Z welcome email converted',
      '2026-03-03T11:00:00.000Z offers email sent',
    ]);
    const phase2 = executions.find(
      (e) => JSON.parse(e.input).customerId === 'c-spender' && e.name.endsWith('-activated'),
    );
    // The nudge step found the journey spent and ended the execution: the incentive never ran.
    expect(phase2?.history).toEqual([
      'Phase',
      'Offers',
      'AfterOffers',
      'WaitForNudge',
      'Nudge',
      'AfterNudge',
      'Done',
    ]);
  });

  it('a duplicate Card.Issued (a retry, and another event for the same card) starts nothing new', () => {
    const never = executions.filter((e) => JSON.parse(e.input).customerId === 'c-never');
    expect(never.map((e) => [e.name.endsWith('-issued'), e.status])).toEqual([[true, 'SUCCEEDED']]);
    expect(deliveries.filter((r) => r.customerId === 'c-never' && r.step === 'welcome')).toHaveLength(1);
  });

  it('every record names the journey and its step, and carries the bank event that started its phase', () => {
    const records = deliveries.filter((r) => r.type.startsWith('card_activation.'));
    const eventIds = (customerId: string) =>
      records.filter((r) => r.customerId === customerId).map((r) => `${r.step} ${r.eventId}`);
    expect(records.every((r) => r.journey === 'card_activation')).toBe(true);
    // The welcome and every reminder: the bank's Card.Issued (its redelivery and a second event for the
    // same card start nothing new, so no other eventId appears).
    expect(new Set(eventIds('c-never'))).toEqual(
      new Set(['welcome', 'reminder-1', 'reminder-2', 'reminder-3'].map((step) => `${step} issued-never`)),
    );
    // The offers, nudge and incentive: the Card.Activated that started the second phase.
    expect(new Set(eventIds('c-active'))).toEqual(
      new Set([
        'welcome issued-active',
        'reminder-1 issued-active',
        'offers activated-active',
        'nudge activated-active',
        'incentive activated-active',
      ]),
    );
  });

  it('one Card.Issued, redelivered: one message per step and channel, each with its own notificationId', () => {
    const sent = deliveries.filter((r) => r.customerId === 'c-never' && r.status === 'sent');
    const byStepAndChannel = sent.map((r) => `${r.step} ${r.channel}`);
    expect(byStepAndChannel).toHaveLength(10);
    expect(new Set(byStepAndChannel).size).toBe(10);
    expect(new Set(sent.map((r) => r.notificationId)).size).toBe(10);
    expect(new Set(sent.map((r) => r.eventId))).toEqual(new Set(['issued-never']));
  });

  it("the journey step's log lines carry the bank event that started the execution", () => {
    const lines = operational
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.message === 'journey step' && line.journey === 'card_activation');
    const never = lines.filter((line) => line.eventId === 'issued-never').map((line) => line.step);
    expect(never).toEqual(['welcome', 'reminder-1', 'reminder-2', 'reminder-3']);
    expect(lines.filter((line) => line.eventId === 'activated-active').map((line) => line.step)).toEqual([
      'offers',
      'nudge',
      'incentive',
    ]);
    expect(lines.filter((line) => typeof line.eventId !== 'string')).toEqual([]);
  });

  it('runs in time order on the simulated clock: every record at or after the one before', () => {
    const times = herald.records.map((r) => Date.parse(r.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("is written in the customer's language: the reminder names the card; the last one says it is the last", () => {
    const record = deliveries.find(
      (r) => r.customerId === 'c-never' && r.step === 'reminder-3' && r.channel === 'email',
    );
    const html = readFileSync(outboxFile(out, record?.providerMessageId, '.html'), 'utf8');
    expect(html).toContain('ending 1111');
    expect(html).toContain('This is our last reminder');
    const german = deliveries.find((r) => r.customerId === 'c-active' && r.step === 'incentive');
    expect(german?.template).toBe('card_activation.incentive/email/de');
    const incentive = readFileSync(outboxFile(out, german?.providerMessageId, '.html'), 'utf8');
    expect(incentive).toContain('500,00');
    expect(incentive).toContain('Endziffern 2222');
  });

  it('a Card.Activated that arrives before its Card.Issued runs the post-activation phase only', () => {
    expect(journey('c-late')).toEqual([
      '2026-03-06T03:00:00.000Z offers email sent',
      '2026-04-05T03:00:00.000Z nudge email sent',
      '2026-04-07T03:00:00.000Z incentive email sent',
    ]);
    expect(
      executions
        .filter((e) => JSON.parse(e.input).customerId === 'c-late')
        .map((e) => e.name.split('-').pop()),
    ).toEqual(['activated']);
  });

  it('a Card.Issued without cardLast4 is rejected, naming the field, and kept in the DLQ', () => {
    const rejected = herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
    expect(rejected.map((r) => [r.eventId, r.reason])).toContainEqual([
      'issued-bad',
      'detail.cardLast4: required field missing',
    ]);
    expect(herald.deadLetters.some((d) => d.body.includes('issued-bad'))).toBe(true);
    expect(executions.some((e) => JSON.parse(e.input).key === 'card-bad')).toBe(false);
  });
  it('gives the report a funnel equal to the one counted by hand from the fixture', () => {
    const [funnel] = journeyFunnels(herald.records);
    // welcome: c-never, c-active, c-spender (c-late's card was activated before it was issued: no welcome).
    // reminder-1: c-never, c-active; reminders 2 and 3: c-never; offers: c-active, c-spender, c-late;
    // nudge and incentive: c-active, c-late (c-spender used the card). Converted: c-active (credited to
    // reminder-1) and c-spender (credited to the welcome).
    expect(funnel?.journey).toBe('card_activation');
    expect(funnel?.customers).toBe(3);
    expect(funnel?.converted).toBe(2);
    expect(Object.fromEntries(funnel?.steps.map((s) => [s.step, s.customers]) ?? [])).toEqual({
      welcome: 3,
      'reminder-1': 2,
      'reminder-2': 1,
      'reminder-3': 1,
      offers: 3,
      nudge: 2,
      incentive: 2,
    });
  });
});
