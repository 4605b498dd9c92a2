// fraud.escalation (security): the fraud alert's deadline passed without an answer; asked once more, on
// another channel, before the bank's default applies (shared/domain/journeys/fraud-reply.ts).
// The fraud reply loop (shared/domain/journeys/fraud-reply.ts). The escalation goes once, on the first
// channel that reaches the customer in an order that starts where the alert's does not (the alert's
// first channel is sms): the next channel.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'fraud.escalation',
  category: 'security',
  urgency: 'immediate',
  channels: ['push', 'email', 'sms'],
  delivery: 'first',
  render: 'render-security',
};
