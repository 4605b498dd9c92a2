// kyc.reminder: identity verification is not finished; the reminder names exactly the steps still missing.

import { PLURAL_RULES } from '../../domain/templates/compiled/common.ts';
import type { Format } from '../../domain/templates/copy.ts';
import { languageFor } from '../../domain/templates/identity.ts';
import { pageLink } from '../../domain/templates/links.ts';
import { run } from '../../domain/templates/program.ts';
import { copy, type KycReminderArgs } from './compiled.ts';
import type { KycReminderData } from './data.ts';

/**
 * The missing steps as the copy's `item` line names them, in the customer's language (English where the
 * language has no `item`), joined as a list ("a selfie and a proof of address"): the SMS and the push name
 * the steps in a sentence, where the e-mail lists them.
 */
function stepList(locale: string, steps: readonly string[]): string {
  const language = languageFor(locale);
  const messages = copy.messages();
  const program = messages[language]?.item ?? messages.en?.item;
  if (program === undefined) throw new Error('kyc.reminder has no item line');
  const names = steps.map((step) => run(program, { itemStep: step }, PLURAL_RULES[language], locale).trim());
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

export const format: Format<KycReminderData, KycReminderArgs> = (data, { locale, brand }) => ({
  args: { steps: stepList(locale, data.missing), last: data.reminder === data.reminders ? 'yes' : 'no' },
  items: data.missing.map((step) => ({ itemStep: step })),
  links: { cta: pageLink(data.url, brand, '/onboarding/verify') },
});
