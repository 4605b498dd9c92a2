// fraud.thanks (security): the customer said the suspicious payments were theirs; the case is closed and
// the card stays as it is. Arguments (render.ts): {card} last four digits.
// The fraud reply loop: the outcome messages go on the first channel that reaches.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'fraud.thanks',
  category: 'security',
  urgency: 'immediate',
  channels: ['sms', 'push', 'email'],
  delivery: 'first',
  render: 'render-security',
};
