// Consent evidence end to end through the local stack: a bank's Customer.ConsentEvidenceRequested makes
// Herald emit that customer's whole consent ledger (the bank's grants and the customer's own STOP, each with
// time, source and cause) as Customer.ConsentEvidence, with no contact details and nothing of another
// customer's.
import { beforeAll, describe, expect, it } from 'vitest';
import { schema as evidenceSchema } from '../../shared/contract/events/customer-consent-evidence.ts';
import { parseDetail } from '../../shared/contract/validate.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const PHONES = { 'c-ana': '+447700900101', 'c-bo': '+447700900102' } as const;

function lines(): string[] {
  const out: string[] = [];
  for (const [customerId, phone] of Object.entries(PHONES)) {
    out.push(
      entry('2026-03-03T08:00:00Z', 'Customer.Upserted', {
        eventId: `up-${customerId}`,
        customerId,
        name: { given: 'Kim' },
        locale: 'en-GB',
        timeZone: 'Europe/London',
        contacts: { phone, email: `${customerId}@example.com` },
      }),
    );
    for (const category of ['transactional', 'marketing'])
      out.push(
        entry('2026-03-03T08:01:00Z', 'Consent.Changed', {
          eventId: `grant-${customerId}-${category}`,
          customerId,
          channel: 'sms',
          category,
          granted: true,
          source: 'branch',
        }),
      );
  }
  out.push(
    JSON.stringify({
      inbound: 'sms',
      from: PHONES['c-ana'],
      text: 'STOP',
      id: 'sms-in-1',
      Time: '2026-03-03T09:00:00Z',
    }),
  );
  out.push(
    entry('2026-03-04T09:00:00Z', 'Customer.ConsentEvidenceRequested', {
      eventId: 'evr-1',
      customerId: 'c-ana',
    }),
  );
  return out;
}

let run: Awaited<ReturnType<typeof runReplay>>;
beforeAll(async () => {
  run = await runReplay(lines());
}, 240_000);

const evidence = () => run.emitted.filter((e) => e.detailType === 'Customer.ConsentEvidence');

describe('Customer.ConsentEvidenceRequested', () => {
  it('is accepted', () => {
    expect(run.rejected).toEqual([]);
  });

  it('emits the customer’s full ledger, oldest first, with time, source and cause, as the contract describes it', () => {
    const [event, ...more] = evidence();
    expect(more).toEqual([]);
    expect(parseDetail(evidenceSchema, event?.detail)).toMatchObject({ ok: true });
    expect(event?.detail).toMatchObject({ customerId: 'c-ana', requestEventId: 'evr-1', part: 1, parts: 1 });
    const entries = (event?.detail as { entries?: Record<string, unknown>[] } | undefined)?.entries ?? [];
    expect(entries.map((e) => [e.category, e.granted, e.source, e.causedBy])).toEqual([
      ['marketing', true, 'branch', undefined],
      ['transactional', true, 'branch', undefined],
      ['marketing', false, 'sms_keyword', 'sms-in-1'],
      ['transactional', false, 'sms_keyword', 'sms-in-1'],
    ]);
    expect(entries.slice(0, 2).map((e) => e.eventId)).toEqual([
      'grant-c-ana-marketing',
      'grant-c-ana-transactional',
    ]);
    for (const e of entries) expect(e.occurredAt).toEqual(expect.stringMatching(/^2026-03-03T/));
  });

  it('names no other customer and carries no contact details', () => {
    const text = JSON.stringify(evidence());
    expect(text).not.toContain('c-bo');
    expect(text).not.toContain(PHONES['c-ana'].slice(1));
    expect(text).not.toContain('@example.com');
  });
});
