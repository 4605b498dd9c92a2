// Surveys (Lifecycle.MilestoneReached): one survey request per milestone and customer, a short delay after
// the milestone, under the marketing consent rules.
//
// A survey is a journey of one step rather than a plain trigger because of what a journey already gives:
// the delay is a Wait (a day is beyond what an SQS delay holds), the journey item created with a
// conditional put is the "once per milestone" record (a repeated milestone, even with a new eventId, finds
// it), the request goes through the same claim and notify as every journey step (exactly once per channel
// under retries), erasure deletes it with the customer's other journeys, and the funnel report counts it.
//
// Survey requests are marketing. They ask the customer for something the bank wants rather than tell them
// something they need to run the account, and privacy regulators treat e-mailed customer-satisfaction
// surveys as direct marketing as soon as they also serve the brand (the UK ICO's PECR guidance says most
// do); a bank cannot show that each one is pure research. So they go only with the customer's marketing
// opt-in on the channel, count towards the daily marketing cap, wait for quiet hours and carry an
// unsubscribe link. A bank that disagrees for one milestone changes the type's category in
// shared/notifications/<type>/definition.ts; nothing else depends on it.

import type { LifecycleMilestoneReached } from '../../contract/events/lifecycle-milestone-reached.ts';
import {
  type JourneyDefinition,
  type JourneyItem,
  type JourneyKind,
  type JourneyRef,
  stepType,
} from './journey.ts';

export const SURVEY = 'survey';
export const MILESTONES = ['onboarding_completed', 'first_90_days', 'account_closed'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Statuses: the request is pending until its step runs (the step claims it; nothing ends it earlier). */
export const SURVEY_PENDING = 'pending';
export const REQUEST_PHASE = 'request';
export const REQUEST_STEP = 'request';

export const SURVEY_TYPES = ['survey.request'] as const;

/** The deployment's timing (infra/config.ts `surveys`). */
export interface SurveySettings {
  /** Hours after the milestone the request goes (0–168): a customer answers about an experience once it has settled. */
  delayHours: number;
}

export const DEFAULT_SURVEYS: Readonly<SurveySettings> = { delayHours: 24 };

export function surveyJourney(settings: SurveySettings = DEFAULT_SURVEYS): JourneyDefinition {
  return {
    name: SURVEY,
    phases: [
      {
        name: REQUEST_PHASE,
        requires: SURVEY_PENDING,
        steps: [{ step: REQUEST_STEP, type: 'survey.request', waitSeconds: settings.delayHours * 3600 }],
      },
    ],
  };
}

/** Checks a deployment's settings; returns the problems, each naming the field. */
export function surveyProblems(settings: SurveySettings): string[] {
  const { delayHours } = settings;
  return Number.isInteger(delayHours) && delayHours >= 0 && delayHours <= 168
    ? []
    : ['delayHours: must be a whole number of hours from 0 to 168'];
}

/**
 * A customer's survey for a milestone. The key carries the customer too: the request's eventId
 * (`survey:<key>:request`) and its notification ids are then unique across customers.
 */
export const surveyRef = (customerId: string, milestone: string): JourneyRef => ({
  journey: SURVEY,
  customerId,
  key: `${customerId}:${milestone}`,
});

export function surveyItem(event: LifecycleMilestoneReached): JourneyItem {
  return {
    ...surveyRef(event.customerId, event.milestone),
    status: SURVEY_PENDING,
    startedAt: event.occurredAt,
    startEventId: event.eventId,
    attributes: { milestone: event.milestone },
    goals: {},
    steps: {},
  };
}

/** Whether a stored survey was already asked (its step claimed): a repeated milestone starts nothing. */
export const surveyRequested = (item: JourneyItem): boolean => Object.hasOwn(item.steps, REQUEST_STEP);

export const surveyKind: JourneyKind<(typeof SURVEY_TYPES)[number]> = {
  name: SURVEY,
  phases: { [REQUEST_PHASE]: SURVEY_PENDING },
  types: SURVEY_TYPES,
  message: (item, step) => ({
    type: stepType(SURVEY_TYPES, step),
    data: { milestone: item.attributes.milestone ?? '' },
  }),
};
