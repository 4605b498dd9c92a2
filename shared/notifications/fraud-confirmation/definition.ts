// fraud.confirmation (security): the card of a fraud case is being put on hold, because the customer said
// the payments were not theirs ({noAnswer} `no`) or did not answer by the deadline ({noAnswer} `yes`, with
// the bank's default `hold`). Arguments (render.ts): {card} last four
// digits; {noAnswer} `yes` / `no`.
// The fraud reply loop: the outcome messages go on the first channel that reaches.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'fraud.confirmation',
  category: 'security',
  urgency: 'immediate',
  channels: ['sms', 'push', 'email'],
  delivery: 'first',
  render: 'render-security',
};
