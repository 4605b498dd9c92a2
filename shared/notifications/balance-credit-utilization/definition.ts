// balance.credit_utilization: the customer has used at least the share of the credit limit they set.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'balance.credit_utilization',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'sms', 'push', 'whatsapp'],
  delivery: 'every',
  render: 'render',
};
