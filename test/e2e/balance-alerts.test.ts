// Balance and large-transaction alerts through `herald replay`, from the fixtures a user can replay too:
// `npx herald replay test/e2e/fixtures/balance-alerts.jsonl --out DIR` (and transactions.jsonl).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';

const out = mkdtempSync(join(tmpdir(), 'herald-balance-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function run(fixture: string) {
  const operational: string[] = [];
  const herald = await replay(readFileSync(join(import.meta.dirname, 'fixtures', fixture), 'utf8'), {
    outDir: join(out, fixture),
    operationalLog: (line) => operational.push(line),
  });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  return {
    herald,
    operational,
    outcomes: deliveries.map((r) => `${r.time} ${r.eventId} ${r.type} ${r.channel} ${r.status}`),
    sms: herald.outbox.flatMap((m) => (m.channel === 'sms' ? [m.text] : [])),
    subjects: herald.outbox.flatMap((m) => (m.channel === 'email' ? [m.subject] : [])),
  };
}

describe('balance alerts (herald replay)', async () => {
  const { herald, operational, outcomes, sms, subjects } = await run('balance-alerts.jsonl');
  const of = (type: string) => outcomes.filter((o) => o.includes(` ${type} `));

  it('low balance: drop → alert; still low → nothing; recover → nothing; at the threshold → nothing; drop → alert; a late event → nothing', () => {
    expect(of('balance.low')).toEqual([
      '2026-03-03T10:00:00.000Z low-1 balance.low push suppressed',
      '2026-03-03T10:00:00.000Z low-1 balance.low whatsapp suppressed',
      '2026-03-03T10:00:00.000Z low-1 balance.low email sent',
      '2026-03-03T10:00:00.000Z low-1 balance.low sms sent',
      '2026-03-03T14:00:00.000Z low-5 balance.low push suppressed',
      '2026-03-03T14:00:00.000Z low-5 balance.low whatsapp suppressed',
      '2026-03-03T14:00:00.000Z low-5 balance.low email sent',
      '2026-03-03T14:00:00.000Z low-5 balance.low sms sent',
    ]);
    expect(sms).toContain(
      'Demo Bank: the balance of your account ending 1001 is £42.10, below your £100.00 alert.',
    );
  });

  it('overdraft: at zero → nothing; below zero → alert with the arranged overdraft; further below → nothing; back to zero, below again → alert', () => {
    expect(of('balance.overdraft')).toEqual([
      '2026-03-03T15:10:00.000Z od-2 balance.overdraft push suppressed',
      '2026-03-03T15:10:00.000Z od-2 balance.overdraft whatsapp suppressed',
      '2026-03-03T15:10:00.000Z od-2 balance.overdraft email sent',
      '2026-03-03T15:10:00.000Z od-2 balance.overdraft sms sent',
      '2026-03-03T15:40:00.000Z od-5 balance.overdraft push suppressed',
      '2026-03-03T15:40:00.000Z od-5 balance.overdraft whatsapp suppressed',
      '2026-03-03T15:40:00.000Z od-5 balance.overdraft email sent',
      '2026-03-03T15:40:00.000Z od-5 balance.overdraft sms sent',
    ]);
    expect(sms).toContain(
      'Demo Bank: your account ending 2002 is overdrawn. Balance: -£120.50. Pay in money soon to avoid charges.',
    );
    const email = herald.outbox.find((m) => m.channel === 'email' && m.subject.includes('2002'));
    const html = readFileSync(
      email?.channel === 'email' ? (email.files.find((f) => f.endsWith('.html')) ?? '') : '',
      'utf8',
    );
    expect(html).toContain('£379.50 of your £500.00 arranged overdraft left');
  });

  it('credit utilisation: 79.99 % → nothing; exactly 80 % → alert; 90 % → nothing', () => {
    expect(of('balance.credit_utilization')).toEqual([
      '2026-03-03T16:10:00.000Z cu-2 balance.credit_utilization push suppressed',
      '2026-03-03T16:10:00.000Z cu-2 balance.credit_utilization whatsapp suppressed',
      '2026-03-03T16:10:00.000Z cu-2 balance.credit_utilization email sent',
      '2026-03-03T16:10:00.000Z cu-2 balance.credit_utilization sms sent',
    ]);
    expect(subjects).toContain('Your credit alert: 80% of your credit limit used');
  });

  it('nothing else: no rejection, no other record, no address or phone number in any log line', () => {
    expect(herald.records.filter((r) => r.kind !== 'delivery')).toEqual([]);
    expect(outcomes).toHaveLength(20);
    const logs = [...operational, ...herald.records.map((r) => JSON.stringify(r))].join('\n');
    expect(logs).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(logs).not.toMatch(/\+\d{7,15}/);
  });
});

describe('large-transaction alert (herald replay)', async () => {
  const { herald, outcomes, sms } = await run('transactions.jsonl');

  it('below the amount → nothing; at it and above it → one alert each, on the first channel; another currency → nothing; a redelivery → nothing', () => {
    expect(outcomes).toEqual([
      '2026-03-03T11:00:00.000Z tx-at transaction.large sms sent',
      '2026-03-03T12:00:00.000Z tx-above transaction.large sms sent',
    ]);
    expect(herald.records.filter((r) => r.kind !== 'delivery')).toEqual([]);
  });

  it('says the amount, merchant, balance after, and to report it in the app if it was not the customer', () => {
    expect(sms).toEqual([
      'Demo Bank: £1,000.00 payment at Currys, account ending 4004. Balance: £1,000.01. Not you? Report it in the app.',
      'Demo Bank: £2,500.00 payment at Apple Store, account ending 4004. Balance: -£1,499.99. Not you? Report it in the app.',
    ]);
  });
});
