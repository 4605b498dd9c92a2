// card_activation.offers (marketing): the card is active; offers for new cardholders and the app. Sent once
// on Card.Activated, only with marketing consent; the e-mail has an unsubscribe link.
// The card activation journey: after activation, marketing (opt-in, daily cap).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'card_activation.offers',
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'push'],
  delivery: 'first',
  render: 'render',
};
