// Fallback through `herald replay`: a message sent on the first reachable channel goes on the next one when
// the first fails for good, after the configured wait, exactly once; when the first is sent, the next one
// costs nothing: no queue message, no invocation of its sender.
import { describe, expect, it } from 'vitest';
import type { Faults } from '../../local/faults.ts';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry } from '../support/replay-harness.ts';

const customer = [
  entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
    eventId: 'f-u',
    customerId: 'f',
    name: { given: 'Anna' },
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    contacts: { email: 'anna@example.com', phone: '+4915100000001' },
  }),
  ...(['email', 'sms'] as const).map((channel, i) =>
    entry(`2026-03-02T00:00:0${i + 1}Z`, 'Consent.Changed', {
      eventId: `f-c-${channel}`,
      customerId: 'f',
      channel,
      category: 'transactional',
      granted: true,
      source: 'app',
    }),
  ),
];
// Statement.Ready goes on the first reachable channel: e-mail, then push (no device here), then SMS.
const statement = entry('2026-03-03T09:00:00Z', 'Statement.Ready', {
  eventId: 'f-s1',
  customerId: 'f',
  accountId: 'DE00ACCOUNT0001',
  period: '2026-02',
});

async function run(faults: Faults) {
  const herald = await replay([...customer, statement].join('\n'), {
    operationalLog: () => undefined,
    faults,
  });
  const outcomes = herald.records
    .filter((r): r is DeliveryRecord => r.kind === 'delivery')
    .map((r) => `${r.time} ${r.channel} ${r.status} ${r.reason ?? ''}`.trim());
  /** Messages sent to a queue, by the start of its logical id (`SmsQueue`). */
  const messages = (queue: string) =>
    [...herald.usage.messages].filter(([id]) => id.startsWith(queue)).reduce((n, [, count]) => n + count, 0);
  const invocations = (fn: string) => herald.usage.invocations.get(fn) ?? 0;
  return { outcomes, messages, invocations };
}

describe('fallback to the next channel (herald replay)', () => {
  it('sends the SMS two minutes after the e-mail was rejected for good', async () => {
    const { outcomes, messages, invocations } = await run({ rejectEmails: 1 });
    expect(outcomes).toEqual([
      '2026-03-03T09:00:00.000Z email failed provider_rejected',
      '2026-03-03T09:02:00.000Z sms sent',
    ]);
    expect([messages('SmsQueue'), invocations('send-sms')]).toEqual([1, 1]);
  });

  it('sends nothing more when the e-mail went out, and its fallback costs no queue message or invocation', async () => {
    const { outcomes, messages, invocations } = await run({});
    expect(outcomes).toEqual(['2026-03-03T09:00:00.000Z email sent']);
    // The statement's whole cost: one planned message, one e-mail job; one render, one send-email.
    expect([messages('RenderQueue'), messages('EmailQueue'), messages('SmsQueue')]).toEqual([1, 1, 0]);
    expect([invocations('render'), invocations('send-email'), invocations('send-sms')]).toEqual([1, 1, 0]);
  });

  it('retries a throttled e-mail instead of falling back (throttling is not a failure)', async () => {
    const { outcomes, messages } = await run({ throttleEmails: 1 });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatch(/ email sent$/);
    expect(messages('SmsQueue')).toBe(0);
  });

  it('falls back once when every event is delivered three times', async () => {
    const { outcomes } = await run({ rejectEmails: 1, duplicateDelivery: 3 });
    expect(outcomes).toEqual([
      '2026-03-03T09:00:00.000Z email failed provider_rejected',
      '2026-03-03T09:02:00.000Z sms sent',
    ]);
  });
});
