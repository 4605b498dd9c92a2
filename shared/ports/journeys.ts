// Journey state and the Step Functions executions that run journeys.
import type { JourneyExecutionInput, JourneyItem, JourneyRef } from '../domain/journeys/journey.ts';

/** Customers' journeys (shared/domain/journeys/journey.ts), one item each under the customer. */
export interface JourneyStore {
  /** Stores a new journey unless one exists for the same journey, customer and key; returns the stored one. */
  create(item: JourneyItem): Promise<{ created: boolean; item: JourneyItem }>;
  get(ref: JourneyRef): Promise<JourneyItem | undefined>;
  /**
   * Records a goal event, moving the status `from` → `to` atomically: 'already' when this goal was recorded
   * before, 'other_status' when the journey is in another status, 'not_found' without a journey.
   */
  reachGoal(
    ref: JourneyRef,
    goal: { name: string; from: string; to: string; at: string; eventId: string },
  ): Promise<'reached' | 'already' | 'other_status' | 'not_found'>;
  /** Claims a step while the journey is still in `requires`; false once it is not (a goal was recorded). */
  claimStep(ref: JourneyRef, step: string, requires: string, at: Date): Promise<boolean>;
  /** The customer's journeys of one kind whose attribute `name` is `value` (e.g. a card's last four digits). */
  findByAttribute(customerId: string, journey: string, name: string, value: string): Promise<JourneyItem[]>;
  /** Every journey of the customer, of every kind. */
  listForCustomer(customerId: string): Promise<JourneyItem[]>;
  /** Deletes a journey (erasure, once its executions are stopped). */
  delete(ref: JourneyRef): Promise<void>;
}

/** The executions of the journeys' state machines (Step Functions Standard). */
export interface JourneyExecutions {
  /** Starts an execution by name; starting a running one with the same input again starts nothing new. */
  start(journey: string, name: string, input: JourneyExecutionInput): Promise<'started' | 'exists'>;
  /** Stops an execution; one that has ended or never started is left as it is. */
  stop(journey: string, name: string, cause: string): Promise<void>;
}

/**
 * The win-back journey's own writes (shared/domain/journeys/win-back.ts), each one conditional update of
 * the customer's win-back journey item.
 */
export interface WinBackStore {
  /**
   * Records a newer activity on a journey that is watching with a watch armed at or after `rotateBefore`;
   * otherwise records nothing and answers with the stored journey (undefined when there is none).
   */
  recordActivity(
    ref: JourneyRef,
    activity: { at: string; eventId: string },
    rotateBefore: string,
  ): Promise<{ recorded: true } | { recorded: false; item: JourneyItem | undefined }>;
  /**
   * Arms watch `watch` (watching again, the activity recorded, the goal `returned` when `returned`), if the
   * journey is still in the status and watch `seen`; false when it has changed meanwhile.
   */
  rearm(
    ref: JourneyRef,
    seen: { status: string; watch: string },
    next: { watch: string; at: string; eventId: string; returned: boolean },
  ): Promise<boolean>;
  /** watching → lapsed, if no activity was recorded after `lastActiveAt`; false otherwise. */
  lapse(ref: JourneyRef, lastActiveAt: string, at: Date): Promise<boolean>;
}
