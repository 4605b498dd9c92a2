// Links of messages whose calls to action are pages on the bank's site: the data's link when a trigger gives
// one, else a page under the brand's link; marketing types add the one-click unsubscribe link.
import type { Brand } from './copy.ts';

/** The data's link, or the page `path` on the brand's site; none without either. */
export const pageLink = (url: string | undefined, brand: Brand, path: string): string | undefined =>
  url ?? (brand.url ? `${brand.url.replace(/\/+$/, '')}${path}` : undefined);

/** A marketing type's unsubscribe link: the data's, or the brand's marketing preferences page. */
export const unsubscribeLink = (url: string | undefined, brand: Brand): { unsubscribeUrl?: string } => {
  const unsubscribeUrl = pageLink(url, brand, '/preferences/marketing');
  return unsubscribeUrl ? { unsubscribeUrl } : {};
};

/** A number of days in the customer's locale. */
export const dayCount = (locale: string, value: string): string =>
  new Intl.NumberFormat(locale).format(Number(value));
