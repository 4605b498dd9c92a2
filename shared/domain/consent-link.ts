// Signed consent links of e-mails: the one-click unsubscribe link of a marketing e-mail (its
// List-Unsubscribe header, RFC 8058, and its footer link) and the preference page link of every e-mail's
// footer. A link carries a token that says for whom, what (unsubscribe: which channel and category), until
// when it counts, and a random id (an unsubscribe link withdraws once; the id is what caused the ledger
// entry). The token is signed with the consent-link HMAC key, which never leaves KMS: render functions ask
// KMS for the MAC (GenerateMac), the consent-link endpoint asks KMS to check it (VerifyMac). It is a key of
// its own, not the fraud reply-link key: neither endpoint can take the other's links.
//
// Token (signed-token.ts), payload:
//   {"v":1,"k":"u","u":customerId,"c":channel,"g":category,"x":expiry (epoch seconds),"n":id}  unsubscribe
//   {"v":1,"k":"p","u":customerId,"x":expiry,"n":id}                                             preferences
import { randomBytes } from 'node:crypto';
import type { LinkSigner, MacVerifier } from '../ports/links.ts';
import type { ConsentCategory } from './policy/consent-ledger.ts';
import { type Channel, channels } from './profile.ts';
import { expiryProblem, FORGED, macMatches, malformed, openToken, signPayload } from './signed-token.ts';

export const CONSENT_TOKEN_VERSION = 1;
/** How long a consent link counts by default: well beyond the 30 days CAN-SPAM asks an unsubscribe link to. */
export const DEFAULT_CONSENT_LINK_DAYS = 60;

export type ConsentLinkClaims =
  | {
      kind: 'unsubscribe';
      customerId: string;
      channel: Channel;
      category: ConsentCategory;
      /** Epoch seconds from which the link no longer counts. */
      expiresAt: number;
      /** Random, one per link. */
      id: string;
    }
  | { kind: 'preferences'; customerId: string; expiresAt: number; id: string };

export type ConsentTokenCheck = { ok: true; claims: ConsentLinkClaims } | { ok: false; reason: string };

/** A random id for one link: 96 bits, base64url. */
export const newConsentLinkId = (): string => randomBytes(12).toString('base64url');

const payloadOf = (claims: ConsentLinkClaims): Record<string, unknown> =>
  claims.kind === 'unsubscribe'
    ? {
        v: CONSENT_TOKEN_VERSION,
        k: 'u',
        u: claims.customerId,
        c: claims.channel,
        g: claims.category,
        x: claims.expiresAt,
        n: claims.id,
      }
    : { v: CONSENT_TOKEN_VERSION, k: 'p', u: claims.customerId, x: claims.expiresAt, n: claims.id };

/** A signed token for `claims`. */
export const signConsentToken = (claims: ConsentLinkClaims, signer: LinkSigner): Promise<string> =>
  signPayload(payloadOf(claims), signer);

const isChannel = (value: unknown): value is Channel => channels.includes(value as Channel);

/**
 * Reads a token without checking its signature: its claims, the payload text the MAC covers, and the MAC.
 * Anything but a well-formed version 1 consent token gives a reason.
 */
export function parseConsentToken(
  token: string,
): { ok: true; claims: ConsentLinkClaims; payload: string; mac: Uint8Array } | { ok: false; reason: string } {
  const opened = openToken(token);
  if (!opened.ok) return opened;
  const { v, k, u, c, g, x, n } = opened.body;
  if (v !== CONSENT_TOKEN_VERSION)
    return { ok: false, reason: `token: unsupported version ${JSON.stringify(v ?? null)}` };
  if (k !== 'u' && k !== 'p') return malformed('the kind is neither unsubscribe nor preferences');
  if (typeof u !== 'string' || u === '') return malformed('no customer id');
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) return malformed('no expiry');
  if (typeof n !== 'string' || n === '') return malformed('no link id');
  const { payload, mac } = opened;
  if (k === 'p')
    return { ok: true, claims: { kind: 'preferences', customerId: u, expiresAt: x, id: n }, payload, mac };
  if (!isChannel(c)) return malformed('no channel');
  if (g !== 'marketing' && g !== 'transactional') return malformed('no category');
  return {
    ok: true,
    claims: { kind: 'unsubscribe', customerId: u, channel: c, category: g, expiresAt: x, id: n },
    payload,
    mac,
  };
}

/**
 * Checks a token from a link: well formed, signed with Herald's consent-link key (the MAC is checked by KMS
 * before anything in the payload is trusted), and not expired at `now`. The reason names what failed,
 * never the token.
 */
export async function verifyConsentToken(
  token: string,
  now: Date,
  verifier: MacVerifier,
): Promise<ConsentTokenCheck> {
  const parsed = parseConsentToken(token);
  if (!parsed.ok) return parsed;
  if (!(await macMatches(parsed.payload, parsed.mac, verifier))) return { ok: false, reason: FORGED };
  const expired = expiryProblem(parsed.claims.expiresAt, now);
  if (expired) return { ok: false, reason: expired };
  return { ok: true, claims: parsed.claims };
}

/** The link: the consent endpoint with the token as its `t` query parameter (and `view`, when given). */
export function consentUrl(baseUrl: string, token: string, view?: 'preferences'): string {
  const url = new URL(baseUrl);
  url.searchParams.set('t', token);
  if (view) url.searchParams.set('view', view);
  return url.href;
}

export interface ConsentLinkDeps {
  signer: LinkSigner;
  /** https URL of the endpoint that receives consent link clicks (config `consent.linkBaseUrl`). */
  baseUrl: string;
  /** How long a link counts, in days (config `consent.linkLifetimeDays`). */
  lifetimeDays: number;
  now: () => Date;
  /** The random id of each link; `newConsentLinkId` unless a test fixes it. */
  newId?: () => string;
}

/** The links of one e-mail: the preference page link always, the unsubscribe link for a marketing one. */
export interface EmailConsentLinks {
  preferences: string;
  unsubscribe?: string;
}

/**
 * The signed consent links of one e-mail to `customerId` (one KMS call each): every e-mail gets the
 * preference page link; a marketing e-mail also its own unsubscribe link, which withdraws e-mail
 * marketing consent for this customer only.
 */
export async function emailConsentLinks(
  customerId: string,
  marketing: boolean,
  deps: ConsentLinkDeps,
): Promise<EmailConsentLinks> {
  const newId = deps.newId ?? newConsentLinkId;
  const expiresAt = Math.floor(deps.now().getTime() / 1000) + deps.lifetimeDays * 86_400;
  const sign = (claims: ConsentLinkClaims) =>
    signConsentToken(claims, deps.signer).then((token) => consentUrl(deps.baseUrl, token));
  const [preferences, unsubscribe] = await Promise.all([
    sign({ kind: 'preferences', customerId, expiresAt, id: newId() }),
    marketing
      ? sign({
          kind: 'unsubscribe',
          customerId,
          channel: 'email',
          category: 'marketing',
          expiresAt,
          id: newId(),
        })
      : undefined,
  ]);
  return unsubscribe ? { preferences, unsubscribe } : { preferences };
}
