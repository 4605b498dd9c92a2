// card_activation.welcome: the card is on its way; how to activate it (Card.Issued, at once).
import type { Channel } from '../profile.ts';
import { cardLink } from './card-activation-links.ts';
import { cardActivationWelcomeCopy } from './compiled/card-activation-welcome.ts';
import type { CardActivationData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderCardActivationWelcome(
  channel: Channel,
  options: RenderOptions<CardActivationData>,
): RenderedMessage {
  const { data } = options;
  return render(
    cardActivationWelcomeCopy,
    channel,
    options,
    { card: data.cardLast4, hasProduct: data.product ? 'yes' : 'no', product: data.product ?? '' },
    { links: { cta: cardLink(options, '/cards/activate') } },
  );
}
