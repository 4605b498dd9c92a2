// The notification pipeline's decisions, with in-memory ports: channels, consent, quiet hours, the
// marketing cap, exactly once.
import { describe, expect, it } from 'vitest';
import { parsePushAddress } from '../../shared/adapters/pinpoint/push-sender.ts';
import { type NotifyDeps, notify } from '../../shared/application/notify.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import type { NotificationDefinition } from '../../shared/notifications/definition.ts';

type Spec = Omit<NotificationDefinition, 'type' | 'render'>;

import type { Intent } from '../../shared/domain/notification.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import type { ClaimKey, MessageClaims } from '../../shared/ports/message-ledger.ts';
import type { CapCounter } from '../../shared/ports/policy.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';

const granted = (eventId: string) => ({ granted: true, source: 'app', at: '2026-01-01T00:00:00Z', eventId });

const profile = (overrides: Partial<CustomerProfile> = {}): CustomerProfile => ({
  customerId: 'c-1',
  locale: 'id-ID',
  timeZone: 'Asia/Jakarta', // UTC+7, no DST
  contacts: { email: 'budi@example.com', phone: '+628120000001' },
  consents: { 'email:transactional': granted('c1'), 'sms:transactional': granted('c2') },
  alerts: {},
  ...overrides,
});

const intent = (overrides: Partial<Intent> = {}): Intent => ({
  type: 'balance.low',
  category: 'transactional',
  customerId: 'c-1',
  eventId: 'e-1',
  occurredAt: '2026-03-03T03:00:00Z',
  data: { accountId: 'A-1', balance: '10.00', threshold: '50.00', currency: 'IDR' },
  ...overrides,
});

const alert: Spec = {
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'sms'],
  delivery: 'every',
};
const offer: Spec = {
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'sms'],
  delivery: 'first',
};
const security: Spec = {
  category: 'security',
  urgency: 'immediate',
  channels: ['sms', 'email'],
  delivery: 'every',
};

class MemoryClaims implements MessageClaims {
  readonly items = new Map<string, string>();
  async claim(key: ClaimKey, decision: { status: 'queued' | 'suppressed' }) {
    const id = `${key.eventId}/${key.type}/${key.channel}`;
    const existing = this.items.get(id);
    if (existing) return existing === 'queued' ? 'pending' : 'duplicate';
    this.items.set(id, decision.status);
    return 'claimed' as const;
  }
}

class MemoryCaps implements CapCounter {
  readonly days = new Map<string, Set<string>>();
  async consume(customerId: string, day: string, cap: number, eventId: string) {
    const events = this.days.get(`${customerId}/${day}`) ?? new Set<string>();
    this.days.set(`${customerId}/${day}`, events);
    if (events.has(eventId)) return true;
    if (events.size >= cap) return false;
    events.add(eventId);
    return true;
  }
}

function harness(nowIso: string) {
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  const planned: PlannedJob[] = [];
  const deps: NotifyDeps = {
    claims: new MemoryClaims(),
    plans: { submit: async (job) => void planned.push(job) },
    log: { write: (r) => records.push(r) },
    now: () => new Date(nowIso),
    policy: {
      defaultQuietHours: { start: '22:00', end: '07:00' },
      marketingCap: 2,
      transactionalDefault: 'denied',
    },
    caps: new MemoryCaps(),
  };
  const outcomes = () =>
    records.map((r) =>
      r.kind === 'delivery' ? `${r.channel} ${r.status} ${r.reason ?? ''}`.trim() : r.kind,
    );
  return { deps, records, planned, outcomes };
}

