// Sustained SES throttling through `herald replay`: every e-mail waits on its queue for as long as SES
// throttles and is then sent exactly once; none is failed, none dead-lettered, no fallback goes out.
import { describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../../infra/stacks/stateful-stack.ts';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry } from '../support/replay-harness.ts';

const CUSTOMERS = 6;

/** Six customers with e-mail and SMS; each gets a statement and a payment confirmation by e-mail. */
function bankDay(): string {
  const lines: string[] = [];
  for (let c = 1; c <= CUSTOMERS; c++) {
    const customerId = `t-${c}`;
    lines.push(
      entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
        eventId: `t-u-${c}`,
        customerId,
        name: { given: `Kunde ${c}` },
        locale: 'de-DE',
        timeZone: 'Europe/Berlin',
        contacts: { email: `kunde${c}@example.com`, phone: `+491510000000${c}` },
      }),
      ...(['email', 'sms'] as const).map((channel) =>
        entry('2026-03-02T08:00:01Z', 'Consent.Changed', {
          eventId: `t-c-${c}-${channel}`,
          customerId,
          channel,
          category: 'transactional',
          granted: true,
          source: 'app',
        }),
      ),
      entry('2026-03-03T09:00:00Z', 'Statement.Ready', {
        eventId: `t-s-${c}`,
        customerId,
        accountId: `DE00ACC${c}`,
        period: '2026-02',
      }),
      entry('2026-03-03T09:00:05Z', 'Payment.Completed', {
        eventId: `t-p-${c}`,
        customerId,
        paymentId: `P-${c}`,
        amount: '25.00',
        currency: 'EUR',
        payee: 'Stadtwerke',
      }),
    );
  }
  return lines.join('\n');
}

describe('sustained SES throttling (herald replay)', () => {
  it('sends every e-mail exactly once after SES throttled the next 80 SendEmail calls; nothing failed or dead-lettered', async () => {
    // Prepare: 80 throttled calls over 12 e-mails: at least one e-mail is throttled ceil(80 / 12) = 7 times,
    // more than its queue's receive limit, so a throttle that counted as a receive would dead-letter it.
    const throttles = 80;
    expect(Math.ceil(throttles / (2 * CUSTOMERS))).toBeGreaterThan(MAX_RECEIVE_COUNT);
    const text = bankDay();
    // Act
    const herald = await replay(text, {
      operationalLog: () => undefined,
      faults: { throttleEmails: throttles },
    });
    // Assess
    const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
    const sentEmails = deliveries.filter((r) => r.channel === 'email' && r.status === 'sent');
    expect(sentEmails).toHaveLength(2 * CUSTOMERS);
    expect(new Set(sentEmails.map((r) => `${r.eventId} ${r.customerId} ${r.type}`)).size).toBe(2 * CUSTOMERS);
    expect(deliveries.filter((r) => r.status === 'failed')).toEqual([]);
    // Throttling is not a failure: no fallback on SMS was needed.
    expect(deliveries.filter((r) => r.channel !== 'email')).toEqual([]);
    expect(herald.deadLetters).toEqual([]);
    expect(herald.outbox.filter((m) => m.channel === 'email')).toHaveLength(2 * CUSTOMERS);
    // The throttling did happen: some e-mails waited on their queue (the first wait is at least 15 s).
    const times = sentEmails.map((r) => Date.parse(r.time));
    expect(Math.max(...times) - Date.parse('2026-03-03T09:00:05Z')).toBeGreaterThanOrEqual(15_000);
  });
});
