import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyConsent,
  type ConsentCategory,
  type ConsentLedgerEntry,
  currentConsent,
  decideConsent,
} from '../../shared/domain/policy/consent-ledger.ts';
import { type Channel, channels } from '../../shared/domain/profile.ts';

const categories: readonly ConsentCategory[] = ['transactional', 'marketing'];
const pairs = channels.flatMap((channel) => categories.map((category) => ({ channel, category })));

/** `instant` written with a given offset: the same instant reads differently, so string order is not time order. */
const withOffset = (instant: number, offsetMinutes: number): string => {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
};

const entryArb: fc.Arbitrary<ConsentLedgerEntry> = fc.record({
  customerId: fc.constant('c-1'),
  channel: fc.constantFrom(...channels),
  category: fc.constantFrom(...categories),
  granted: fc.boolean(),
  source: fc.constantFrom('app', 'web', 'branch', 'call-centre'),
  // Few distinct instants, so that ties (broken by eventId) are common.
  occurredAt: fc
    .tuple(
      fc.integer({ min: 0, max: 5 }).map((i) => Date.UTC(2026, 0, 1) + i * 3_600_000),
      fc.constantFrom(0, 120, 180, -300, 345, 330, -210),
    )
    .map(([instant, offset]) => withOffset(instant, offset)),
  eventId: fc.string({ minLength: 1, maxLength: 6 }),
});
const ledgerArb = fc.uniqueArray(entryArb, { selector: (entry) => entry.eventId, maxLength: 25 });
/** A ledger and the same entries in another order. */
const reorderedArb = ledgerArb.chain((entries) =>
  fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length })),
);
const optionsArb = fc.constantFrom(
  {},
  { transactionalDefault: 'granted' as const },
  { transactionalDefault: 'denied' as const },
);

/** Oracle: the latest entry by instant, then by eventId. */
const latest = (entries: readonly ConsentLedgerEntry[], channel: Channel, category: ConsentCategory) =>
  entries
    .filter((entry) => entry.channel === channel && entry.category === category)
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.eventId < b.eventId ? -1 : 1))
    .at(-1);

const basisOf = ({ eventId, occurredAt, source }: ConsentLedgerEntry) => ({ eventId, occurredAt, source });

const entry = (overrides: Partial<ConsentLedgerEntry>): ConsentLedgerEntry => ({
  customerId: 'c-1',
  channel: 'email',
  category: 'marketing',
  granted: true,
  source: 'app',
  occurredAt: '2026-01-01T10:00:00Z',
  eventId: 'e-1',
  ...overrides,
});

describe('decideConsent: properties', () => {
  it('does not depend on the order the entries arrive in', () => {
    fc.assert(
      fc.property(reorderedArb, optionsArb, ([entries, reordered], options) => {
        for (const { channel, category } of pairs) {
          // Act
          const decision = decideConsent(entries, channel, category, options);
          const again = decideConsent(reordered, channel, category, options);
          // Assess
          expect(again).toEqual(decision);
        }
        expect(currentConsent(reordered)).toEqual(currentConsent(entries));
      }),
    );
  });

  it('follows only the latest entry, and names it', () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        for (const { channel, category } of pairs) {
          // Prepare
          const last = latest(entries, channel, category);
          // Act
          const decision = decideConsent(entries, channel, category);
          const fromLastOnly = decideConsent(last ? [last] : [], channel, category);
          // Assess
          expect(decision).toEqual(fromLastOnly);
          expect(decision).toEqual(
            last?.granted
              ? { allowed: true, basis: basisOf(last) }
              : { allowed: false, reason: 'consent', basis: last ? basisOf(last) : null },
          );
        }
      }),
    );
  });

  it('decides the same from the folded state as from the entries', () => {
    fc.assert(
      fc.property(ledgerArb, optionsArb, (entries, options) => {
        // Prepare
        const state = currentConsent(entries);
        for (const { channel, category } of pairs) {
          // Act
          const fromState = decideConsent(state, channel, category, options);
          // Assess
          expect(fromState).toEqual(decideConsent(entries, channel, category, options));
        }
      }),
    );
  });

  it('never allows marketing without an explicit grant', () => {
    fc.assert(
      fc.property(ledgerArb, optionsArb, fc.constantFrom(...channels), (entries, options, channel) => {
        // Prepare: drop every marketing grant
        const withoutGrants = entries.filter((e) => e.category !== 'marketing' || !e.granted);
        // Act
        const decision = decideConsent(withoutGrants, channel, 'marketing', options);
        // Assess
        expect(decision.allowed).toBe(false);
      }),
    );
  });

  it('always allows security, on the basis of security', () => {
    fc.assert(
      fc.property(ledgerArb, optionsArb, fc.constantFrom(...channels), (entries, options, channel) => {
        expect(decideConsent(entries, channel, 'security', options)).toEqual({
          allowed: true,
          basis: 'security',
        });
      }),
    );
  });
});