describe('notify', () => {
  it('plans one message per consented channel, in the customer’s language', async () => {
    const { deps, planned, records } = harness('2026-03-03T03:00:00Z'); // 10:00 in Jakarta
    await notify(profile(), intent(), alert, deps);
    expect(planned.map((j) => [j.channel, j.to, j.locale, j.notBefore])).toEqual([
      ['email', 'budi@example.com', 'id-ID', undefined],
      ['sms', '+628120000001', 'id-ID', undefined],
    ]);
    expect(records).toEqual([]);
  });

  it('suppresses a channel without consent and one without a contact, naming the template it would use', async () => {
    const { deps, planned, records, outcomes } = harness('2026-03-03T03:00:00Z');
    await notify(
      profile({ consents: { 'email:transactional': granted('c1') }, contacts: { email: 'b@example.com' } }),
      intent(),
      alert,
      deps,
    );
    expect(planned.map((j) => j.channel)).toEqual(['email']);
    expect(outcomes()).toEqual(['sms suppressed no_contact']);
    expect(records[0]).toMatchObject({ template: 'balance.low/sms/id', locale: 'id' });

    const other = harness('2026-03-03T03:00:00Z');
    await notify(
      profile({ consents: { 'email:transactional': granted('c1') } }),
      intent(),
      alert,
      other.deps,
    );
    expect(other.outcomes()).toEqual(['sms suppressed consent']);
  });

  it('defers a transactional message at 02:00 local until 07:00 local, and logs it deferred', async () => {
    const { deps, planned, outcomes, records } = harness('2026-03-02T19:00:00Z'); // 02:00 in Jakarta
    await notify(profile(), intent(), alert, deps);
    expect(outcomes()).toEqual(['email deferred quiet_hours', 'sms deferred quiet_hours']);
    expect(records[0]?.time).toBe('2026-03-02T19:00:00.000Z');
    expect(planned.map((j) => j.notBefore)).toEqual(['2026-03-03T00:00:00.000Z', '2026-03-03T00:00:00.000Z']); // 07:00 WIB
  });

  it('sends a security alert at 02:00 local at once, and even without any consent', async () => {
    const { deps, planned, outcomes } = harness('2026-03-02T19:00:00Z');
    await notify(
      profile({ consents: {} }),
      intent({ type: 'fraud.alert', category: 'security' }),
      security,
      deps,
    );
    // No channel has consent: the alert goes on the first reachable one; the other is logged as left out.
    expect(outcomes()).toEqual(['email suppressed consent']);
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ channel: 'sms' });
    expect(planned[0]?.notBefore).toBeUndefined();
  });

  it('never sends marketing without an explicit opt-in', async () => {
    const { deps, planned, outcomes } = harness('2026-03-03T03:00:00Z');
    await notify(profile(), intent({ type: 'loan.preapproved', category: 'marketing' }), offer, deps);
    expect(planned).toEqual([]);
    expect(outcomes()).toEqual(['email suppressed consent', 'sms suppressed consent']);
  });

  it('caps marketing at two a local day: the third is suppressed with frequency_cap, a redelivery counts once', async () => {
    const { deps, planned, outcomes } = harness('2026-03-03T03:00:00Z');
    const opted = profile({
      consents: { 'email:marketing': granted('m1') },
      contacts: { email: 'b@example.com' },
    });
    for (const eventId of ['m-1', 'm-1', 'm-2', 'm-3']) {
      await notify(
        opted,
        intent({ eventId, type: 'loan.preapproved', category: 'marketing' }),
        { ...offer, channels: ['email'] },
        deps,
      );
    }
    // m-1 arrives twice: still unsent, it is planned again (the sender's lease sends it once) and takes one
    // slot; m-2 takes the second; m-3 finds the day's slots used.
    expect(planned.map((j) => j.eventId)).toEqual(['m-1', 'm-1', 'm-2']);
    expect(outcomes()).toEqual(['email suppressed frequency_cap']);
  });

  it('follows the customer’s channel order, and for a "first" type uses only the first reachable channel', async () => {
    const { deps, planned } = harness('2026-03-03T03:00:00Z');
    const spec: Spec = { ...alert, delivery: 'first' };
    await notify(profile({ channelOrder: ['sms', 'email'] }), intent(), spec, deps);
    expect(planned.map((j) => j.channel)).toEqual(['sms']);
  });

  it.each([
    // [customer's channel order, contacts, consents granted, planned channel, its fallbacks]
    ['type order', undefined, ['email', 'sms', 'push'], 'email', ['push', 'sms']],
    ['customer order', ['sms', 'push', 'email'], ['email', 'sms', 'push'], 'sms', ['push', 'email']],
    ['no consent for push', undefined, ['email', 'sms'], 'email', ['sms']],
    ['only one channel', undefined, ['sms'], 'sms', []],
  ] as const)(
    '"first" type, %s: plans the first channel with the others as fallbacks, in order',
    async (_label, order, consented, first, fallbacks) => {
      const { deps, planned } = harness('2026-03-03T03:00:00Z');
      const spec: Spec = { ...alert, channels: ['email', 'push', 'sms'], delivery: 'first' };
      const customer = profile({
        ...(order ? { channelOrder: [...order] } : {}),
        contacts: {
          email: 'budi@example.com',
          phone: '+628120000001',
          pushTokens: [{ platform: 'fcm', token: 'tok' }],
        },
        consents: Object.fromEntries(consented.map((c) => [`${c}:transactional`, granted(c)])),
      });
      await notify(customer, intent(), spec, deps);
      expect(planned.map((j) => j.channel)).toEqual([first]);
      expect((planned[0]?.fallbacks ?? []).map((f) => f.channel)).toEqual(fallbacks);
    },
  );

  it('gives a type sent on every channel no fallbacks', async () => {
    const { deps, planned } = harness('2026-03-03T03:00:00Z');
    await notify(profile(), intent(), alert, deps);
    expect(planned.map((j) => j.fallbacks)).toEqual([undefined, undefined]);
  });

  it('plans nothing new when the same bank event arrives again', async () => {
    const { deps, planned, records } = harness('2026-03-02T19:00:00Z');
    const p = profile({ consents: { 'email:transactional': granted('c1') } });
    await notify(p, intent(), alert, deps);
    const first = [planned.length, records.length];
    await notify(p, intent(), alert, deps);
    // The deferred e-mail is still pending, so it is planned again (the sender's lease keeps it single);
    // the suppressed SMS is settled and logged once.
    expect(first).toEqual([1, 2]);
    expect(records).toHaveLength(2);
  });

  it('records the customer’s A/B variant on every message of a type that runs an experiment', async () => {
    const { deps, planned, records } = harness('2026-03-03T03:00:00Z');
    const experiment = { id: 'balance-low-subject', variants: ['a', 'b'] as const };
    await notify(
      profile({ consents: { 'email:transactional': granted('c1') } }),
      intent(),
      { ...alert, experiment: { id: experiment.id, variants: ['a', 'b'] } },
      deps,
    );
    const variant = planned[0]?.variant;
    expect(['a', 'b']).toContain(variant);
    expect(records).toEqual([expect.objectContaining({ channel: 'sms', status: 'suppressed', variant })]);
  });

  it('addresses push to the platform and token of the customer’s device, as the push sender reads it', async () => {
    const { deps, planned } = harness('2026-03-03T03:00:00Z');
    const withApp = profile({
      contacts: { pushTokens: [{ platform: 'fcm', token: 'fcm:token:with:colons' }] },
      consents: { 'push:transactional': granted('p1') },
    });
    await notify(withApp, intent(), { ...alert, channels: ['push'] }, deps);
    expect(planned[0]?.to).toBe('fcm:fcm:token:with:colons');
    expect(parsePushAddress(planned[0]?.to ?? '')).toEqual({
      platform: 'fcm',
      token: 'fcm:token:with:colons',
    });
  });
});
