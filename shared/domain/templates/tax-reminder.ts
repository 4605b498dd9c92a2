// tax.reminder: the tax-date reminder the customer set for a holding, on its date.
import type { Channel } from '../profile.ts';
import { taxReminderCopy } from './compiled/tax-reminder.ts';
import type { TaxReminderData } from './data.ts';
import { date, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderTaxReminder(
  channel: Channel,
  options: RenderOptions<TaxReminderData>,
): RenderedMessage {
  const { data, locale, timeZone } = options;
  return render(
    taxReminderCopy,
    channel,
    options,
    {
      symbol: data.symbol,
      // A calendar date: shown as it is, whatever the time zone.
      date: date(locale, timeZone, data.date),
      hasNote: data.note ? 'yes' : 'no',
      note: data.note ?? '',
    },
    { links: { cta: options.brand.url } },
  );
}
