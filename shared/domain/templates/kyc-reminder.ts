// kyc.reminder: identity verification is not finished; the reminder names exactly the steps still missing.
import type { Channel } from '../profile.ts';
import { PLURAL_RULES } from './compiled/common.ts';
import { kycReminderCopy } from './compiled/kyc-reminder.ts';
import type { KycReminderData } from './data.ts';
import { languageFor } from './identity.ts';
import { journeyLink } from './journey-links.ts';
import { run } from './program.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

/**
 * The missing steps as the copy's `item` line names them, in the customer's language (English where the
 * language has no `item`), joined as a list ("a selfie and a proof of address"): the SMS and the push name
 * the steps in a sentence, where the e-mail lists them.
 */
function stepList(locale: string, steps: readonly string[]): string {
  const language = languageFor(locale);
  const messages = kycReminderCopy.messages();
  const program = messages[language]?.item ?? messages.en?.item;
  if (program === undefined) throw new Error('kyc.reminder has no item line');
  const names = steps.map((step) => run(program, { itemStep: step }, PLURAL_RULES[language], locale).trim());
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

const STEPS = new Set(['selfie', 'id_document', 'proof_of_address']);

/** The data of a planned kyc.reminder (render queue JSON), checked: every missing step is a contract step. */
export function kycReminderData(data: Record<string, unknown>): KycReminderData {
  const missing = data.missing;
  if (!Array.isArray(missing) || missing.length === 0 || !missing.every((s) => STEPS.has(s)))
    throw new TypeError('planned message data lacks missing (the KYC steps still missing)');
  const text = (field: string) => {
    const value = data[field];
    if (typeof value !== 'string') throw new TypeError(`planned message data lacks ${field}`);
    return value;
  };
  return {
    missing: missing as KycReminderData['missing'],
    reminder: text('reminder'),
    reminders: text('reminders'),
  };
}

export function renderKycReminder(
  channel: Channel,
  options: RenderOptions<KycReminderData>,
): RenderedMessage {
  const { data, locale } = options;
  if (data.missing.length === 0) throw new RangeError('kyc.reminder needs at least one missing step');
  return render(
    kycReminderCopy,
    channel,
    options,
    { steps: stepList(locale, data.missing), last: data.reminder === data.reminders ? 'yes' : 'no' },
    {
      items: data.missing.map((step) => ({ itemStep: step })),
      links: { cta: journeyLink(options, '/onboarding/verify') },
    },
  );
}
