// card_activation.offers (marketing): the card is active; new-cardholder offers and the app.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { CardActivationOffersArgs } from './compiled.ts';
import type { CardActivationOffersData } from './data.ts';

export const format: Format<CardActivationOffersData, CardActivationOffersArgs> = (data, { brand }) => ({
  args: { card: data.cardLast4 },
  links: { cta: pageLink(data.url, brand, '/app') },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
