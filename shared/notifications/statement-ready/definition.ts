// statement.ready: a new statement is available. The SMS carries no figures (no period, no account digits,
// no amounts): it only says where to look.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'statement.ready',
  category: 'transactional',
  urgency: 'normal',
  channels: ['email', 'push', 'sms'],
  delivery: 'first',
  render: 'render',
};
