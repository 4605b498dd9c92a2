// Hysteresis of the balance alerts, through the use case (evaluateBalance) with in-memory ports: the
// alert store keeps compare-and-set semantics, the message claims one message per event, type and channel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryCaps, MemoryErasures, MemoryRejectionClaims } from '../../bench/memory-ports.ts';
import { evaluateBalance } from '../../shared/application/evaluate-balance.ts';
import type { AccountAlertStates, AlertState, BalanceAlertKind } from '../../shared/domain/balance.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import type { BalanceAlertStore } from '../../shared/ports/alerts.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';

const PROFILE: CustomerProfile = {
  customerId: 'c-1',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  contacts: { email: 'ana@example.com' },
  consents: { 'email:transactional': { granted: true, source: 'app', at: '2026-01-01T00:00:00Z' } },
  alerts: {
    lowBalance: { accountId: 'CUR-1', threshold: '100.00', currency: 'EUR' },
    creditUtilization: { percent: 80 },
  },
};

/** The port's contract, in memory: a transition applies only if the state is still the one read. */
class MemoryAlertStore implements BalanceAlertStore {
  readonly states = new Map<string, AlertState>();
  async read(_customerId: string, accountId: string) {
    const states: AccountAlertStates = {};
    for (const kind of ['low', 'overdraft', 'credit'] as const) {
      const state = this.states.get(`${kind}:${accountId}`);
      if (state) states[kind] = { ...state };
    }
    return { profile: PROFILE, states };
  }
  async transition(
    _customerId: string,
    accountId: string,
    kind: BalanceAlertKind,
    previous: AlertState | undefined,
    next: AlertState,
  ) {
    const key = `${kind}:${accountId}`;
    if (JSON.stringify(this.states.get(key)) !== JSON.stringify(previous)) return false;
    this.states.set(key, next);
    return true;
  }
}

function herald() {
  const store = new MemoryAlertStore();
  const claimed = new Set<string>();
  const queued: PlannedJob[] = [];
  const deps = {
    balanceAlerts: store,
    claims: {
      claim: async (key: { eventId: string; type: string; channel: string }) => {
        const id = `${key.eventId}#${key.type}#${key.channel}`;
        if (claimed.has(id)) return 'duplicate' as const;
        claimed.add(id);
        return 'claimed' as const;
      },
    },
    plans: { submit: async (job: PlannedJob) => void queued.push(job) },
    log: { write: () => undefined },
    deadLetters: { reject: async () => undefined },
    caps: new MemoryCaps(),
    rejections: new MemoryRejectionClaims(),
    erasures: new MemoryErasures(),
    now: () => new Date('2026-03-03T12:00:00Z'),
    policy: {
      defaultQuietHours: { start: '00:00', end: '00:00' },
      marketingCap: 2,
      transactionalDefault: 'denied' as const,
    },
  };
  return { store, queued, deps };
}

/** Balance.Changed number i (its occurredAt is i minutes after a fixed time) on account CUR-1 or CARD-1. */
const event = (i: number, cents: number, account: 'CUR-1' | 'CARD-1' = 'CUR-1') => ({
  eventId: `e-${account}-${i}`,
  occurredAt: new Date(Date.UTC(2026, 2, 3, 9, i)).toISOString(),
  customerId: 'c-1',
  accountId: account,
  balance: `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`,
  currency: 'EUR',
  ...(account === 'CARD-1' ? { creditLimit: '1000.00' } : {}),
});
type Event = ReturnType<typeof event>;
const BUS = { source: 'bank.core', 'detail-type': 'Balance.Changed', detail: {} };

async function deliver(events: Event[]) {
  const h = herald();
  for (const e of events) await evaluateBalance(BUS, e, h.deps);
  /** The events that alerted, per type, in the order they alerted. */
  const alerted = (type: string) => h.queued.filter((j) => j.type === type).map((j) => j.eventId);
  return { alerted, store: h.store };
}

/** The reference: an alert is due at the first breach and at every breach right after a non-breach. */
const crossings = (events: Event[], breached: (e: Event) => boolean) =>
  events
    .filter((e, i) => breached(e) && (i === 0 || !breached(events[i - 1] as Event)))
    .map((e) => e.eventId);

const cents = (e: Event) => Math.round(Number(e.balance) * 100); // test oracle only, on whole cents
const isLow = (e: Event) => cents(e) < 10_000;
const isOverdrawn = (e: Event) => cents(e) < 0;
const isOverCredit = (e: Event) => -cents(e) >= 80_000;

