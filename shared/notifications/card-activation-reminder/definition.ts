// card_activation.reminder: the card is not activated yet. Sent on the configured days after Card.Issued
// (2, 5 and 10 by default) on every channel the customer can be reached on, never once the card is active.
// The card activation journey: the reminders go on every channel the customer can be reached on.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'card_activation.reminder',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'sms', 'push'],
  delivery: 'every',
  render: 'render',
};
