// payment_due.reminder: a bill falls due (Payment.Due). Sent some days before the due date (3 by default) and
// on it, at the local morning time, unless the bill is paid or on autopay; every channel invites the
// customer to set up autopay.
// Payment due: about a bill the customer owes, so transactional; the first channel that reaches them.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'payment_due.reminder',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'push', 'whatsapp', 'sms'],
  delivery: 'first',
  render: 'render',
};
