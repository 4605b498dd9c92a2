// Fallback through `herald replay`: a message sent on the first reachable channel goes on the next one when
// the first fails for good, after the configured wait; when the first is sent, the next never is.
import { describe, expect, it } from 'vitest';
import type { EndpointFaults } from '../../local/faults.ts';
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

async function run(faults: EndpointFaults) {
  const herald = await replay([...customer, statement].join('\n'), {
    operationalLog: () => undefined,
    faults,
  });
  return herald.records
    .filter((r): r is DeliveryRecord => r.kind === 'delivery')
    .map((r) => `${r.time} ${r.channel} ${r.status} ${r.reason ?? ''}`.trim());
}

describe('fallback to the next channel (herald replay)', () => {
  it('sends the SMS two minutes after the e-mail was rejected for good', async () => {
    expect(await run({ rejectEmails: 1 })).toEqual([
      '2026-03-03T09:00:00.000Z email failed provider_rejected',
      '2026-03-03T09:02:00.000Z sms sent',
    ]);
  });

  it('sends nothing more when the e-mail went out', async () => {
    expect(await run({})).toEqual(['2026-03-03T09:00:00.000Z email sent']);
  });

  it('retries a throttled e-mail instead of falling back (throttling is not a failure)', async () => {
    const outcomes = await run({ throttleEmails: 1 });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatch(/ email sent$/);
  });
});
