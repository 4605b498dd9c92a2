// fraud.thanks (security): the customer said the payments were theirs; the card stays active.
import type { Channel } from '../profile.ts';
import { fraudThanksCopy } from './compiled/fraud-thanks.ts';
import type { FraudThanksData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderFraudThanks(
  channel: Channel,
  options: RenderOptions<FraudThanksData>,
): RenderedMessage {
  return render(fraudThanksCopy, channel, options, { card: options.data.cardLast4 });
}
