import type { Channel } from '../profile.ts';
import { LANGUAGES } from './compiled/common.ts';

export type Language = (typeof LANGUAGES)[number];

/** The customer's language if Herald writes in it, else English. */
export function languageFor(locale: string): Language {
  let language: string;
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
  return LANGUAGES.find((l) => l === language) ?? 'en';
}

/**
 * Which template a message of `type` on `channel` is written with, and in which language, without loading
 * the templates: what a delivery record names before (or instead of) rendering.
 */
export function templateIdentity(
  type: string,
  channel: Channel,
  locale: string,
): { locale: Language; template: string } {
  const language = languageFor(locale);
  return { locale: language, template: `${type}/${channel}/${language}` };
}
