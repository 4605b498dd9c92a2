// card_activation.welcome: the card is on its way; how to activate it (Card.Issued, at once).
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink } from '../../domain/templates/links.ts';
import type { CardActivationWelcomeArgs } from './compiled.ts';
import type { CardActivationWelcomeData } from './data.ts';

export const format: Format<CardActivationWelcomeData, CardActivationWelcomeArgs> = (data, { brand }) => ({
  args: { card: data.cardLast4, hasProduct: data.product ? 'yes' : 'no', product: data.product ?? '' },
  links: { cta: pageLink(data.url, brand, '/cards/activate') },
});
