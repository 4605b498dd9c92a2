import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeReplyPayload,
  fraudReplyLinks,
  parseReplyToken,
  type ReplyClaims,
  replyClaims,
  signReplyToken,
  verifyReplyToken,
} from '../../shared/domain/reply-link.ts';
import type { LinkSigner, MacVerifier } from '../../shared/ports/links.ts';

/** An HMAC key held in memory, standing in for the KMS key behind the two ports; counts the checks. */
function memoryKey(secret = randomBytes(32)) {
  const hmac = (message: Uint8Array) => createHmac('sha256', secret).update(message).digest();
  const key = {
    checks: 0,
    mac: async (message: Uint8Array) => new Uint8Array(hmac(message)),
    verifyMac: async (message: Uint8Array, mac: Uint8Array) => {
      key.checks += 1;
      const expected = hmac(message);
      return mac.length === expected.length && timingSafeEqual(Buffer.from(mac), expected);
    },
  };
  return key satisfies LinkSigner & MacVerifier;
}

const claims = (overrides: Partial<ReplyClaims> = {}): ReplyClaims => ({
  caseId: 'case-7',
  customerId: 'c-1',
  answer: 'yes',
  expiresAt: Date.parse('2026-03-03T00:30:00Z') / 1000,
  id: 'link-1',
  ...overrides,
});
const BEFORE = new Date('2026-03-03T00:10:00Z');

const claimsArb = fc.record({
  caseId: fc.string({ minLength: 1, maxLength: 128, unit: 'grapheme' }),
  customerId: fc.string({ minLength: 1, maxLength: 128 }),
  answer: fc.constantFrom<'yes' | 'no'>('yes', 'no'),
  expiresAt: fc.integer({ min: 0, max: 4_102_444_800 }),
  id: fc.base64String({ minLength: 4, maxLength: 24 }).filter((s) => s.length > 0),
});

/** Replaces the character at `index` of `text` with a different base64url character. */
const mutate = (text: string, index: number, pick: number) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.replace(
    text.charAt(index),
    '',
  );
  return text.slice(0, index) + alphabet.charAt(pick % alphabet.length) + text.slice(index + 1);
};

