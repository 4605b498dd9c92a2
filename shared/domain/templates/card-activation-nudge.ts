// card_activation.nudge (marketing): activated but not used within the spend window.
import type { Channel } from '../profile.ts';
import { cardLink, cardUnsubscribe, dayCount } from './card-activation-links.ts';
import { cardActivationNudgeCopy } from './compiled/card-activation-nudge.ts';
import type { CardActivationNudgeData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderCardActivationNudge(
  channel: Channel,
  options: RenderOptions<CardActivationNudgeData>,
): RenderedMessage {
  const { data, locale } = options;
  return render(
    cardActivationNudgeCopy,
    channel,
    options,
    { card: data.cardLast4, days: dayCount(locale, data.spendWindowDays) },
    { links: { cta: cardLink(options, '/cards/wallet') }, ...cardUnsubscribe(options) },
  );
}
