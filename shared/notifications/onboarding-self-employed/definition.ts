// onboarding.self_employed (marketing): the onboarding lessons for self-employed customers: expense tracking, then invoices. Sent after Kyc.Completed on the
// configured days (1 and 4 by default), only with marketing consent; the e-mail has an unsubscribe link.
// The onboarding lessons teach the bank's own product, which promotes it: marketing (opt-in, daily cap).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'onboarding.self_employed',
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'push'],
  delivery: 'first',
  render: 'render',
};
