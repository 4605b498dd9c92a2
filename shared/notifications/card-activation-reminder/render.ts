// card_activation.reminder: the card is not activated yet; the last reminder says so.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink } from '../../domain/templates/links.ts';
import type { CardActivationReminderArgs } from './compiled.ts';
import type { CardActivationReminderData } from './data.ts';

export const format: Format<CardActivationReminderData, CardActivationReminderArgs> = (data, { brand }) => ({
  args: { card: data.cardLast4, last: data.reminder === data.reminders ? 'yes' : 'no' },
  links: { cta: pageLink(data.url, brand, '/cards/activate') },
});