describe('decideConsent: cases', () => {
  const grant = entry({ eventId: 'e-grant', granted: true, occurredAt: '2026-01-01T10:00:00+02:00' });
  const withdrawal = entry({ eventId: 'e-withdraw', granted: false, occurredAt: '2026-01-01T09:00:00Z' });

  it.each([
    // 09:00Z is after 10:00+02:00 (08:00Z), though it sorts before it as a string
    ['compares occurredAt as instants', [grant, withdrawal], false, 'e-withdraw'],
    [
      'breaks a tie on the same instant by the greater eventId',
      [
        entry({ eventId: 'e-2', granted: true }),
        entry({ eventId: 'e-1', granted: false, occurredAt: '2026-01-01T12:00:00+02:00' }),
      ],
      true,
      'e-2',
    ],
    ['ignores other channels', [entry({ channel: 'sms', eventId: 'e-sms' })], false, null],
    ['ignores the other category', [entry({ category: 'transactional', eventId: 'e-tx' })], false, null],
  ])('%s', (_label, entries, allowed, eventId) => {
    // Act
    const decision = decideConsent(entries, 'email', 'marketing');
    // Assess
    expect(decision.allowed).toBe(allowed);
    const basis = decision.basis;
    expect(typeof basis === 'object' && basis !== null ? basis.eventId : basis).toBe(eventId);
  });

  it.each([
    ['no entry, default denied', [], {}, { allowed: false, reason: 'consent', basis: null }],
    [
      'no entry, default granted',
      [],
      { transactionalDefault: 'granted' },
      { allowed: true, basis: 'transactional_default' },
    ],
    [
      'a withdrawal beats the default',
      [entry({ category: 'transactional', granted: false, eventId: 'e-w' })],
      { transactionalDefault: 'granted' },
      {
        allowed: false,
        reason: 'consent',
        basis: { eventId: 'e-w', occurredAt: '2026-01-01T10:00:00Z', source: 'app' },
      },
    ],
    [
      'a grant is named even with the default',
      [entry({ category: 'transactional', eventId: 'e-g', source: 'branch' })],
      { transactionalDefault: 'granted' },
      { allowed: true, basis: { eventId: 'e-g', occurredAt: '2026-01-01T10:00:00Z', source: 'branch' } },
    ],
  ] as const)('transactional: %s', (_label, entries, options, expected) => {
    // Act
    const decision = decideConsent(entries, 'email', 'transactional', options);
    // Assess
    expect(decision).toEqual(expected);
  });

  it('does not give marketing the transactional default', () => {
    expect(decideConsent([], 'email', 'marketing', { transactionalDefault: 'granted' })).toEqual({
      allowed: false,
      reason: 'consent',
      basis: null,
    });
  });

  it('keeps the state when an older entry arrives late, and leaves the old state untouched', () => {
    // Prepare
    const newer = entry({ eventId: 'e-new', occurredAt: '2026-02-01T00:00:00Z', granted: false });
    const older = entry({ eventId: 'e-old', occurredAt: '2026-01-01T00:00:00Z', granted: true });
    const state = applyConsent({}, newer);
    // Act
    const afterLate = applyConsent(state, older);
    const reversed = applyConsent(applyConsent({}, older), newer);
    // Assess
    expect(afterLate).toBe(state);
    expect(reversed).toEqual(state);
    expect(decideConsent(afterLate, 'email', 'marketing')).toMatchObject({
      allowed: false,
      basis: { eventId: 'e-new' },
    });
  });
});
