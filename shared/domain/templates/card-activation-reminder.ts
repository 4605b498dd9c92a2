// card_activation.reminder: the card is not activated yet; the last reminder says so.
import type { Channel } from '../profile.ts';
import { cardLink } from './card-activation-links.ts';
import { cardActivationReminderCopy } from './compiled/card-activation-reminder.ts';
import type { CardActivationReminderData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderCardActivationReminder(
  channel: Channel,
  options: RenderOptions<CardActivationReminderData>,
): RenderedMessage {
  const { data } = options;
  return render(
    cardActivationReminderCopy,
    channel,
    options,
    { card: data.cardLast4, last: data.reminder === data.reminders ? 'yes' : 'no' },
    { links: { cta: cardLink(options, '/cards/activate') } },
  );
}
