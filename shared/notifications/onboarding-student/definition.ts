// onboarding.student (marketing): the onboarding lessons for students: a monthly budget, then round-ups into savings. Sent after Kyc.Completed on the
// configured days (1 and 4 by default), only with marketing consent; the e-mail has an unsubscribe link.
// The onboarding lessons teach the bank's own product, which promotes it: marketing (opt-in, daily cap).
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'onboarding.student',
  category: 'marketing',
  urgency: 'normal',
  channels: ['push', 'email'],
  delivery: 'first',
  render: 'render',
};
