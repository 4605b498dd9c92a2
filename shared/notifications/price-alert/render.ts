// price.alert: a market price crossed the level of one or more price alerts the customer set.
import type { Format } from '../../domain/templates/copy.ts';
import { dateTime, money, place } from '../../domain/templates/render.ts';
import type { PriceAlertArgs } from './compiled.ts';
import type { PriceAlertData } from './data.ts';

export const format: Format<PriceAlertData, PriceAlertArgs> = (data, { locale, timeZone, brand }) => ({
  args: {
    symbol: data.symbol,
    price: money(locale, data.price, data.currency),
    direction: data.direction,
    // Several levels crossed by one tick: listed with the language's comma, in the order crossed.
    target: place(
      locale,
      data.alertPrices.map((level) => money(locale, level, data.currency)),
    ),
    several: data.alertPrices.length > 1 ? 'yes' : 'no',
    when: dateTime(locale, timeZone, data.occurredAt),
  },
  links: { cta: brand.url },
});
