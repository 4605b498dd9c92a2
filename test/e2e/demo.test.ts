// `npm start`: the demo bank plays every single-event notification through the local stack and prints a
// summary a reader can follow.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DemoResult, demoEntries, runDemo } from '../../local/demo.ts';

const workDir = mkdtempSync(join(tmpdir(), 'herald-demo-'));
const outDir = join(workDir, 'outbox');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the demo bank (npm start)', () => {
  let printed = '';
  let result: DemoResult;

  it('plays a few dozen customers and sends every kind of single-event notification', async () => {
    result = await runDemo({
      outDir,
      write: (text) => {
        printed += text;
      },
    });
    const sentTypes = new Set(result.deliveries.filter((d) => d.status === 'sent').map((d) => d.type));
    expect([...sentTypes].sort()).toEqual(
      expect.arrayContaining([
        'balance.credit_utilization',
        'balance.low',
        'fraud.alert',
        'loan.preapproved',
        'payment.confirmation',
        'price.alert',
        'statement.ready',
        'tax.reminder',
        'transaction.large',
        'card_activation.welcome',
        'card_activation.reminder',
        'kyc.reminder',
      ]),
    );
    expect(printed).toMatch(/Journey funnels[\s\S]*card_activation: \d+ started/);
    expect(
      new Set(
        demoEntries()
          .map((e) => JSON.stringify(e.Detail))
          .filter((d) => d.includes('customerId')),
      ).size,
    ).toBeGreaterThan(0);
    expect(printed).toMatch(/^Herald demo bank: 30 customers, \d+ events over \d+ simulated days/);
  }, 120_000);

  it('sends the 02:00 fraud alert at once, while quiet hours defer other messages', () => {
    const fraud = result.deliveries.find((d) => d.type === 'fraud.alert' && d.status === 'sent');
    // Fraud.Suspected for Layla at 22:00Z = 02:00 in Dubai.
    expect(fraud?.time).toBe('2026-03-07T22:00:00.000Z');
    expect(result.deliveries.some((d) => d.status === 'deferred' && d.reason === 'quiet_hours')).toBe(true);
  });

  it('rejects the two bad events with their reasons, and sends nothing for the producer retry', () => {
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'detail.balance: expected a decimal string such as "1250.00", got number',
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    const perMessage = new Map<string, number>();
    // One message per customer, bank event, type, channel and journey step (a market tick is one event for
    // many; a journey's reminders carry the bank event that started it).
    for (const d of result.deliveries.filter((r) => r.status === 'sent')) {
      const key = `${d.customerId} ${d.eventId} ${d.type} ${d.channel} ${d.step ?? ''}`;
      perMessage.set(key, (perMessage.get(key) ?? 0) + 1);
    }
    expect([...perMessage].filter(([, n]) => n > 1)).toEqual([]);
    expect(printed).toContain('Rejected events (2)');
  });

  it('ends by writing the delivery report beside the outbox', () => {
    expect(result.reportPath).toBe(join(workDir, 'report.html'));
    expect(readFileSync(join(workDir, 'report.html'), 'utf8')).toContain('fraud.alert');
  });
});
