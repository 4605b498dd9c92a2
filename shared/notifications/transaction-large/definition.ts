// transaction.large: a transaction at or above the amount the customer asked to hear about.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'transaction.large',
  category: 'transactional',
  urgency: 'normal',
  channels: ['push', 'sms', 'email', 'whatsapp'],
  delivery: 'first',
  render: 'render',
};
