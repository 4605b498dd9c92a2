// win_back.missed (marketing): no activity for the configured days; the first message of the sequence says
// what the customer missed, the last one says it is the last.
import type { Channel } from '../profile.ts';
import { winBackMissedCopy } from './compiled/win-back-missed.ts';
import type { WinBackMissedData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

/** The brand's page `path`, or none without a brand link. */
const brandPage = (options: RenderOptions<unknown>, path: string): string | undefined =>
  options.brand.url ? `${options.brand.url.replace(/\/+$/, '')}${path}` : undefined;

/** The marketing unsubscribe link: the data's, or the brand's marketing preferences page. */
const marketingUnsubscribe = (
  options: RenderOptions<{ unsubscribeUrl?: string }>,
): { unsubscribeUrl?: string } => {
  const url = options.data.unsubscribeUrl ?? brandPage(options, '/preferences/marketing');
  return url ? { unsubscribeUrl: url } : {};
};

/** `first`, `last` (of two or more) or `middle`: where in the sequence a message is. */
export function sequenceStep(message: string, messages: string): 'first' | 'middle' | 'last' {
  if (message === '1') return 'first';
  return message === messages ? 'last' : 'middle';
}

export function renderWinBackMissed(
  channel: Channel,
  options: RenderOptions<WinBackMissedData>,
): RenderedMessage {
  const { data } = options;
  return render(
    winBackMissedCopy,
    channel,
    options,
    { step: sequenceStep(data.message, data.messages) },
    { links: { cta: data.url ?? brandPage(options, '/app') }, ...marketingUnsubscribe(options) },
  );
}
