// tax.reminder: the tax-date reminder the customer set for a holding, sent on its date. The customer's note
// goes in the e-mail and the push body (cut to fit), never in the SMS, which stays one short line.
// The customer asked for it (TaxReminder.Set): transactional, on the first channel that reaches them.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'tax.reminder',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'push', 'sms'],
  delivery: 'first',
  render: 'render',
};
