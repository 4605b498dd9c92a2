import { executionInput, type JourneyStepInput, type JourneyStepResult } from '../domain/journeys/journey.ts';
import {
  type Activity,
  checkWatch,
  decideActivity,
  LAPSE_PHASE,
  rotateBefore,
  WIN_BACK,
  watchExecutionName,
  winBackItem,
  winBackRef,
} from '../domain/journeys/win-back.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { JourneyExecutions, JourneyStore, WinBackStore } from '../ports/journeys.ts';
import type { BusEvent } from './accept-event.ts';
import { attributeConversion, type ConversionDeps } from './attribute-conversion.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';

export interface WinBackEventDeps extends CustomerGateDeps {
  journeys: JourneyStore;
  winBack: WinBackStore;
  executions: JourneyExecutions;
  profiles: ProfileReader;
}

/** What a Customer.Active did, for the journeys function's operational log. */
export type ActivityOutcome =
  | 'activity_recorded'
  | 'activity_already_recorded'
  | 'started'
  | 'restarted'
  | 'returned'
  | 'rotated'
  | 'rejected';

/**
 * Customer.Active, as the win-back function takes it: the activity recorded (`recordCustomerActive`); a
 * customer back after a lapse credits the win-back message before it (`attributeConversion`). A plain
 * activity is no conversion, and not reading the ledger for it keeps the common path at one write.
 */
export async function takeCustomerActive(
  event: BusEvent,
  detail: Activity,
  deps: WinBackEventDeps & ConversionDeps,
): Promise<string> {
  const outcome = await recordCustomerActive(event, detail, deps);
  if (outcome !== 'returned' && outcome !== 'restarted') return outcome;
  const credited = await attributeConversion({ ...detail, detailType: event['detail-type'] }, deps);
  return `${outcome}, ${credited} message(s) credited`;
}

/** Concurrent activities of one customer that keep changing the journey fail the invocation (retried). */
const ATTEMPTS = 3;

/**
 * Customer.Active → the customer's win-back journey:
 * 1. the common case, a newer activity while the watch is recent, is one conditional update (no read);
 * 2. otherwise, from the stored journey (returned by that update's failed condition):
 *    - none yet: an unknown customer is rejected; the journey is created (conditional put) and its first
 *      watch starts;
 *    - the event that armed the current watch, redelivered: its execution is started again (by name, so a
 *      crash after the write and before the start is repaired, and nothing new starts otherwise);
 *    - not newer than the activity recorded (a duplicate, or late): nothing;
 *    - lapsed (the customer is back: the goal `returned`) or a watch due for rotation: a new watch is armed
 *      with a conditional update on the watch seen, the previous watch's execution is stopped (its next
 *      message would exit anyway) and the new one started.
 */
export async function recordCustomerActive(
  event: BusEvent,
  detail: Activity,
  deps: WinBackEventDeps,
): Promise<ActivityOutcome> {
  // One form for every stored instant, so that they compare as strings in conditions.
  const activity: Activity = { ...detail, occurredAt: new Date(detail.occurredAt).toISOString() };
  const ref = winBackRef(detail.customerId);
  // Every watch this activity starts is the one it armed (`armedBy`): its lapse's messages carry its eventId.
  const start = (watch: string) =>
    deps.executions.start(
      WIN_BACK,
      watchExecutionName(ref, watch),
      executionInput(ref, LAPSE_PHASE, activity.eventId),
    );
  /** Stops the watch before `watch`: a watch replaced by a new one ends at once. */
  const stopBefore = (watch: string) =>
    Number(watch) > 1
      ? deps.executions.stop(WIN_BACK, watchExecutionName(ref, String(Number(watch) - 1)), 'Customer.Active')
      : Promise.resolve();
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const fast = await deps.winBack.recordActivity(
      ref,
      { at: activity.occurredAt, eventId: activity.eventId },
      rotateBefore(activity.occurredAt),
    );
    if (fast.recorded) return 'activity_recorded';
    const item = fast.item ?? (await deps.journeys.get(ref));
    const decision = decideActivity(item, activity);
    switch (decision.action) {
      case 'create': {
        if (!(await admitKnownCustomer(event, detail, deps))) return 'rejected';
        if (!(await deps.journeys.create(winBackItem(activity))).created) continue;
        await start('1');
        return 'started';
      }
      case 'restart': {
        const watch = item?.attributes.watch ?? '1';
        await stopBefore(watch);
        await start(watch);
        return 'restarted';
      }
      case 'stale':
        return 'activity_already_recorded';
      case 'rearm': {
        const seen = { status: item?.status ?? '', watch: item?.attributes.watch ?? '1' };
        const watch = String(Number(seen.watch) + 1);
        const returned = decision.reason === 'returned';
        if (
          !(await deps.winBack.rearm(ref, seen, {
            watch,
            at: activity.occurredAt,
            eventId: activity.eventId,
            returned,
          }))
        )
          continue;
        await stopBefore(watch);
        await start(watch);
        return returned ? 'returned' : 'rotated';
      }
      case 'record':
        // The fast path lost a race with another write: try again.
        continue;
    }
  }
  throw new Error(`Customer.Active: the win-back journey changed ${ATTEMPTS} times while recording it`);
}

export interface WinBackCheckDeps {
  journeys: JourneyStore;
  winBack: WinBackStore;
  now: () => Date;
}

/**
 * The watch's check step (the Task of win-back's `check`):
 * 1. no journey (the customer was erased): `exit`;
 * 2. an activity within `inactiveDays`: `wait` until `inactiveDays` after it (the state machine waits and
 *    runs the check again);
 * 3. none: the journey moves to `lapsed` with a conditional update that requires the activity seen to be
 *    still the latest, and the execution goes on to the messages. An activity recorded meanwhile wins:
 *    the check reads again and waits;
 * 4. lapsed already (the check retried after its write): the messages go on; each is claimed once.
 */
export async function runWinBackCheck(
  input: JourneyStepInput,
  deps: WinBackCheckDeps,
): Promise<JourneyStepResult> {
  const ref = { journey: input.journey, customerId: input.customerId, key: input.key };
  const inactiveDays = Number(input.params?.inactiveDays);
  if (!(inactiveDays > 0)) throw new Error(`win-back check without params.inactiveDays (${input.step})`);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const now = deps.now();
    const decision = checkWatch(await deps.journeys.get(ref), now, inactiveDays);
    switch (decision.action) {
      case 'exit':
        return { outcome: 'exit', reason: decision.reason };
      case 'wait':
        return { outcome: 'wait', until: decision.until };
      case 'continue':
        return { outcome: 'continue' };
      case 'lapse':
        if (await deps.winBack.lapse(ref, decision.lastActiveAt, now)) return { outcome: 'continue' };
    }
  }
  throw new Error(`win-back check: the journey changed ${ATTEMPTS} times while checking it`);
}
