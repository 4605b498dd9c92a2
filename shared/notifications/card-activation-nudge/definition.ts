// card_activation.nudge (marketing): the card was activated but not used within the spend window (30 days
// by default). Sent only with marketing consent; never once the card has been used. Every SMS says how to
// opt out (STOP).
// The card activation journey: after activation, marketing (opt-in, daily cap).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'card_activation.nudge',
  category: 'marketing',
  urgency: 'normal',
  channels: ['push', 'email', 'sms'],
  delivery: 'first',
  render: 'render',
};
