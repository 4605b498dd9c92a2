// The frame of every signed link token Herald makes (fraud reply links, consent links): base64url(payload)
// "." base64url(HMAC-SHA-256 over the base64url payload text), where the payload is compact JSON. The MAC is
// made and checked by KMS with an HMAC key that never leaves it (LinkSigner / MacVerifier ports); nothing
// here holds a key. What the payload says is each link kind's own module (reply-link.ts, consent-link.ts).
import type { LinkSigner, MacVerifier } from '../ports/links.ts';

/** HMAC-SHA-256 is 32 bytes; anything else cannot be a MAC Herald made. */
const MAC_BYTES = 32;
/** A token is a few hundred characters; a longer one is refused before any work (or KMS call). */
export const MAX_TOKEN_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The payload part of a token: what is signed, as it is signed. */
export const encodePayload = (payload: Readonly<Record<string, unknown>>): string =>
  Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');

/** A signed token for `payload`. */
export async function signPayload(
  payload: Readonly<Record<string, unknown>>,
  signer: LinkSigner,
): Promise<string> {
  const text = encodePayload(payload);
  const mac = await signer.mac(utf8(text));
  return `${text}.${Buffer.from(mac).toString('base64url')}`;
}

/** base64url without padding, in its one canonical spelling (no ignored trailing bits). */
function decodeBase64url(text: string): Buffer | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

export const malformed = (why: string): { ok: false; reason: string } => ({
  ok: false,
  reason: `token: malformed (${why})`,
});

export type OpenedToken =
  | { ok: true; body: Record<string, unknown>; payload: string; mac: Uint8Array }
  | { ok: false; reason: string };

/**
 * Reads a token's frame without checking its signature: the payload object, the payload text the MAC
 * covers, and the MAC. Anything but `payload.mac` with a 32-byte MAC and a JSON object gives a reason.
 */
export function openToken(token: string): OpenedToken {
  if (token.length === 0) return malformed('empty');
  if (token.length > MAX_TOKEN_LENGTH) return malformed(`longer than ${MAX_TOKEN_LENGTH} characters`);
  const parts = token.split('.');
  const [payload, macText] = parts;
  if (parts.length !== 2 || !payload || !macText) return malformed('expected payload.mac');
  const mac = decodeBase64url(macText);
  if (!mac || mac.length !== MAC_BYTES) return malformed(`the MAC is not ${MAC_BYTES} bytes of base64url`);
  const json = decodeBase64url(payload);
  if (!json) return malformed('the payload is not base64url');
  let body: unknown;
  try {
    body = JSON.parse(json.toString('utf8'));
  } catch {
    return malformed('the payload is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return malformed('the payload is not an object');
  return { ok: true, body: body as Record<string, unknown>, payload, mac: new Uint8Array(mac) };
}

/** Whether the MAC over `payload` is Herald's, asked of KMS (VerifyMac). */
export const macMatches = (payload: string, mac: Uint8Array, verifier: MacVerifier): Promise<boolean> =>
  verifier.verifyMac(utf8(payload), mac);

export const FORGED = 'token: the signature does not match (forged or altered)';

/** Why a token whose expiry (epoch seconds) is at or before `now` no longer counts, or undefined. */
export function expiryProblem(expiresAt: number, now: Date): string | undefined {
  const at = expiresAt * 1000;
  return now.getTime() >= at ? `token: expired at ${new Date(at).toISOString()}` : undefined;
}
