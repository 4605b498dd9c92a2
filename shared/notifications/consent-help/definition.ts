// consent.help (security): the answer to a customer who texted HELP (or its equivalent in their language,
// shared/domain/sms-keywords.ts) from the phone number Herald has for them. SMS only: the answer goes back
// on the channel the customer wrote on, and WhatsApp would need an approved template for a message Meta
// does not let a bank send on its own (docs/design.md "HELP").
//
// Category `security`, so that it is answered even after STOP: Herald's `security` is the category that
// needs no consent and waits for no quiet hours. The answer is a one-off reply to a request the customer
// just made, about how to stop or restart texts and where to get help; it is neither marketing nor an
// account notice one can turn off, and carriers require HELP to be answered whatever the sender's opt-in
// state (docs/design.md "HELP" names the rules). End User Messaging's opt-out list still has the last word:
// a number opted out there is refused, and the answer is `suppressed` with reason `opted_out`.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'consent.help',
  category: 'security',
  urgency: 'immediate',
  channels: ['sms'],
  delivery: 'first',
  render: 'render',
};
