import type { LifecycleMilestoneReached } from '../contract/events/lifecycle-milestone-reached.ts';
import { executionInput, executionName } from '../domain/journeys/journey.ts';
import { REQUEST_PHASE, SURVEY, surveyItem, surveyRequested } from '../domain/journeys/surveys.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { JourneyExecutions, JourneyStore } from '../ports/journeys.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';

export interface SurveyEventDeps extends CustomerGateDeps {
  journeys: JourneyStore;
  executions: JourneyExecutions;
  profiles: ProfileReader;
}

export type SurveyOutcome = 'started' | 'already_started' | 'already_requested' | 'rejected';

/**
 * Lifecycle.MilestoneReached → the milestone's survey, once per customer and milestone:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the survey is created with a conditional put keyed by customer and milestone: the same milestone
 *    again, redelivered or sent anew with another eventId, finds it;
 * 3. unless its request has gone already, the execution is started by its deterministic name: while it
 *    waits, starting it again is that execution; the request step claims itself before it sends, so a
 *    milestone repeated after the execution ended (and Step Functions forgot its name, 90 days on) starts
 *    nothing.
 */
export async function startSurvey(
  event: BusEvent,
  detail: LifecycleMilestoneReached,
  deps: SurveyEventDeps,
): Promise<SurveyOutcome> {
  if (!(await admitKnownCustomer(event, detail, deps))) return 'rejected';
  const { created, item } = await deps.journeys.create(surveyItem(detail));
  if (surveyRequested(item)) return 'already_requested';
  const ref = { journey: SURVEY, customerId: item.customerId, key: item.key };
  // The same input every time: Step Functions answers a repeated start with the running execution.
  await deps.executions.start(
    SURVEY,
    executionName(ref, REQUEST_PHASE),
    executionInput(ref, REQUEST_PHASE, item.startEventId),
  );
  return created ? 'started' : 'already_started';
}
