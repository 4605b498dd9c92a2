// Wherever a message can be sent, the daily marketing cap and the suppression list are required: a trigger
// wired without the cap, or a sender without the list, does not compile (`npx tsc` checks the
// `@ts-expect-error` lines below: each fails the build when the line it marks compiles).

import { describe, expect, expectTypeOf, it } from 'vitest';
import { MemoryCaps, MemorySuppressions } from '../../bench/memory-ports.ts';
import type { triggerDeps } from '../../shared/adapters/lambda/trigger-deps.ts';
import { type NotifyDeps, notify } from '../../shared/application/notify.ts';
import type { SendDeps } from '../../shared/application/send-message.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import type { CapCounter, SuppressionList } from '../../shared/ports/policy.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';

const profile: CustomerProfile = {
  customerId: 'c-1',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  contacts: { email: 'c1@example.com' },
  consents: { 'email:marketing': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' } },
  alerts: {},
};

const offer = (eventId: string) =>
  ({
    type: 'loan.preapproved',
    category: 'marketing',
    customerId: 'c-1',
    eventId,
    occurredAt: '2026-03-03T12:00:00Z',
    data: { offerId: 'o-1', amount: '5000.00', currency: 'GBP', expiresAt: '2026-04-01T00:00:00Z' },
  }) as const;

describe('caps and suppressions are required where a message can be sent', () => {
  it('a trigger cannot be wired without the daily cap; every trigger function is given it', async () => {
    // Prepare: what a new marketing trigger would be wired with, and the cap at one a day.
    const planned: PlannedJob[] = [];
    const records: (DeliveryRecord | RejectedRecord)[] = [];
    const wiring = {
      claims: { claim: async () => 'claimed' as const },
      plans: { submit: async (job: PlannedJob) => void planned.push(job) },
      log: { write: (record: DeliveryRecord | RejectedRecord) => void records.push(record) },
      now: () => new Date('2026-03-03T12:00:00Z'),
      policy: {
        defaultQuietHours: { start: '00:00', end: '00:00' },
        marketingCap: 1,
        transactionalDefault: 'denied' as const,
      },
    };
    const spec = { channels: ['email'], delivery: 'first', urgency: 'normal' } as const;
    // @ts-expect-error the daily cap is required: a trigger without it does not compile
    const withoutCap: NotifyDeps = wiring;
    expectTypeOf<NotifyDeps['caps']>().toEqualTypeOf<CapCounter>();
    // The trigger functions' shared wiring (shared/adapters/lambda/trigger-deps.ts) carries the cap.
    expectTypeOf<ReturnType<typeof triggerDeps>>().toHaveProperty('caps').toExtend<CapCounter>();

    // Act: two offers of one local day, wired with the cap.
    const deps: NotifyDeps = { ...wiring, caps: new MemoryCaps() };
    await notify(profile, offer('m-1'), spec, deps);
    await notify(profile, offer('m-2'), spec, deps);

    // Assess: the second finds the day's one slot taken.
    expect(withoutCap.policy.marketingCap).toBe(1);
    expect(planned.map((job) => job.eventId)).toEqual(['m-1']);
    expect(records.map((r) => (r.kind === 'delivery' ? `${r.eventId} ${r.reason}` : r.kind))).toEqual([
      'm-2 frequency_cap',
    ]);
  });

  it('a sender cannot be wired without the suppression list', async () => {
    // Prepare: a sender's wiring, without the list.
    const wiring = {
      ledger: {} as SendDeps['ledger'],
      sender: { send: async () => 'provider-id' },
      log: { write: () => undefined },
      now: () => new Date('2026-03-03T12:00:00Z'),
      leaseMs: 60_000,
      queue: { enqueue: async () => undefined },
    };
    // @ts-expect-error the suppression list is required: a sender without it does not compile
    const withoutList: SendDeps = wiring;
    expectTypeOf<SendDeps['suppressions']>().toEqualTypeOf<SuppressionList>();

    // Act: the in-memory list the bench and tests wire, as the table keys its addresses.
    const suppressions = new MemorySuppressions();
    await suppressions.suppress('email', ' C1@Example.com ', 'complaint');

    // Assess (test/unit/send-message.test.ts proves the send path stops at a suppressed address).
    expect(withoutList.leaseMs).toBe(60_000);
    expect(await suppressions.reasonFor('email', 'c1@example.com')).toBe('complaint');
    expect(await suppressions.reasonFor('sms', 'c1@example.com')).toBeUndefined();
  });
});
