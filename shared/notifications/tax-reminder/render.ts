// tax.reminder: the tax-date reminder the customer set for a holding, on its date.
import type { Format } from '../../domain/templates/copy.ts';
import { date } from '../../domain/templates/render.ts';
import type { TaxReminderArgs } from './compiled.ts';
import type { TaxReminderData } from './data.ts';

export const format: Format<TaxReminderData, TaxReminderArgs> = (data, { locale, timeZone, brand }) => ({
  args: {
    symbol: data.symbol,
    // A calendar date: shown as it is, whatever the time zone.
    date: date(locale, timeZone, data.date),
    hasNote: data.note ? 'yes' : 'no',
    note: data.note ?? '',
  },
  links: { cta: brand.url },
});
