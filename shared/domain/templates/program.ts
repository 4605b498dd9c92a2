// Compiled copy, as it travels in a Lambda bundle and how it is run.
//
// templates/build.ts parses every ICU MessageFormat string of a message type into a small program (the
// parts below), puts the programs of all six languages into one JSON document, compresses it with Brotli
// and writes it, base64-encoded, into the type's generated module (a type that runs an A/B test puts its
// variants' programs in the same document, next to the base). Copy is mostly text, and text in six
// languages compresses about three to one, which keeps a message type at a few kilobytes inside a bundle.
// The document is decompressed (node:zlib, part of Node.js) the first time the type is rendered.
//
// The build checks, for every message, that `run` gives exactly what @messageformat/core's compiled
// function gives for the same arguments: the programs are the same messages, in a smaller form.

import { brotliDecompressSync } from 'node:zlib';
import { number } from '@messageformat/runtime';

/**
 * One part of a message: literal text; `0` for `#` (the number of the enclosing plural); `[arg]` for an
 * argument; `[arg, cases]` for a select; `[arg, cases, offset]` for a plural.
 */
export type Part = string | 0 | [string] | [string, Cases] | [string, Cases, number];
/** Cases of a select or plural: `=1` (exact value), a plural category or a select value, and `other`. */
export type Cases = Record<string, Part[]>;
/** A message: its parts, or just a string when it has no arguments. */
export type Program = string | Part[];

/** A plural rule: the CLDR category of a number (from @messageformat/runtime/lib/cardinals). */
export type PluralRule = (value: number) => string;

/** JSON compressed at build time; parsed the first time it is needed. */
export function unpack<T>(blob: string): () => T {
  let value: T | undefined;
  return () => {
    value ??= JSON.parse(brotliDecompressSync(Buffer.from(blob, 'base64')).toString('utf8')) as T;
    return value;
  };
}

const pick = (cases: Cases, key: string): Part[] | undefined =>
  Object.hasOwn(cases, key) ? cases[key] : undefined;

function arg(d: object, name: string): unknown {
  const value: unknown = Reflect.get(d, name);
  if (value === undefined) throw new TypeError(`message argument {${name}} is missing`);
  return value;
}

/** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (UAX #9): they wrap an interpolated value. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A value set apart from the text around it, for the bidirectional algorithm: its direction is its own first
 * strong character's, and nothing in it (a Latin merchant name, digits, a comma) reorders the sentence that
 * quotes it. Empty text stays empty.
 */
export const isolate = (value: string): string => (value === '' ? '' : `${FSI}${value}${PDI}`);

/**
 * Runs a message: `d` holds the arguments, `rule` is the plural rule of the copy's language and `locale`
 * formats `#` (the customer's locale, as the amounts and dates are). With `bidi` (the copy's language is
 * written right to left) every interpolated argument, and the `#` of a plural, is isolated (see `isolate`); the arguments themselves
 * are already formatted for the locale and stay as they are.
 */
export function run(
  program: Program,
  d: object,
  rule: PluralRule,
  locale: string,
  hash?: number,
  bidi = false,
): string {
  if (typeof program === 'string') return program;
  let out = '';
  for (const part of program) {
    if (typeof part === 'string') out += part;
    else if (part === 0) {
      const count = hash === undefined ? '#' : number(locale, hash, 0);
      out += bidi && hash !== undefined ? isolate(count) : count;
    } else if (part.length === 1) {
      const value = String(arg(d, part[0]));
      out += bidi ? isolate(value) : value;
    } else {
      const value = arg(d, part[0]);
      const cases = part[1];
      if (part.length === 2) {
        out += run(pick(cases, String(value)) ?? cases.other ?? [], d, rule, locale, hash, bidi);
      } else {
        const n = Number(value);
        if (Number.isNaN(n)) throw new TypeError(`plural argument {${part[0]}} is not a number`);
        const offset = part[2];
        const chosen = pick(cases, `=${n}`) ?? pick(cases, rule(n - offset)) ?? cases.other ?? [];
        out += run(chosen, d, rule, locale, n - offset, bidi);
      }
    }
  }
  return out;
}
