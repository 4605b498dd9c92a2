// card_activation.nudge (marketing): activated but not used within the spend window.
import type { Format } from '../../domain/templates/copy.ts';
import { dayCount, pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { CardActivationNudgeArgs } from './compiled.ts';
import type { CardActivationNudgeData } from './data.ts';

export const format: Format<CardActivationNudgeData, CardActivationNudgeArgs> = (
  data,
  { locale, brand },
) => ({
  args: { card: data.cardLast4, days: dayCount(locale, data.spendWindowDays) },
  links: { cta: pageLink(data.url, brand, '/cards/wallet') },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
