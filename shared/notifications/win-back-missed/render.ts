// win_back.missed (marketing): no activity for the configured days; the first message of the sequence says
// what the customer missed, the last one says it is the last.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { WinBackMissedArgs } from './compiled.ts';
import type { WinBackMissedData } from './data.ts';

/** `first`, `last` (of two or more) or `middle`: where in the sequence a message is. */
export function sequenceStep(message: string, messages: string): 'first' | 'middle' | 'last' {
  if (message === '1') return 'first';
  return message === messages ? 'last' : 'middle';
}

export const format: Format<WinBackMissedData, WinBackMissedArgs> = (data, { brand }) => ({
  args: { step: sequenceStep(data.message, data.messages) },
  links: { cta: pageLink(data.url, brand, '/app') },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
