// card_activation.incentive (marketing): spend an amount within some days, first-year fee waived.
import type { Format } from '../../domain/templates/copy.ts';
import { dayCount, pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import { money } from '../../domain/templates/render.ts';
import type { CardActivationIncentiveArgs } from './compiled.ts';
import type { CardActivationIncentiveData } from './data.ts';

export const format: Format<CardActivationIncentiveData, CardActivationIncentiveArgs> = (
  data,
  { locale, brand },
) => ({
  args: {
    card: data.cardLast4,
    amount: money(locale, data.spendAmount, data.currency),
    days: dayCount(locale, data.spendWithinDays),
  },
  links: { cta: pageLink(data.url, brand, '/offers/card-fee-waiver') },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
