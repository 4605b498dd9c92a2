// card_activation.incentive (marketing): spend a set amount within a set number of days and the card's
// first-year fee is waived. Sent after the nudge while the card is still unused, only with marketing consent.
// The card activation journey: after activation, marketing (opt-in, daily cap).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'card_activation.incentive',
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'push'],
  delivery: 'first',
  render: 'render',
};
