// payment.confirmation: a payment the customer made has been completed.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'payment.confirmation',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'push', 'whatsapp', 'sms'],
  delivery: 'first',
  render: 'render',
};
