import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChannelPlanInput, nextChannel, planChannels } from '../../shared/domain/policy/channel-plan.ts';
import type { ConsentCategory, ConsentLedgerEntry } from '../../shared/domain/policy/consent-ledger.ts';
import type { Category, Channel, CustomerProfile } from '../../shared/domain/profile.ts';

const allContacts: CustomerProfile['contacts'] = {
  email: 'ana@example.com',
  phone: '+40700000001',
  whatsapp: '+40700000002',
  pushTokens: [{ platform: 'fcm', token: 'tok-1' }],
};

const grant = (channel: Channel, category: ConsentCategory, granted = true): ConsentLedgerEntry => ({
  customerId: 'c-1',
  channel,
  category,
  granted,
  source: 'app',
  occurredAt: '2026-01-01T10:00:00Z',
  eventId: `e-${channel}-${category}-${granted}`,
});
const grantAll = (category: ConsentCategory) =>
  (['email', 'sms', 'push', 'whatsapp'] as const).map((channel) => grant(channel, category));

const plan = (overrides: Partial<ChannelPlanInput> & { category: Category }) =>
  planChannels({
    contacts: allContacts,
    defaultOrder: ['email', 'sms'],
    consent: [...grantAll('transactional'), ...grantAll('marketing')],
    ...overrides,
  });

describe('planChannels: order and filters', () => {
  it.each<[string, Partial<ChannelPlanInput>, Channel[]]>([
    ['the message type default without a customer order', {}, ['email', 'sms']],
    ["the customer's order when set", { channelOrder: ['push', 'sms', 'email'] }, ['push', 'sms', 'email']],
    ['the default when the customer order is empty', { channelOrder: [] }, ['email', 'sms']],
    [
      "the customer's order first, then the type's other channels",
      { channelOrder: ['sms'] },
      ['sms', 'email'],
    ],
    [
      "the type's channels when every ordered channel is unreachable",
      { channelOrder: ['push', 'whatsapp'], contacts: { email: 'a@example.com' } },
      ['email'],
    ],
    ['each channel once', { defaultOrder: ['sms', 'email', 'sms'] }, ['sms', 'email']],
    [
      'only reachable channels',
      {
        channelOrder: ['push', 'whatsapp', 'sms', 'email'],
        contacts: { email: 'a@example.com', pushTokens: [] },
      },
      ['email'],
    ],
    [
      'a push token only when the first one is usable',
      {
        channelOrder: ['push', 'email'],
        contacts: { email: 'a@example.com', pushTokens: [{ platform: 'apns', token: '' }] },
      },
      ['email'],
    ],
    [
      'only consented channels',
      {
        channelOrder: ['push', 'sms', 'email'],
        consent: [grant('push', 'transactional'), grant('email', 'transactional')],
      },
      ['push', 'email'],
    ],
    [
      'consent per category',
      {
        channelOrder: ['sms', 'email'],
        consent: [grant('sms', 'marketing'), grant('email', 'transactional')],
      },
      ['email'],
    ],
    [
      'unlisted channels on the transactional default, not withdrawn ones',
      {
        channelOrder: ['sms', 'email'],
        consent: [grant('sms', 'transactional', false)],
        transactionalDefault: 'granted',
      },
      ['email'],
    ],
  ])('transactional: %s', (_label, overrides, channels) => {
    // Act
    const result = plan({ category: 'transactional', ...overrides });
    // Assess
    expect(result.channels).toEqual(channels);
    expect(result.reason).toBeUndefined();
  });

  it('records the basis of each planned channel and why each other one was skipped', () => {
    // Prepare
    const input = {
      category: 'marketing' as const,
      channelOrder: ['whatsapp', 'sms', 'push', 'email'] as Channel[],
      contacts: {
        email: 'a@example.com',
        phone: '+40700000001',
        pushTokens: [{ platform: 'fcm' as const, token: 't' }],
      },
      consent: [grant('push', 'marketing'), grant('sms', 'marketing', false)],
    };
    // Act
    const result = plan(input);
    // Assess
    expect(result).toEqual({
      channels: ['push'],
      basis: {
        push: { eventId: 'e-push-marketing-true', occurredAt: '2026-01-01T10:00:00Z', source: 'app' },
      },
      skipped: [
        { channel: 'whatsapp', reason: 'no_contact' },
        { channel: 'sms', reason: 'consent' },
        { channel: 'email', reason: 'consent' },
      ],
    });
  });

  it.each<[string, Category, Partial<ChannelPlanInput>, Channel[], string | undefined]>([
    ['marketing without any grant', 'marketing', { consent: grantAll('transactional') }, [], 'consent'],
    ['transactional without contacts', 'transactional', { contacts: {} }, [], 'no_contact'],
    ['marketing without contacts or grants', 'marketing', { contacts: {}, consent: [] }, [], 'no_contact'],
    [
      'security on consented channels',
      'security',
      { channelOrder: ['sms', 'email'], consent: [grant('email', 'transactional')] },
      ['email'],
      undefined,
    ],
    [
      'security without any consent: the first reachable channel',
      'security',
      {
        channelOrder: ['whatsapp', 'sms', 'email'],
        contacts: { phone: '+40700000001', email: 'a@example.com' },
        consent: [],
      },
      ['sms'],
      undefined,
    ],
    [
      'security after withdrawals: still the first reachable channel',
      'security',
      { consent: [grant('email', 'transactional', false), grant('sms', 'transactional', false)] },
      ['email'],
      undefined,
    ],
    ['security without contacts', 'security', { contacts: {}, consent: [] }, [], 'no_contact'],
    [
      'security ordered on an unreachable channel: a reachable consented one',
      'security',
      {
        channelOrder: ['push'],
        contacts: { phone: '+40700000001', pushTokens: [] },
        consent: [grant('sms', 'transactional')],
      },
      ['sms'],
      undefined,
    ],
    [
      'security ordered on an unreachable channel, no consent: the first reachable channel',
      'security',
      { channelOrder: ['push'], contacts: { phone: '+40700000001' }, consent: [] },
      ['sms'],
      undefined,
    ],
  ])('%s', (_label, category, overrides, channels, reason) => {
    // Act
    const result = plan({ category, ...overrides });
    // Assess
    expect(result.channels).toEqual(channels);
    expect(result.reason).toBe(reason);
  });

  it('names security as the basis when it overrides consent, and does not list that channel as skipped', () => {
    // Act
    const result = plan({ category: 'security', consent: [grant('email', 'transactional', false)] });
    // Assess
    expect(result.basis).toEqual({ email: 'security' });
    expect(result.skipped).toEqual([{ channel: 'sms', reason: 'consent' }]);
  });
});

