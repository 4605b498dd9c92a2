// win_back.missed (marketing): the customer has not been active for the configured days (30 by default).
// The win-back journey (no Customer.Active for N days): marketing, the app's push first (one tap back in).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'win_back.missed',
  category: 'marketing',
  urgency: 'normal',
  channels: ['push', 'email'],
  delivery: 'first',
  render: 'render',
};
