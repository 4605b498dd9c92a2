// The e-mail sender as the customer sees it: `"Demo Bank" <alerts@bank.example>`, with the bank's name in
// the customer's language where the bank gave one. The From header is built here, once (RFC 5322 §3.4 for
// the quoted display name, RFC 2047 encoded words for a name that is not ASCII, as SES requires), and read
// back by the local stack when it writes an `.eml`.
import type { Language } from './templates/identity.ts';

/** The display name per language: `default` for every language without one of its own. */
export type SenderNames = { default: string } & Partial<Record<Language, string>>;

/** Characters a display name may never hold: line breaks and other controls (header injection). */
const hasControl = (text: string): boolean =>
  [...text].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
  });

/** Why a display name cannot be used, or undefined when it can. */
export function senderNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'must not be empty';
  if (name !== name.trim()) return 'must not start or end with a space';
  if (hasControl(name)) return 'must not contain line breaks or control characters';
  if ([...name].length > 64) return 'must be at most 64 characters';
  return undefined;
}

/** The display name for a message written in `language` (the rendered message's `locale`). */
export const senderNameFor = (names: SenderNames, language: string): string =>
  (names as Partial<Record<string, string>>)[language] ?? names.default;

const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/** RFC 2047 "B" encoded words of UTF-8 text, each at most 75 characters, never splitting a character. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const c of text) {
    // 75 - "=?UTF-8?B?".length - "?=".length = 63 base64 characters: 45 bytes.
    if (Buffer.byteLength(chunk + c, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += c;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
}

/**
 * `"Name" <address>` (quotes and backslashes escaped), or `=?UTF-8?B?…?= <address>` for a name that is
 * not printable ASCII. A name that cannot be used is refused (the configuration is validated first).
 */
export function fromHeader(name: string, address: string): string {
  const problem = senderNameProblem(name);
  if (problem) throw new RangeError(`sender name ${problem}`);
  const display = PRINTABLE_ASCII.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : encodedWords(name);
  return `${display} <${address}>`;
}

/** The name and address of a From header `fromHeader` wrote (or a bare address). */
export function parseFromHeader(header: string): { name?: string; address: string } {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(header.trim());
  if (!match) return { address: header.trim() };
  const [, display = '', address = ''] = match;
  if (display === '') return { address };
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(display);
  if (quoted) return { name: (quoted[1] ?? '').replace(/\\(.)/g, '$1'), address };
  // RFC 2047 §6.2: the space between two encoded words is dropped; any other keeps one space. The decoded
  // text is kept as it is, spaces included.
  let decoded = '';
  let lastEncoded = false;
  for (const word of display.split(/\s+/).filter(Boolean)) {
    const encoded = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/i.exec(word);
    const separator = decoded === '' || (encoded && lastEncoded) ? '' : ' ';
    decoded += separator + (encoded ? Buffer.from(encoded[1] ?? '', 'base64').toString('utf8') : word);
    lastEncoded = encoded !== null;
  }
  return { name: decoded, address };
}
