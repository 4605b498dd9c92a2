// Links of the KYC, onboarding and payment-due journeys' messages: a page on the bank's site unless the data
// gives one; marketing types add the one-click unsubscribe link.
import type { RenderOptions } from './render.ts';

/** The data's link, or the page `path` on the brand's site; none without either. */
export const journeyLink = (options: RenderOptions<{ url?: string }>, path: string): string | undefined =>
  options.data.url ?? (options.brand.url ? `${options.brand.url.replace(/\/+$/, '')}${path}` : undefined);

/** A marketing type's unsubscribe link: the data's, or the brand's marketing preferences page. */
export const journeyUnsubscribe = (
  options: RenderOptions<{ unsubscribeUrl?: string }>,
): { unsubscribeUrl?: string } => {
  const url =
    options.data.unsubscribeUrl ??
    (options.brand.url ? `${options.brand.url.replace(/\/+$/, '')}/preferences/marketing` : undefined);
  return url ? { unsubscribeUrl: url } : {};
};
