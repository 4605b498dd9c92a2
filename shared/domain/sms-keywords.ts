// The keywords a customer texts to change SMS or WhatsApp consent, or to ask for help: the standard ones
// AWS End User Messaging and carriers recognise, and their equivalents in Herald's six languages. Pure.

/** What a keyword asks for. */
export type ConsentKeyword = 'opt_out' | 'opt_in' | 'help';

/** The message types a keyword reply raises: the answer to HELP (shared/notifications/consent-help/). */
export const KEYWORD_REPLY_TYPES = ['consent.help'] as const;

/**
 * The keywords, each written as a customer would; they are compared folded (`foldKeyword`). The standard
 * opt-out list is End User Messaging's default (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, OPTOUT,
 * OPT-OUT, REMOVE, ARRET, TD) so Herald's ledger and the provider's opt-out list hear the same words.
 * None is a word the fraud alert's YES/NO replies use (shared/domain/journeys/fraud-reply.ts); Vietnamese
 * "dừng" (stop) is left out because without its accents it is "đúng" (right, yes).
 */
export const KEYWORDS: Readonly<Record<ConsentKeyword, Readonly<Record<string, readonly string[]>>>> = {
  opt_out: {
    standard: [
      'STOP',
      'STOPALL',
      'UNSUBSCRIBE',
      'CANCEL',
      'END',
      'QUIT',
      'OPTOUT',
      'OPT-OUT',
      'REMOVE',
      'ARRÊT',
      'TD',
    ],
    id: ['BERHENTI', 'STOP SEMUA', 'BATALKAN', 'HENTIKAN'],
    ar: ['توقف', 'إيقاف', 'إلغاء الاشتراك'],
    ro: ['OPRIRE', 'DEZABONARE', 'ANULARE'],
    vi: ['NGỪNG', 'HỦY', 'HỦY ĐĂNG KÝ'],
    de: ['STOPP', 'ABMELDEN', 'ABBESTELLEN'],
  },
  opt_in: {
    standard: ['START', 'UNSTOP'],
    id: ['MULAI'],
    ar: ['ابدأ', 'اشتراك'],
    ro: ['PORNIRE', 'ABONARE'],
    vi: ['BẮT ĐẦU', 'ĐĂNG KÝ'],
    de: ['ANMELDEN'],
  },
  help: {
    standard: ['HELP', 'INFO'],
    id: ['BANTUAN'],
    ar: ['مساعدة'],
    ro: ['AJUTOR'],
    vi: ['TRỢ GIÚP'],
    de: ['HILFE'],
  },
};

/**
 * A text as a keyword is compared: accents and other marks removed (ARRÊT → ARRET, إيقاف → ايقاف, đ → d),
 * upper case, and everything but letters and digits removed: spaces, punctuation, symbols and control
 * characters (` Stop! ` → STOP, `opt out` → OPTOUT, `Opt-Out.` → OPTOUT). One character class does it all
 * after decomposition, since a mark is neither a letter nor a digit: each Unicode property class costs its
 * compilation on a function's cold start.
 */
export function foldKeyword(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every keyword folded, to its meaning. */
function foldedKeywords(): ReadonlyMap<string, ConsentKeyword> {
  return new Map(
    (Object.entries(KEYWORDS) as [ConsentKeyword, Record<string, readonly string[]>][]).flatMap(
      ([meaning, byLanguage]) =>
        Object.values(byLanguage).flatMap((words) =>
          words.map((word) => [foldKeyword(word), meaning] as const),
        ),
    ),
  );
}

/**
 * Built once, as the module loads, where replies are parsed; marked pure so that a bundle which never parses
 * one (render, which only names a language's keywords in the HELP answer) leaves it out.
 */
const BY_FOLDED = /* @__PURE__ */ foldedKeywords();

/**
 * The keyword a whole reply is, or undefined: the text must be the keyword alone (case, accents, spaces and
 * punctuation aside), so "stop sending me offers" or "please don't stop my card" change nothing.
 */
export function parseConsentKeyword(text: string): ConsentKeyword | undefined {
  const folded = foldKeyword(text);
  return folded === '' ? undefined : BY_FOLDED.get(folded);
}

/**
 * The word a message in `language` tells the customer to text for `meaning` (the help answer names the
 * language's own STOP and START): the language's first keyword, or the standard one (English, or a
 * language without its own).
 */
export function keywordIn(meaning: ConsentKeyword, language: string): string {
  const byLanguage = KEYWORDS[meaning];
  const own = Object.hasOwn(byLanguage, language) ? byLanguage[language]?.[0] : undefined;
  return own ?? byLanguage.standard?.[0] ?? '';
}
