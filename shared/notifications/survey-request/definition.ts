// survey.request (marketing): the customer reached a lifecycle milestone (Lifecycle.MilestoneReached); one
// request per milestone, a day after it by default. Sent only with marketing consent (see
// shared/domain/journeys/surveys.ts for why); e-mail first.
// Surveys (Lifecycle.MilestoneReached): marketing (shared/domain/journeys/surveys.ts says why); e-mail
// first, where a survey link is at home.
import type { NotificationDefinition } from '../definition.ts';

export const definition: NotificationDefinition = {
  type: 'survey.request',
  category: 'marketing',
  urgency: 'normal',
  channels: ['email', 'push'],
  delivery: 'first',
  render: 'render',
};
