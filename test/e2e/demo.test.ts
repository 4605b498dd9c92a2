// `npm start`: the demo bank plays every single-event notification through the local stack and prints a
// summary a reader can follow.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DemoResult, demoAccountLast4, demoCustomers, demoEntries, runDemo } from '../../local/demo.ts';
import { OUTBOX_INDEX, type OutboxIndexEntry } from '../../local/outbox.ts';
import { parseFromHeader } from '../../shared/domain/sender.ts';

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

  describe('what its customers read (the outbox)', () => {
    const index = () =>
      readFileSync(join(outDir, OUTBOX_INDEX), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as OutboxIndexEntry);
    /** Every message as the customer reads it: an e-mail's HTML, an SMS, push or WhatsApp message's JSON. */
    const rendered = () =>
      index().map((entry) => {
        const raw = readFileSync(join(outDir, entry.html ?? entry.file), 'utf8');
        // The message, not its envelope: a JSON file's recipient number and device token are left out.
        const text = entry.html
          ? raw
          : JSON.stringify(JSON.parse(raw), (key, value) =>
              ['to', 'token', 'originationPhoneNumberId'].includes(key) ? undefined : value,
            );
        return { entry, text };
      });

    it('has at least one message on every channel', () => {
      const channels = new Set(index().map((e) => e.channel));
      expect([...channels].sort()).toEqual(['email', 'push', 'sms', 'whatsapp']);
    });

    it('never shows an internal account or card identifier, nor more than four digits of one', () => {
      // Prepare: every accountId and cardId the bank sent, and each tail of five characters or more.
      const ids = new Set<string>();
      for (const e of demoEntries()) {
        const detail = e.Detail as Record<string, unknown>;
        for (const field of ['accountId', 'cardId'])
          if (typeof detail[field] === 'string') ids.add(detail[field] as string);
      }
      const tails = [...ids].flatMap((id) => Array.from({ length: id.length - 4 }, (_, i) => id.slice(i)));
      expect(ids.size).toBeGreaterThan(30);

      // Act
      const messages = rendered();

      // Assess
      expect(messages.length).toBeGreaterThan(100);
      const leaks = messages.flatMap(({ entry, text }) =>
        tails.filter((tail) => text.includes(tail)).map((tail) => `${entry.file}: ${tail}`),
      );
      expect(leaks).toEqual([]);
      // Customers whose bank sent no accountLast4 read no account digits ("your account"), and no part of
      // the accountId (the last four characters of `ACC-004-0001` were once "account ending 0001").
      const noDigits = new Set(
        demoCustomers()
          .filter((c) => demoAccountLast4(c.id) === undefined)
          .map((c) => c.id),
      );
      const accountMessages = messages.filter(
        (m) =>
          noDigits.has(m.entry.customerId ?? '') &&
          /^(balance|transaction|statement)\./.test(m.entry.type ?? ''),
      );
      expect(accountMessages.map((m) => m.entry.type)).toContain('statement.ready');
      for (const { entry, text } of accountMessages) {
        expect(text, entry.file).not.toMatch(
          /ending \d|Endziffern \d|berakhiran \d|termină în \d|đuôi \d|بـ \S*\d/,
        );
        expect(text, entry.file).not.toContain('0001');
      }
    });

    it('sends every e-mail from the bank’s display name, in the customer’s language, with one X-Herald- prefix', () => {
      const emails = index().filter((e) => e.channel === 'email');
      expect(emails.length).toBeGreaterThan(50);
      const froms = emails.map((e) => {
        const raw = readFileSync(join(outDir, e.file), 'utf8');
        const header = /^From: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';
        expect(raw).not.toMatch(/^X-Herald-Herald_/im);
        expect(raw).toMatch(/^X-Herald-Type: /m);
        return { customerId: e.customerId, from: parseFromHeader(header) };
      });
      for (const { from } of froms) {
        expect(from.address).toBe('alerts@dev.herald.example');
        expect(['Demo Bank', 'بنك ديمو']).toContain(from.name);
      }
      const arabic = new Set(
        demoCustomers()
          .filter((c) => c.locale.startsWith('ar'))
          .map((c) => c.id),
      );
      for (const { customerId, from } of froms)
        expect(from.name, customerId).toBe(arabic.has(customerId ?? '') ? 'بنك ديمو' : 'Demo Bank');
    });

    it('offers the card incentive to an AED customer in AED', () => {
      const aed = new Set(
        demoCustomers()
          .filter((c) => c.currency === 'AED')
          .map((c) => c.id),
      );
      const incentives = rendered().filter(
        (m) => m.entry.type === 'card_activation.incentive' && aed.has(m.entry.customerId ?? ''),
      );
      expect(incentives.length).toBeGreaterThan(0);
      for (const { text } of incentives) {
        // ar-AE writes AED as "د.إ." (2,000.00 د.إ.); never euros.
        expect(text).toContain('2,000.00\u00a0د.إ.');
        expect(text).not.toContain('€');
      }
    });
  });
});