describe('reply tokens', () => {
  it('verify and give back their claims, whatever the case and customer ids', async () => {
    const key = memoryKey();
    await fc.assert(
      fc.asyncProperty(claimsArb, async (c) => {
        const token = await signReplyToken(c, key);
        const before = new Date(c.expiresAt * 1000 - 1);
        expect(await verifyReplyToken(token, before, key)).toEqual({ ok: true, claims: c });
        expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
      }),
    );
  });

  it('carry the version inside the signed payload', () => {
    const json = Buffer.from(encodeReplyPayload(claims({ answer: 'no' })), 'base64url').toString('utf8');
    expect(JSON.parse(json)).toEqual({ v: 1, c: 'case-7', u: 'c-1', a: 'n', x: 1772497800, n: 'link-1' });
  });

  it('are refused once expired, from the expiry second on', async () => {
    const key = memoryKey();
    const token = await signReplyToken(claims(), key);
    expect((await verifyReplyToken(token, new Date('2026-03-03T00:29:59.999Z'), key)).ok).toBe(true);
    for (const now of ['2026-03-03T00:30:00Z', '2026-03-04T00:00:00Z']) {
      expect(await verifyReplyToken(token, new Date(now), key)).toEqual({
        ok: false,
        reason: 'token: expired at 2026-03-03T00:30:00.000Z',
      });
    }
  });

  it('never expire later than the reply deadline (rounded down to the second)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (deadline) => {
          const replyBy = deadline.toISOString();
          const { expiresAt } = replyClaims({ caseId: 'k', customerId: 'c', answer: 'no', replyBy, id: 'i' });
          expect(expiresAt * 1000).toBeLessThanOrEqual(deadline.getTime());
          expect(expiresAt * 1000).toBeGreaterThan(deadline.getTime() - 1000);
        },
      ),
    );
  });

  it('take their expiry from a deadline with an offset', () => {
    const c = replyClaims({
      caseId: 'k',
      customerId: 'c',
      answer: 'yes',
      replyBy: '2026-03-03T02:30:00.900+02:00',
      id: 'i',
    });
    expect(new Date(c.expiresAt * 1000).toISOString()).toBe('2026-03-03T00:30:00.000Z');
  });

  it('are refused as forged when any character of the payload is changed', async () => {
    const key = memoryKey();
    const token = await signReplyToken(claims(), key);
    const [payload = '', mac = ''] = token.split('.');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: payload.length - 1 }), fc.nat(), async (index, pick) => {
        const result = await verifyReplyToken(`${mutate(payload, index, pick)}.${mac}`, BEFORE, key);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('are refused as forged when the payload is re-signed by another key or swapped for another answer', async () => {
    const key = memoryKey();
    const yes = await signReplyToken(claims({ answer: 'yes' }), key);
    const no = await signReplyToken(claims({ answer: 'no' }), key);
    const [noPayload] = no.split('.');
    const [, yesMac] = yes.split('.');
    const forged = [`${noPayload}.${yesMac}`, await signReplyToken(claims(), memoryKey())];
    for (const token of forged) {
      expect(await verifyReplyToken(token, BEFORE, key)).toEqual({
        ok: false,
        reason: 'token: the signature does not match (forged or altered)',
      });
    }
  });

  it('are refused when any character of the MAC is changed', async () => {
    const key = memoryKey();
    const token = await signReplyToken(claims(), key);
    const [payload = '', mac = ''] = token.split('.');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: mac.length - 1 }), fc.nat(), async (index, pick) => {
        const result = await verifyReplyToken(`${payload}.${mutate(mac, index, pick)}`, BEFORE, key);
        expect(result.ok).toBe(false);
      }),
    );
  });

  const payloadOf = (body: unknown) => Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  const aMac = randomBytes(32).toString('base64url');
  const good = { v: 1, c: 'case-7', u: 'c-1', a: 'y', x: 1772497800, n: 'link-1' };

  it.each([
    ['', 'token: malformed (empty)'],
    ['no-dot-at-all', 'token: malformed (expected payload.mac)'],
    [`a.b.${aMac}`, 'token: malformed (expected payload.mac)'],
    [`.${aMac}`, 'token: malformed (expected payload.mac)'],
    [`${payloadOf(good)}.`, 'token: malformed (expected payload.mac)'],
    [`${payloadOf(good)}.${aMac.slice(0, 20)}`, 'token: malformed (the MAC is not 32 bytes of base64url)'],
    [`${payloadOf(good)}.${aMac}=`, 'token: malformed (the MAC is not 32 bytes of base64url)'],
    [`${payloadOf(good)}+.${aMac}`, 'token: malformed (the payload is not base64url)'],
    [
      `${Buffer.from('{not json').toString('base64url')}.${aMac}`,
      'token: malformed (the payload is not JSON)',
    ],
    [`${payloadOf([1, 2])}.${aMac}`, 'token: malformed (the payload is not an object)'],
    [`${payloadOf({ ...good, v: 2 })}.${aMac}`, 'token: unsupported version 2'],
    [`${payloadOf({ ...good, v: undefined })}.${aMac}`, 'token: unsupported version null'],
    [`${payloadOf({ ...good, c: '' })}.${aMac}`, 'token: malformed (no case id)'],
    [`${payloadOf({ ...good, u: 7 })}.${aMac}`, 'token: malformed (no customer id)'],
    [`${payloadOf({ ...good, a: 'maybe' })}.${aMac}`, 'token: malformed (the answer is neither yes nor no)'],
    [`${payloadOf({ ...good, x: '1772497800' })}.${aMac}`, 'token: malformed (no expiry)'],
    [`${payloadOf({ ...good, x: 1.5 })}.${aMac}`, 'token: malformed (no expiry)'],
    [`${payloadOf({ ...good, n: undefined })}.${aMac}`, 'token: malformed (no link id)'],
    [`${'A'.repeat(2100)}.${aMac}`, 'token: malformed (longer than 2048 characters)'],
  ])('refuse a malformed token (%#) with the reason, without asking KMS', async (token, reason) => {
    const key = memoryKey();
    expect(await verifyReplyToken(token, BEFORE, key)).toEqual({ ok: false, reason });
    expect(key.checks).toBe(0);
  });

  it('never verify, nor throw, for arbitrary text', async () => {
    const key = memoryKey();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (token) => {
        const result = await verifyReplyToken(token, BEFORE, key);
        expect(result.ok).toBe(false);
      }),
    );
    expect(parseReplyToken('x.y').ok).toBe(false);
  });
});

describe('fraud reply links', () => {
  it('are the reply endpoint with a YES and a NO token for the case, customer and deadline', async () => {
    const key = memoryKey();
    let n = 0;
    const links = await fraudReplyLinks(
      { caseId: 'case 7/ä', customerId: 'c-1', replyBy: '2026-03-03T00:30:00.000Z' },
      { signer: key, baseUrl: 'https://bank.example/fraud-reply', newId: () => `id-${++n}` },
    );
    const checks = await Promise.all(
      [links.yesUrl, links.noUrl].map((href) => {
        const url = new URL(href);
        expect(`${url.origin}${url.pathname}`).toBe('https://bank.example/fraud-reply');
        return verifyReplyToken(url.searchParams.get('t') ?? '', BEFORE, key);
      }),
    );
    expect(checks).toEqual([
      { ok: true, claims: expect.objectContaining({ caseId: 'case 7/ä', customerId: 'c-1', answer: 'yes' }) },
      { ok: true, claims: expect.objectContaining({ caseId: 'case 7/ä', customerId: 'c-1', answer: 'no' }) },
    ]);
    const ids = checks.map((c) => (c.ok ? c.claims.id : ''));
    expect(new Set(ids).size).toBe(2);
  });

  it('give each link its own random id by default', async () => {
    const key = memoryKey();
    const alert = { caseId: 'k', customerId: 'c', replyBy: '2026-03-03T00:30:00Z' };
    const deps = { signer: key, baseUrl: 'https://bank.example/r' };
    const tokens = [await fraudReplyLinks(alert, deps), await fraudReplyLinks(alert, deps)].flatMap((l) => [
      l.yesUrl,
      l.noUrl,
    ]);
    const ids = await Promise.all(
      tokens.map(async (href) => {
        const result = await verifyReplyToken(new URL(href).searchParams.get('t') ?? '', BEFORE, key);
        return result.ok ? result.claims.id : '';
      }),
    );
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
