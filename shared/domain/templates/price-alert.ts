// price.alert: a market price crossed the level of one or more price alerts the customer set.
import type { Channel } from '../profile.ts';
import { priceAlertCopy } from './compiled/price-alert.ts';
import type { PriceAlertData } from './data.ts';
import { dateTime, money, place, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderPriceAlert(channel: Channel, options: RenderOptions<PriceAlertData>): RenderedMessage {
  const { data, locale, timeZone } = options;
  if (data.alertPrices.length === 0) throw new RangeError('price.alert needs at least one alert price');
  return render(
    priceAlertCopy,
    channel,
    options,
    {
      symbol: data.symbol,
      price: money(locale, data.price, data.currency),
      direction: data.direction === 'below' ? 'below' : 'above',
      // Several levels crossed by one tick: listed with the language's comma, in the order crossed.
      target: place(
        locale,
        data.alertPrices.map((level) => money(locale, level, data.currency)),
      ),
      several: data.alertPrices.length > 1 ? 'yes' : 'no',
      when: dateTime(locale, timeZone, data.occurredAt),
    },
    { links: { cta: options.brand.url } },
  );
}

/** The planned message's data (JSON from the trigger) as `price.alert` reads it. */
export function priceAlertData(data: Record<string, unknown>): PriceAlertData {
  const text = (field: string): string => {
    const value = data[field];
    if (typeof value !== 'string') throw new TypeError(`planned message data lacks ${field}`);
    return value;
  };
  const levels = data.alertPrices;
  if (!Array.isArray(levels) || !levels.every((l): l is string => typeof l === 'string')) {
    throw new TypeError('planned message data lacks alertPrices');
  }
  return {
    symbol: text('symbol'),
    price: text('price'),
    currency: text('currency'),
    direction: text('direction') === 'below' ? 'below' : 'above',
    alertPrices: levels,
    occurredAt: text('occurredAt'),
  };
}
