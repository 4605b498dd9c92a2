// One-click unsubscribe (RFC 8058) through the local stack, as `herald replay` plays it: each marketing
// e-mail's List-Unsubscribe link is its recipient's own; the click lines of the file post it as a mail
// client does; the consent-link function behind the template's function URL withdraws e-mail marketing
// consent through the use case of consent changes on the customer's word, which tells the bank. Forged,
// expired and replayed links change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmittedRecord } from '../../local/records.ts';
import type { LocalHerald } from '../../local/runtime.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const BASE = 'https://bank.example/consent';
const customer = (id: string) => [
  entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
    eventId: `${id}-u`,
    customerId: id,
    name: { given: 'Ioana' },
    locale: 'ro-RO',
    timeZone: 'Europe/Bucharest',
    contacts: { email: `${id}@example.com` },
  }),
  entry('2026-03-02T00:00:01Z', 'Consent.Changed', {
    eventId: `${id}-m`,
    customerId: id,
    channel: 'email',
    category: 'marketing',
    granted: true,
    source: 'web',
  }),
];
const offer = (id: string, offerId: string, time: string) =>
  entry(time, 'Loan.PreApproved', {
    eventId: `${id}-${offerId}`,
    customerId: id,
    offerId,
    amount: '15000.00',
    currency: 'RON',
    expiresAt: '2026-09-01T00:00:00Z',
  });
const click = (time: string, line: Record<string, unknown>) => JSON.stringify({ Time: time, ...line });

/** A token that looks like Herald's for `stay`, signed by nobody: the MAC is 32 zero bytes. */
const forged = `${BASE}?t=${Buffer.from(
  JSON.stringify({ v: 1, k: 'u', u: 'stay', c: 'email', g: 'marketing', x: 1_900_000_000, n: 'forged-1' }),
).toString('base64url')}.${Buffer.alloc(32).toString('base64url')}`;

let herald: LocalHerald;
let deliveries: DeliveryRecord[];
let emitted: EmittedRecord[];
const log: string[] = [];

beforeAll(async () => {
  const lines = [
    ...customer('leave'),
    ...customer('stay'),
    offer('leave', 'o1', '2026-03-03T08:00:00Z'),
    offer('stay', 'o1', '2026-03-03T08:00:00Z'),
    // The mail client's one-click POST, then the same link again (replayed).
    click('2026-03-03T09:00:00Z', { click: 'unsubscribe', customerId: 'leave', method: 'POST' }),
    click('2026-03-03T09:05:00Z', { click: 'unsubscribe', customerId: 'leave', method: 'POST' }),
    // A forged link naming `stay`, and `stay`'s own link posted after it expired (60 days).
    click('2026-03-03T09:10:00Z', { click: forged, method: 'POST' }),
    offer('leave', 'o2', '2026-03-04T08:00:00Z'),
    offer('stay', 'o2', '2026-03-04T08:00:00Z'),
    click('2026-05-03T09:00:00Z', { click: 'unsubscribe', customerId: 'stay', method: 'POST' }),
    offer('stay', 'o3', '2026-05-04T08:00:00Z'),
  ];
  ({ herald, deliveries, emitted } = await runReplay(lines, { operationalLog: (line) => log.push(line) }));
}, 180_000);

const emailOutcomes = (id: string) =>
  deliveries
    .filter((r) => r.customerId === id && r.channel === 'email')
    .map((r) => `${r.eventId} ${r.status}${r.reason ? ` ${r.reason}` : ''}`);
const unsubscribeUrl = (id: string) => {
  const ids = new Set(deliveries.filter((r) => r.customerId === id).map((r) => r.providerMessageId));
  const email = herald.outbox.find((m) => m.channel === 'email' && ids.has(m.providerMessageId));
  return email?.channel === 'email'
    ? (/^<(.+)>$/.exec(email.headers['List-Unsubscribe'] ?? '')?.[1] ?? '')
    : '';
};
const answers = () =>
  log.filter((l) => l.startsWith('click ')).map((l) => l.replace(/^click (\w+) \S+ /, '$1 '));

describe('one-click unsubscribe through the local stack (herald replay click lines)', () => {
  it("gives each recipient's marketing e-mail its own one-click unsubscribe link", () => {
    // Assess
    const [leave, stay] = [unsubscribeUrl('leave'), unsubscribeUrl('stay')];
    expect(leave.startsWith(`${BASE}?t=`)).toBe(true);
    expect(stay.startsWith(`${BASE}?t=`)).toBe(true);
    expect(leave).not.toBe(stay);
    const claims = (url: string) =>
      JSON.parse(
        Buffer.from((new URL(url).searchParams.get('t') ?? '').split('.')[0] ?? '', 'base64url').toString(),
      );
    expect(claims(leave)).toMatchObject({ k: 'u', u: 'leave', c: 'email', g: 'marketing' });
    expect(claims(stay)).toMatchObject({ k: 'u', u: 'stay', c: 'email', g: 'marketing' });
    const email = herald.outbox.find((m) => m.channel === 'email');
    expect(email?.channel === 'email' && email.headers['List-Unsubscribe-Post']).toBe(
      'List-Unsubscribe=One-Click',
    );
  });

  it('withdraws e-mail marketing consent on the POST: the next marketing e-mail is suppressed (consent)', () => {
    expect(emailOutcomes('leave')).toEqual(['leave-o1 sent', 'leave-o2 suppressed consent']);
  });

  it('tells the bank once: Consent.ChangedByCustomer, source one_click_unsubscribe, emitted', () => {
    const consent = emitted.filter((e) => e.detailType === 'Consent.ChangedByCustomer');
    expect(consent).toHaveLength(1);
    expect(consent[0]?.detail).toMatchObject({
      customerId: 'leave',
      channel: 'email',
      category: 'marketing',
      granted: false,
      source: 'one_click_unsubscribe',
    });
  });

  it('answers the one-click POST 200 with no body, and a replayed, forged or expired link 410/400/410', () => {
    expect(answers()).toEqual([
      'POST answered 200',
      'POST answered 410',
      'POST answered 400',
      'POST answered 410',
    ]);
  });

  it('changes nothing on a forged or expired link: the other customer keeps getting offers', () => {
    expect(emailOutcomes('stay')).toEqual(['stay-o1 sent', 'stay-o2 sent', 'stay-o3 sent']);
  });

  it('logs each refusal with its reason, never the token', () => {
    const refusals = log.filter((l) => l.includes('consent link refused'));
    expect(refusals.map((l) => JSON.parse(l).reason)).toEqual([
      'token: this unsubscribe link was used before',
      'token: the signature does not match (forged or altered)',
      expect.stringMatching(/^token: expired at 2026-05-03T08:00/),
    ]);
    const tokens = [unsubscribeUrl('leave'), unsubscribeUrl('stay'), forged].map(
      (u) => new URL(u).searchParams.get('t') ?? '',
    );
    for (const token of tokens) {
      const [payload, mac] = token.split('.');
      for (const line of log) {
        expect(line).not.toContain(payload);
        expect(line).not.toContain(mac);
      }
    }
  });
});
