// Signed reply links: the YES and NO buttons of a fraud alert. A link carries a token that says which case,
// which customer and which answer, until when it counts, and a random id (so the reply endpoint can accept
// each link once). The token is signed with an HMAC key that never leaves KMS: the render function asks
// KMS for the MAC (GenerateMac), the reply endpoint asks KMS to check it (VerifyMac). Nothing here holds
// a key; signing and checking go through the LinkSigner and MacVerifier ports.
//
// Token (signed-token.ts): base64url(payload) "." base64url(HMAC-SHA-256 over the payload text), where the
// payload is compact JSON: {"v":1,"c":caseId,"u":customerId,"a":"y"|"n","x":expiry (epoch seconds),"n":id}.
// The version is inside the signed payload, so a token cannot be passed off as another version.
import { randomBytes } from 'node:crypto';
import type { LinkSigner, MacVerifier } from '../ports/links.ts';
import {
  encodePayload,
  expiryProblem,
  FORGED,
  macMatches,
  malformed,
  openToken,
  signPayload,
} from './signed-token.ts';

export const REPLY_TOKEN_VERSION = 1;
export type ReplyAnswer = 'yes' | 'no';

export interface ReplyClaims {
  caseId: string;
  customerId: string;
  answer: ReplyAnswer;
  /** Epoch seconds from which the link no longer counts: the reply deadline, never later. */
  expiresAt: number;
  /** Random, one per link. */
  id: string;
}

export type ReplyTokenCheck = { ok: true; claims: ReplyClaims } | { ok: false; reason: string };

const ANSWER_CODES: Record<ReplyAnswer, string> = { yes: 'y', no: 'n' };

/** A random id for one link: 96 bits, base64url. */
export const newReplyId = (): string => randomBytes(12).toString('base64url');

/**
 * The claims of one link. Its expiry is the reply deadline rounded down to the second, so a link never
 * outlives the deadline by even a fraction of a second.
 */
export function replyClaims(input: {
  caseId: string;
  customerId: string;
  answer: ReplyAnswer;
  replyBy: string;
  id: string;
}): ReplyClaims {
  const deadline = Date.parse(input.replyBy);
  if (Number.isNaN(deadline)) throw new RangeError('replyBy is not an ISO-8601 date-time');
  const { caseId, customerId, answer, id } = input;
  return { caseId, customerId, answer, expiresAt: Math.floor(deadline / 1000), id };
}

const payloadOf = (claims: ReplyClaims) => ({
  v: REPLY_TOKEN_VERSION,
  c: claims.caseId,
  u: claims.customerId,
  a: ANSWER_CODES[claims.answer],
  x: claims.expiresAt,
  n: claims.id,
});

/** The payload part of a token: what is signed, as it is signed. */
export const encodeReplyPayload = (claims: ReplyClaims): string => encodePayload(payloadOf(claims));

/** A signed token for `claims`. */
export const signReplyToken = (claims: ReplyClaims, signer: LinkSigner): Promise<string> =>
  signPayload(payloadOf(claims), signer);

/**
 * Reads a token without checking its signature: its claims, the payload text the MAC covers, and the MAC.
 * Anything but a well-formed version 1 token gives a reason.
 */
export function parseReplyToken(
  token: string,
): { ok: true; claims: ReplyClaims; payload: string; mac: Uint8Array } | { ok: false; reason: string } {
  const opened = openToken(token);
  if (!opened.ok) return opened;
  const { v, c, u, a, x, n } = opened.body;
  if (v !== REPLY_TOKEN_VERSION)
    return { ok: false, reason: `token: unsupported version ${JSON.stringify(v ?? null)}` };
  if (typeof c !== 'string' || c === '') return malformed('no case id');
  if (typeof u !== 'string' || u === '') return malformed('no customer id');
  if (a !== 'y' && a !== 'n') return malformed('the answer is neither yes nor no');
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) return malformed('no expiry');
  if (typeof n !== 'string' || n === '') return malformed('no link id');
  return {
    ok: true,
    claims: { caseId: c, customerId: u, answer: a === 'y' ? 'yes' : 'no', expiresAt: x, id: n },
    payload: opened.payload,
    mac: opened.mac,
  };
}

/**
 * Checks a token from a link click: well formed, signed with Herald's key (the MAC is checked by KMS
 * before anything in the payload is trusted), and not expired at `now`. The reason names what failed.
 */
export async function verifyReplyToken(
  token: string,
  now: Date,
  verifier: MacVerifier,
): Promise<ReplyTokenCheck> {
  const parsed = parseReplyToken(token);
  if (!parsed.ok) return parsed;
  if (!(await macMatches(parsed.payload, parsed.mac, verifier))) return { ok: false, reason: FORGED };
  const expired = expiryProblem(parsed.claims.expiresAt, now);
  if (expired) return { ok: false, reason: expired };
  return { ok: true, claims: parsed.claims };
}

/** The link a button opens: the reply endpoint with the token as its `t` query parameter. */
export function replyUrl(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('t', token);
  return url.href;
}

export interface ReplyLinkDeps {
  signer: LinkSigner;
  /** https URL of the endpoint that receives link clicks (config `fraud.replyBaseUrl`). */
  baseUrl: string;
  /** The random id of each link; `newReplyId` unless a test fixes it. */
  newId?: () => string;
}

/** The signed YES and NO links of one fraud alert; both expire at the reply deadline. */
export async function fraudReplyLinks(
  alert: { caseId: string; customerId: string; replyBy: string },
  deps: ReplyLinkDeps,
): Promise<{ yesUrl: string; noUrl: string }> {
  const newId = deps.newId ?? newReplyId;
  const link = async (answer: ReplyAnswer) =>
    replyUrl(deps.baseUrl, await signReplyToken(replyClaims({ ...alert, answer, id: newId() }), deps.signer));
  const [yesUrl, noUrl] = await Promise.all([link('yes'), link('no')]);
  return { yesUrl, noUrl };
}
