// The consent keywords of SMS and WhatsApp replies (shared/domain/sms-keywords.ts): every keyword of every
// language, however it is cased, accented, spaced and punctuated, and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSmsAnswer } from '../../shared/domain/journeys/fraud-reply.ts';
import { type ConsentKeyword, KEYWORDS, parseConsentKeyword } from '../../shared/domain/sms-keywords.ts';

const SEED = 1307;
const all = (Object.entries(KEYWORDS) as [ConsentKeyword, Record<string, readonly string[]>][]).flatMap(
  ([meaning, byLanguage]) =>
    Object.entries(byLanguage).flatMap(([language, words]) =>
      words.map((word) => ({ meaning, language, word })),
    ),
);

describe('parseConsentKeyword', () => {
  it.each([
    ['stop', 'opt_out'],
    ['Stop!', 'opt_out'],
    ['ARRÊT', 'opt_out'],
    ['arret', 'opt_out'],
    ['BERHENTI', 'opt_out'],
    ['  opt out. ', 'opt_out'],
    ['Opt-Out', 'opt_out'],
    ['توقف', 'opt_out'],
    ['ايقاف', 'opt_out'],
    ['oprire', 'opt_out'],
    ['ngung', 'opt_out'],
    ['Hủy đăng ký', 'opt_out'],
    ['Stopp!', 'opt_out'],
    ['START', 'opt_in'],
    ['unstop', 'opt_in'],
    ['Mulai', 'opt_in'],
    ['bat dau', 'opt_in'],
    ['HELP', 'help'],
    ['hilfe?', 'help'],
    ['مساعدة', 'help'],
  ] as const)('%j is %s', (text, meaning) => {
    expect(parseConsentKeyword(text)).toBe(meaning);
  });

  it.each([
    'stop sending me offers',
    'please do not stop my card',
    'yes',
    'NO',
    'đúng',
    '',
    '!!!',
    'STOPPED',
    'hello',
  ])('%j is no keyword', (text) => {
    expect(parseConsentKeyword(text)).toBeUndefined();
  });

  it('every keyword, in any case, with any spaces and punctuation around it, means what it is listed as', () => {
    const edge = fc.stringMatching(/^[\s.,!?;:'"()¡¿*~-]{0,4}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        edge,
        edge,
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        ({ meaning, word }, before, after, upper) => {
          const cased = [...word].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c.toLowerCase())).join('');
          expect(parseConsentKeyword(`${before}${cased}${after}`)).toBe(meaning);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('accents are ignored: a keyword written without its marks, or with marks added, means the same', () => {
    const marks = ['\u0301', '\u0300', '\u0302', '\u0303', '\u0308'];
    fc.assert(
      fc.property(
        fc.constantFrom(...all.filter((k) => k.language !== 'ar')),
        fc.nat(),
        fc.constantFrom(...marks),
        ({ meaning, word }, at, mark) => {
          const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
          const i = at % bare.length;
          expect(parseConsentKeyword(bare)).toBe(meaning);
          expect(
            parseConsentKeyword(`${bare.slice(0, i + 1)}${mark}${bare.slice(i + 1)}`.normalize('NFC')),
          ).toBe(meaning);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('no keyword is a YES or NO answer to a fraud alert, and no keyword is listed with two meanings', () => {
    for (const { word } of all) expect(parseSmsAnswer(word), word).toBeUndefined();
    const meanings = new Map<string, Set<string>>();
    for (const { meaning, word } of all) {
      const key = word
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toUpperCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
      meanings.set(key, (meanings.get(key) ?? new Set()).add(meaning));
    }
    for (const [word, set] of meanings) expect(set.size, word).toBe(1);
  });
});