describe('planChannels: the customer order is a preference, not a filter (property)', () => {
  const CHANNELS: Channel[] = ['email', 'sms', 'push', 'whatsapp'];
  const contactsOf = (reachable: Channel[]): CustomerProfile['contacts'] => ({
    ...(reachable.includes('email') ? { email: 'a@example.com' } : {}),
    ...(reachable.includes('sms') ? { phone: '+40700000001' } : {}),
    ...(reachable.includes('whatsapp') ? { whatsapp: '+40700000002' } : {}),
    ...(reachable.includes('push') ? { pushTokens: [{ platform: 'fcm' as const, token: 't' }] } : {}),
  });
  const channelSet = fc.subarray(CHANNELS);
  const ordered = fc.shuffledSubarray(CHANNELS);

  it('plans the same channels whatever the order; only their order follows it', () => {
    fc.assert(
      fc.property(
        ordered,
        fc.shuffledSubarray(CHANNELS, { minLength: 1 }),
        channelSet,
        channelSet,
        fc.constantFrom<ConsentCategory>('transactional', 'marketing'),
        (anyOrder, defaultOrder, reachable, consented, category) => {
          // Prepare: as notify passes it, the customer's order among the type's channels
          const channelOrder = anyOrder.filter((c) => defaultOrder.includes(c));
          const input = {
            category,
            contacts: contactsOf(reachable),
            defaultOrder,
            consent: consented.map((channel) => grant(channel, category)),
          };
          // Act
          const withOrder = planChannels({ ...input, channelOrder });
          const withoutOrder = planChannels(input);
          // Assess: the same set, expected independently; the customer's ordered ones first, in order
          const expected = new Set(
            [...channelOrder, ...defaultOrder].filter((c) => reachable.includes(c) && consented.includes(c)),
          );
          expect(new Set(withOrder.channels)).toEqual(expected);
          expect(new Set(withoutOrder.channels)).toEqual(expected);
          const orderedFirst = channelOrder.filter((c) => expected.has(c));
          expect(withOrder.channels.slice(0, orderedFirst.length)).toEqual(orderedFirst);
        },
      ),
    );
  });

  it('plans a security alert on at least one channel whenever the customer is reachable at all', () => {
    fc.assert(
      fc.property(ordered, channelSet, channelSet, (channelOrder, reachable, consented) => {
        // Act
        const result = planChannels({
          category: 'security',
          channelOrder,
          defaultOrder: CHANNELS,
          contacts: contactsOf(reachable),
          consent: consented.map((channel) => grant(channel, 'transactional')),
        });
        // Assess
        expect(result.channels.length > 0).toBe(reachable.length > 0);
        for (const channel of result.channels) expect(reachable).toContain(channel);
      }),
    );
  });
});

describe('nextChannel', () => {
  const fallback = { channels: ['push', 'sms', 'email'] as Channel[] };

  it.each<[Channel, Channel | undefined]>([
    ['push', 'sms'],
    ['sms', 'email'],
    ['email', undefined],
    ['whatsapp', undefined],
  ])('after %s fails → %s', (failed, next) => {
    // Act
    const result = nextChannel(fallback, failed);
    // Assess
    expect(result).toBe(next);
  });

  it('walks a plan to its end', () => {
    // Prepare
    const result = plan({ category: 'transactional', channelOrder: ['whatsapp', 'push', 'email'] });
    const tried: Channel[] = [];
    // Act
    for (let channel = result.channels[0]; channel; channel = nextChannel(result, channel))
      tried.push(channel);
    // Assess
    expect(tried).toEqual(['whatsapp', 'push', 'email', 'sms']);
  });
});
