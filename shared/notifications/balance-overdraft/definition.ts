// balance.overdraft: the balance went below zero.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'balance.overdraft',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'sms', 'push', 'whatsapp'],
  delivery: 'every',
  render: 'render',
};