// Balances around every threshold: 100.00 (low), 0 (overdraft) and -800.00 (80 % of a 1000.00 limit),
// including each exactly.
const balance = fc.oneof(
  fc.integer({ min: -120_000, max: 20_000 }),
  fc.constantFrom(10_000, 9_999, 0, -1, -80_000, -79_999, -80_001),
);
const sequence = fc
  .array(fc.tuple(balance, balance), { minLength: 1, maxLength: 30 })
  .map((pairs) => pairs.flatMap(([current, card], i) => [event(i, current), event(i, card, 'CARD-1')]));
const onAccount = (events: Event[], account: string) => events.filter((e) => e.accountId === account);

describe('balance alert hysteresis (property)', () => {
  it('in order, each alert fires exactly at the first crossing and at every crossing after a recovery', async () => {
    await fc.assert(
      fc.asyncProperty(sequence, async (events) => {
        const { alerted } = await deliver(events);
        expect(alerted('balance.low')).toEqual(crossings(onAccount(events, 'CUR-1'), isLow));
        expect(alerted('balance.overdraft')).toEqual(crossings(onAccount(events, 'CUR-1'), isOverdrawn));
        expect(alerted('balance.credit_utilization')).toEqual(
          crossings(onAccount(events, 'CARD-1'), isOverCredit),
        );
      }),
    );
  });

  it('the same events delivered twice (redelivery, producer retry) alert exactly as once', async () => {
    await fc.assert(
      fc.asyncProperty(sequence, fc.nat(), async (events, shift) => {
        const twice = events.flatMap((e, i) => (i % 3 === shift % 3 ? [e, e] : [e]));
        const once = await deliver(events);
        const again = await deliver(twice);
        for (const type of ['balance.low', 'balance.overdraft', 'balance.credit_utilization'])
          expect(again.alerted(type)).toEqual(once.alerted(type));
      }),
    );
  });

  it('out of order: no alert from an event older than an earlier alert, none repeated without a recovery between, never more than in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        sequence.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        async ([events, shuffled]) => {
          const inOrder = await deliver(events);
          const outOfOrder = await deliver(shuffled);
          const time = new Map(events.map((e) => [e.eventId, e.occurredAt]));
          const cases = [
            ['balance.low', 'CUR-1', isLow],
            ['balance.overdraft', 'CUR-1', isOverdrawn],
            ['balance.credit_utilization', 'CARD-1', isOverCredit],
          ] as const;
          for (const [type, account, breached] of cases) {
            const fired = outOfOrder.alerted(type).map((id) => time.get(id) ?? '');
            // Each alert is newer than every alert before it.
            expect([...fired].sort()).toEqual(fired);
            // Between two alerts, a recovery (an event not breaching) occurred.
            for (let i = 1; i < fired.length; i++) {
              const between = onAccount(events, account).filter(
                (e) => e.occurredAt > (fired[i - 1] ?? '') && e.occurredAt < (fired[i] ?? ''),
              );
              expect(between.some((e) => !breached(e))).toBe(true);
            }
            expect(fired.length).toBeLessThanOrEqual(inOrder.alerted(type).length);
          }
        },
      ),
    );
  });
});

describe('stale events (table)', () => {
  const low = (i: number) => event(i, 5_000);
  const fine = (i: number) => event(i, 15_000);

  it.each([
    ['a late drop after the alert', [low(2), low(1)], [low(2)], 2],
    ['a late recovery after the alert does not re-arm it', [low(2), fine(1), low(3)], [low(2)], 2],
    ['a late drop after a recovery', [low(1), fine(3), low(2)], [low(1)], 3],
    [
      'the first drop again after drop, recovery, drop',
      [low(1), fine(2), low(3), low(1)],
      [low(1), low(3)],
      3,
    ],
    // A recovery that changed nothing is not written (the write-free common case), so it is not known later.
    ['a late drop before a recovery that changed nothing', [fine(2), low(1), low(3)], [low(1)], 1],
  ])('%s', async (_, delivered, expected, stateMinute) => {
    const { alerted, store } = await deliver(delivered);
    expect(alerted('balance.low')).toEqual(expected.map((e) => e.eventId));
    // Stale events changed nothing: the state is the one the newest state-changing event left.
    expect(store.states.get('low:CUR-1')?.atMs).toBe(Date.parse(event(stateMinute, 0).occurredAt));
  });
});
