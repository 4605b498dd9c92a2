// SMS encoding and segment counting (3GPP TS 23.038 / 23.040).
//
// A text made only of characters of the GSM 03.38 default alphabet travels as GSM-7: 160 characters in one
// SMS, 153 per part once it is split (the rest of each part carries the concatenation header). Characters of
// the extension table (€ [ ] { } \ ~ ^ | and form feed) take two septets (an escape plus the character) and
// are never split across parts. Any other character makes the whole text UCS-2: 70 UTF-16 code units in one
// SMS, 67 per part, and a surrogate pair (e.g. an emoji) is never split either.

/** The GSM 03.38 default alphabet (basic character set), minus the escape code. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The GSM 03.38 extension table: each of these costs two septets. */
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** Number of SMS the text is sent as. */
  segments: number;
}

export const SMS_LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

/** True when every character is in the GSM-7 basic set or its extension table. */
export function isGsm7(text: string): boolean {
  for (const c of text) if (!GSM_BASIC.has(c) && !GSM_EXTENSION.has(c)) return false;
  return true;
}

/** Encoding, length in units and number of segments of one SMS text. */
export function smsSize(text: string): SmsSize {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  // Units of each character, which must stay together in one part.
  const chars = [...text].map((c) => (encoding === 'GSM-7' ? (GSM_EXTENSION.has(c) ? 2 : 1) : c.length));
  const units = chars.reduce((sum, n) => sum + n, 0);
  const { single, part } = SMS_LIMITS[encoding];
  if (units <= single) return { encoding, units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const n of chars) {
    if (used + n > part) {
      segments++;
      used = 0;
    }
    used += n;
  }
  return { encoding, units, segments };
}

/**
 * Languages whose SMS are written without diacritics, as banks there do: Romanian (ă â î ș ț) and
 * Vietnamese (every tone mark, đ) are not in the GSM-7 alphabet, and one such letter would turn the whole
 * message into UCS-2, cutting an SMS from 160 characters to 70.
 */
const FOLD_DIACRITICS = new Set(['ro', 'vi']);

const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ', // no-break space (Intl puts it between amount and currency)
  '\u202f': ' ', // narrow no-break space
  '\u2009': ' ', // thin space
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-', // minus sign (some locales write negative amounts with it)
  '\u2026': '...',
};

/**
 * The SMS text as sent: typographic spaces, quotes and dashes become their GSM-7 equivalents (in every
 * language: they would force UCS-2 for no visible gain), and for Romanian and Vietnamese the diacritics are
 * dropped (đ → d, ₫ → VND). Arabic stays as it is: it needs UCS-2 anyway.
 */
export function toSmsText(text: string, language: string): string {
  let out = text.replace(
    /[\u00a0\u202f\u2009\u2018\u2019\u201c\u201d\u201e\u2013\u2014\u2212\u2026]/g,
    (c) => {
      return REPLACEMENTS[c] ?? c;
    },
  );
  if (FOLD_DIACRITICS.has(language)) {
    out = out
      .replace(/₫/g, 'VND')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFC');
  }
  return out;
}
