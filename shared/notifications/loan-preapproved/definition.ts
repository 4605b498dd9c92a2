// loan.preapproved (marketing): the customer is pre-approved for a loan offer. Sent only before the offer
// expires and only with marketing consent; every e-mail has an unsubscribe link and List-Unsubscribe
// headers, every SMS says how to opt out (STOP).
// B's subject and call to action are in copy.ts (`variants`); A is the base copy.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'loan.preapproved',
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'push', 'sms'],
  delivery: 'first',
  render: 'render',
  experiment: { id: 'loan-preapproved-2026-11', variants: ['A', 'B'] },
};
