// consent.help: the keywords to stop and restart texts in the customer's language, taken from the list the
// inbound replies are read with, so the answer never names a word Herald would not understand.
import { keywordIn } from '../../domain/sms-keywords.ts';
import type { Format } from '../../domain/templates/copy.ts';
import { languageFor } from '../../domain/templates/identity.ts';
import type { ConsentHelpArgs } from './compiled.ts';
import type { ConsentHelpData } from './data.ts';

export const format: Format<ConsentHelpData, ConsentHelpArgs> = (_data, { locale, brand }) => {
  const language = languageFor(locale);
  return {
    args: {
      stop: keywordIn('opt_out', language),
      start: keywordIn('opt_in', language),
      hasUrl: brand.url ? 'yes' : 'no',
      url: brand.url ?? '',
    },
  };
};
