// card_activation.welcome: the card is on its way; how to activate it. The first message of the card
// activation journey, sent at once on Card.Issued.
// The card activation journey (shared/domain/journeys/card-activation.ts). The welcome and the reminders
// are about a card the customer was sent: transactional; everything after activation is marketing.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'card_activation.welcome',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'push', 'sms'],
  delivery: 'first',
  render: 'render',
};
