// card_activation.offers (marketing): the card is active; new-cardholder offers and the app.
import type { Channel } from '../profile.ts';
import { cardLink, cardUnsubscribe } from './card-activation-links.ts';
import { cardActivationOffersCopy } from './compiled/card-activation-offers.ts';
import type { CardActivationData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderCardActivationOffers(
  channel: Channel,
  options: RenderOptions<CardActivationData>,
): RenderedMessage {
  return render(
    cardActivationOffersCopy,
    channel,
    options,
    { card: options.data.cardLast4 },
    { links: { cta: cardLink(options, '/app') }, ...cardUnsubscribe(options) },
  );
}
