// kyc.reminder: the customer signed up but has not completed identity verification. Sent on the configured
// days after Customer.SignedUp (1, 3 and 7 by default), naming exactly the steps still missing; never once
// every step is in or Kyc.Completed arrived.
// The KYC journey: the customer's own application, so transactional; e-mail first, where the list of
// missing steps is clearest.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'kyc.reminder',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'push', 'whatsapp', 'sms'],
  delivery: 'first',
  render: 'render',
};
