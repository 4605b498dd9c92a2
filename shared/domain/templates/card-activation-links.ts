// Links of the card activation journey's messages: a page on the bank's site unless the data gives one;
// marketing types add the one-click unsubscribe link.
import type { CardActivationData } from './data.ts';
import type { RenderOptions } from './render.ts';

/** The data's link, or the page `path` on the brand's site; none without either. */
export const cardLink = (options: RenderOptions<CardActivationData>, path: string): string | undefined =>
  options.data.url ?? (options.brand.url ? `${options.brand.url.replace(/\/+$/, '')}${path}` : undefined);

/** The marketing types' unsubscribe link: the data's, or the brand's marketing preferences page. */
export const cardUnsubscribe = (options: RenderOptions<CardActivationData>): { unsubscribeUrl?: string } => {
  const url =
    options.data.unsubscribeUrl ??
    (options.brand.url ? `${options.brand.url.replace(/\/+$/, '')}/preferences/marketing` : undefined);
  return url ? { unsubscribeUrl: url } : {};
};

/** A number of days in the customer's locale. */
export const dayCount = (locale: string, value: string): string =>
  new Intl.NumberFormat(locale).format(Number(value));
