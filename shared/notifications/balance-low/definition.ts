// balance.low: Balance.Changed below the customer's `lowBalance` threshold.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'balance.low',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'sms', 'push', 'whatsapp'],
  delivery: 'every',
  render: 'render',
};
