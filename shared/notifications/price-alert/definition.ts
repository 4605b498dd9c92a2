// price.alert: a market price crossed the level of one or more price alerts the customer set. Each alert is
// sent once and then switched off.
// The customer set the alert (PriceAlert.Set): transactional, on the first channel that reaches them. It
// keeps the customer's quiet hours: a level crossed at night is still news in the morning.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'price.alert',
  category: 'transactional',
  urgency: 'normal',
  channels: ['push', 'email', 'sms'],
  delivery: 'first',
  render: 'render',
};
