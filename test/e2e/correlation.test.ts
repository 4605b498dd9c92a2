// Correlation ids through the local stack: every operational line a function writes during a replay carries
// the bank's eventId (and, for a message, its notificationId), so one event can be followed through every
// function it reaches. Wake-ups, Herald's own timers, carry their wake-up id instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntries, replay } from '../../local/replay.ts';

const FIXTURES = [
  'balance-alerts.jsonl',
  'transactions.jsonl',
  'fraud-alert.jsonl',
  'tax-reminder.jsonl',
  'price-alerts.jsonl',
].map((name) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
const entry = (time: string, detailType: string, detail: Record<string, unknown>) =>
  JSON.stringify({
    Source: 'bank.core',
    DetailType: detailType,
    Time: time,
    Detail: { occurredAt: time, customerId: 'c-quiet', ...detail },
  });
/** A low-balance alert at 23:30 in London, held until the customer's quiet hours end (the defer function). */
const QUIET_HOURS = [
  entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: 'q-1',
    name: { given: 'Ana' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: 'ana@example.com' },
  }),
  entry('2026-03-02T08:00:01Z', 'Consent.Changed', {
    eventId: 'q-2',
    channel: 'email',
    category: 'transactional',
    granted: true,
    source: 'app',
  }),
  entry('2026-03-02T08:00:02Z', 'AlertSettings.Changed', {
    eventId: 'q-3',
    lowBalance: { accountId: 'ACC-Q', threshold: '100.00', currency: 'GBP' },
    quietHours: { start: '22:00', end: '07:00' },
  }),
  entry('2026-03-02T23:30:00Z', 'Balance.Changed', {
    eventId: 'q-4',
    accountId: 'ACC-Q',
    balance: '12.00',
    currency: 'GBP',
  }),
].join('\n');
/** Functions that handle one message per line: their lines name it. */
const MESSAGE_FUNCTIONS = [
  'render',
  'render-security',
  'send-email',
  'send-sms',
  'send-push',
  'send-whatsapp',
];

interface Line {
  level: string;
  message: string;
  function_name: string;
  eventId?: unknown;
  notificationId?: unknown;
  wakeUpId?: unknown;
}

describe('correlation ids (herald replay)', async () => {
  const lines: Line[] = [];
  const eventIds = new Set<string>();
  for (const text of [...FIXTURES, QUIET_HOURS]) {
    for (const { entry } of parseEntries(text).entries) {
      const detail = (typeof entry.Detail === 'string' ? JSON.parse(entry.Detail) : entry.Detail) as {
        eventId?: string;
      };
      if (detail.eventId) eventIds.add(detail.eventId);
    }
    const operational: string[] = [];
    await replay(text, { operationalLog: (line) => operational.push(line) });
    for (const line of operational) {
      if (!line.startsWith('{')) continue;
      const parsed = JSON.parse(line) as Partial<Line>;
      // Powertools Logger lines: the functions' own operational log.
      if (typeof parsed.level === 'string' && typeof parsed.function_name === 'string')
        lines.push(parsed as Line);
    }
  }
  const functionsSeen = [...new Set(lines.map((line) => line.function_name))].sort();
  const fromBank = (id: unknown) =>
    typeof id === 'string' && [...eventIds].some((eventId) => id === eventId || id.startsWith(`${eventId}:`));

  it('covers every function that logs during these replays', () => {
    // The triggers and render functions write records, and operational lines only when something goes wrong.
    expect(functionsSeen).toEqual(
      expect.arrayContaining([
        'profile',
        'price-alerts',
        'tax-reminders',
        'tax-reminders-due',
        'defer',
        'erasure',
        'send-email',
        'send-sms',
        'send-push',
        'send-whatsapp',
      ]),
    );
  });

  it('every line carries the eventId of the bank event it is about', () => {
    const missing = lines.filter((line) => !fromBank(line.eventId) && typeof line.wakeUpId !== 'string');

    expect(missing.map((line) => `${line.function_name}: ${line.message}`)).toEqual([]);
  });

  it('only wake-ups (tax-reminders-due, and defer scheduling them) go by their wake-up id instead', () => {
    const byWakeUp = lines.filter((line) => !fromBank(line.eventId));

    expect(byWakeUp.length).toBeGreaterThan(0);
    for (const line of byWakeUp) {
      expect(['tax-reminders-due', 'defer']).toContain(line.function_name);
      expect(line.wakeUpId).toEqual(expect.any(String));
    }
  });

  it('lines about one message carry its notificationId too', () => {
    const messageLines = lines.filter((line) => MESSAGE_FUNCTIONS.includes(line.function_name));

    expect(messageLines.length).toBeGreaterThan(0);
    for (const line of messageLines) expect(line.notificationId, line.message).toEqual(expect.any(String));
    // Messages held for quiet hours are scheduled by defer: the same ids.
    const held = lines.filter((line) => line.function_name === 'defer' && line.wakeUpId === undefined);
    expect(held.length).toBeGreaterThan(0);
    for (const line of held) {
      expect(fromBank(line.eventId)).toBe(true);
      expect(line.notificationId).toEqual(expect.any(String));
    }
  });
});
