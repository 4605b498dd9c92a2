// onboarding.general (marketing): the onboarding lessons for every other customer: the app's basics, then savings goals. Sent after Kyc.Completed on the
// configured days (1 and 4 by default), only with marketing consent; the e-mail has an unsubscribe link.
// The onboarding lessons teach the bank's own product, which promotes it: marketing (opt-in, daily cap).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'onboarding.general',
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'push'],
  delivery: 'first',
  render: 'render',
};
