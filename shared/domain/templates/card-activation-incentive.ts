// card_activation.incentive (marketing): spend an amount within some days, first-year fee waived.
import type { Channel } from '../profile.ts';
import { cardLink, cardUnsubscribe, dayCount } from './card-activation-links.ts';
import { cardActivationIncentiveCopy } from './compiled/card-activation-incentive.ts';
import type { CardActivationIncentiveData } from './data.ts';
import { money, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderCardActivationIncentive(
  channel: Channel,
  options: RenderOptions<CardActivationIncentiveData>,
): RenderedMessage {
  const { data, locale } = options;
  return render(
    cardActivationIncentiveCopy,
    channel,
    options,
    {
      card: data.cardLast4,
      amount: money(locale, data.spendAmount, data.currency),
      days: dayCount(locale, data.spendWithinDays),
    },
    { links: { cta: cardLink(options, '/offers/card-fee-waiver') }, ...cardUnsubscribe(options) },
  );
}
