// fraud.alert (security): the bank suspects fraud on a card; the customer answers YES (it was me) or NO.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'fraud.alert',
  category: 'security',
  urgency: 'immediate',
  channels: ['sms', 'push', 'whatsapp', 'email'],
  delivery: 'every',
  render: 'render-security',
};
