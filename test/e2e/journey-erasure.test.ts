// Erasure stops a customer's open journeys (herald replay): the card-activation execution waiting for its
// next reminder is stopped at once, and nothing more is sent to the erased customer.
import { describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry } from '../support/replay-harness.ts';

const lines = [
  entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: 'e-u',
    customerId: 'c-gone',
    name: { given: 'Ana' },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    contacts: { email: 'ana@example.com', phone: '+447700900123' },
  }),
  ...(['email', 'sms'] as const).map((channel) =>
    entry('2026-03-02T08:00:00Z', 'Consent.Changed', {
      eventId: `e-c-${channel}`,
      customerId: 'c-gone',
      channel,
      category: 'transactional',
      granted: true,
      source: 'app',
    }),
  ),
  entry('2026-03-02T09:00:00Z', 'Card.Issued', {
    eventId: 'e-issued',
    customerId: 'c-gone',
    cardId: 'card-gone',
    cardLast4: '3333',
  }),
  // Day 3, after the first reminder and before the second.
  entry('2026-03-05T12:00:00Z', 'Customer.ErasureRequested', { eventId: 'e-erase', customerId: 'c-gone' }),
];

describe('erasure and journeys (herald replay)', () => {
  it('stops the open journey: nothing is sent after the erasure, and the execution is aborted then', async () => {
    const herald = await replay(lines.join('\n'), { operationalLog: () => undefined });
    const sent = herald.records
      .filter((r): r is DeliveryRecord => r.kind === 'delivery' && r.status === 'sent')
      .map((r) => `${r.time} ${r.step} ${r.channel}`);
    expect(sent).toEqual([
      '2026-03-02T09:00:00.000Z welcome email',
      '2026-03-04T09:00:00.000Z reminder-1 email',
      '2026-03-04T09:00:00.000Z reminder-1 sms',
    ]);
    const executions = herald.stepFunctions?.list() ?? [];
    expect(executions.map((e) => [e.status, e.stopDate])).toEqual([['ABORTED', '2026-03-05T12:00:00.000Z']]);
    expect(herald.records.filter((r) => r.kind === 'emitted').map((r) => r.detailType)).toEqual([
      'Customer.Erased',
    ]);
  }, 120_000);
});
