// The win-back journey: a customer with no Customer.Active for `inactiveDays` gets a short "what you missed"
// sequence (marketing), which stops the moment the customer is active again.
//
// Inactivity is found without scanning customers. Each customer has one win-back journey item holding the
// time of their latest activity (`lastActiveAt`) and one waiting execution, the watch: it waits
// `inactiveDays`, then its check step compares the clock with `lastActiveAt`. Activity since then → the
// check answers `wait` until `lastActiveAt + inactiveDays` and runs again then; none → the journey moves to
// `lapsed` and the same execution goes on to the messages. So a steadily active customer costs one
// DynamoDB write per Customer.Active and one check every `inactiveDays`, whatever the number of events.
//
// A watch is one generation (`attributes.watch`, 1, 2, …), one execution named after it (Step Functions
// keeps an execution name for 90 days after it ends, so a new watch needs a new name). A new generation is
// armed when the customer returns (Customer.Active while lapsed: the sequence stops, a new watch starts) and
// when the watch has run `WATCH_ROTATION_DAYS` (so no execution comes near Step Functions' one-year limit:
// an activity recorded on an older watch re-arms instead). The messages of each lapse are claimed and
// identified per generation (`missed-1@3`), so a second lapse months later sends its own sequence.

import type { CustomerActive } from '../../contract/events/customer-active.ts';
import {
  DAY_SECONDS,
  executionName,
  type JourneyDefinition,
  type JourneyItem,
  type JourneyKind,
  type JourneyRef,
  type JourneyStep,
  stepType,
} from './journey.ts';

export const WIN_BACK = 'win_back';

/** Statuses: active within `inactiveDays` (the watch waits); inactive that long (the messages go). */
export const WATCHING = 'watching';
export const LAPSED = 'lapsed';

/** The one phase: its check step runs while `watching`; its messages only while `lapsed`. */
export const LAPSE_PHASE = 'lapse';
export const CHECK_STEP = 'check';

export const WIN_BACK_TYPES = ['win_back.missed'] as const;

/** A watch older than this is replaced by a new one at the customer's next activity. */
export const WATCH_ROTATION_DAYS = 180;

/** The deployment's timings (infra/config.ts `winBack`). */
export interface WinBackSettings {
  /** Days without Customer.Active after which the customer counts as lapsed (1–90). */
  inactiveDays: number;
  /** Days after the lapse on which each message goes: ascending, the first may be 0 (1–5 of them, ≤ 60). */
  messageDays: number[];
}

export const DEFAULT_WIN_BACK: Readonly<WinBackSettings> = { inactiveDays: 30, messageDays: [0, 4, 9] };

/** The journey's one phase for the deployment's timings; the state machine is built from this. */
export function winBackJourney(settings: WinBackSettings = DEFAULT_WIN_BACK): JourneyDefinition {
  const messages = settings.messageDays.length;
  const params = { inactiveDays: String(settings.inactiveDays) };
  return {
    name: WIN_BACK,
    phases: [
      {
        name: LAPSE_PHASE,
        requires: LAPSED,
        steps: [
          {
            step: CHECK_STEP,
            // Not a message: the check decides whether the customer has lapsed (runWinBackCheck).
            type: 'win_back.check',
            waitSeconds: settings.inactiveDays * DAY_SECONDS,
            // Activity during the watch postpones the lapse, at most until the watch's rotation plus
            // `inactiveDays` (an activity on a watch older than the rotation arms a new one instead).
            postponeUpToSeconds: WATCH_ROTATION_DAYS * DAY_SECONDS,
            params,
          },
          ...settings.messageDays.map(
            (day, i): JourneyStep => ({
              step: `missed-${i + 1}`,
              type: 'win_back.missed',
              waitSeconds: (day - (settings.messageDays[i - 1] ?? 0)) * DAY_SECONDS,
              params: { ...params, message: String(i + 1), messages: String(messages) },
            }),
          ),
        ],
      },
    ],
  };
}

/** Checks a deployment's settings; returns the problems, each naming the field. */
export function winBackProblems(settings: WinBackSettings): string[] {
  const problems: string[] = [];
  const { inactiveDays, messageDays } = settings;
  if (!Number.isInteger(inactiveDays) || inactiveDays < 1 || inactiveDays > 90)
    problems.push('inactiveDays: must be a whole number of days from 1 to 90');
  if (messageDays.length < 1 || messageDays.length > 5) problems.push('messageDays: from 1 to 5 messages');
  messageDays.forEach((day, i) => {
    if (!Number.isInteger(day) || day < 0 || day > 60)
      problems.push(`messageDays[${i}]: must be a whole number of days from 0 to 60`);
    else if (i > 0 && day <= (messageDays[i - 1] as number))
      problems.push(`messageDays[${i}]: must be after the one before`);
  });
  return problems;
}

/** The customer's one win-back journey. */
export const winBackRef = (customerId: string): JourneyRef => ({
  journey: WIN_BACK,
  customerId,
  key: customerId,
});

/** A Customer.Active, as the journey records it. */
export type Activity = Pick<CustomerActive, 'customerId' | 'eventId' | 'occurredAt'>;

/** The first activity Herald sees of a customer: a journey watching from then, its first watch. */
export function winBackItem(activity: Activity): JourneyItem {
  return {
    ...winBackRef(activity.customerId),
    status: WATCHING,
    startedAt: activity.occurredAt,
    startEventId: activity.eventId,
    attributes: {
      lastActiveAt: activity.occurredAt,
      watch: '1',
      armedAt: activity.occurredAt,
      armedBy: activity.eventId,
    },
    goals: {},
    steps: {},
  };
}

/** The execution of a watch generation: a new name per generation, deterministic within it. */
export const watchExecutionName = (ref: JourneyRef, watch: string): string =>
  executionName(ref, `${LAPSE_PHASE}-${watch}`);

/** The instant before which a watch is due for rotation, seen from an activity at `at`. */
export const rotateBefore = (at: string): string =>
  new Date(Date.parse(at) - WATCH_ROTATION_DAYS * DAY_SECONDS * 1000).toISOString();

/** Milliseconds of an ISO instant; NaN stays NaN (and compares false). */
const ms = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

export type ActivityDecision =
  | { action: 'create' }
  /** The event that armed the current watch, again: start its execution again (nothing new starts). */
  | { action: 'restart' }
  /** Not newer than the activity recorded: nothing to do. */
  | { action: 'stale' }
  /** A new watch: the customer came back (the messages stop), or the watch is due for rotation. */
  | { action: 'rearm'; reason: 'returned' | 'rotated' }
  /** A plain newer activity on a recent watch: record it. */
  | { action: 'record' };

/**
 * What a Customer.Active does to the customer's win-back journey. The common case (a newer activity on a
 * recent watch) is written at once by a conditional update; this decides the others, from the stored item.
 */
export function decideActivity(item: JourneyItem | undefined, activity: Activity): ActivityDecision {
  if (!item) return { action: 'create' };
  if (item.attributes.armedBy === activity.eventId) return { action: 'restart' };
  if (!(ms(activity.occurredAt) > ms(item.attributes.lastActiveAt))) return { action: 'stale' };
  if (item.status !== WATCHING) return { action: 'rearm', reason: 'returned' };
  if (!(ms(item.attributes.armedAt) >= ms(rotateBefore(activity.occurredAt))))
    return { action: 'rearm', reason: 'rotated' };
  return { action: 'record' };
}

export type CheckDecision =
  | { action: 'exit'; reason: 'no_journey' }
  | { action: 'wait'; until: string }
  | { action: 'lapse'; lastActiveAt: string }
  /** Lapsed already (a retried check): the messages go on; each is claimed once per watch. */
  | { action: 'continue' };

/**
 * The watch's check: lapsed once `inactiveDays` have passed since the latest activity; otherwise wait until
 * they will have, unless a newer activity comes first.
 */
export function checkWatch(item: JourneyItem | undefined, now: Date, inactiveDays: number): CheckDecision {
  if (!item) return { action: 'exit', reason: 'no_journey' };
  if (item.status === LAPSED) return { action: 'continue' };
  const lastActiveAt = item.attributes.lastActiveAt ?? item.startedAt;
  const due = ms(lastActiveAt) + inactiveDays * DAY_SECONDS * 1000;
  if (now.getTime() < due) return { action: 'wait', until: new Date(due).toISOString() };
  return { action: 'lapse', lastActiveAt };
}

/** What the messages say: how long the customer has been away, and which message of how many this is. */
export const winBackKind: JourneyKind<(typeof WIN_BACK_TYPES)[number]> = {
  name: WIN_BACK,
  phases: { [LAPSE_PHASE]: LAPSED },
  types: WIN_BACK_TYPES,
  message(_item, step) {
    const params = step.params ?? {};
    return {
      type: stepType(WIN_BACK_TYPES, step),
      data: {
        inactiveDays: params.inactiveDays ?? '30',
        message: params.message ?? '1',
        messages: params.messages ?? '1',
      },
    };
  },
  // One sequence per lapse: the watch generation that lapsed names its claims and messages.
  claimName: (item, step) => `${step.step}@${item.attributes.watch ?? '1'}`,
  // Only the current watch runs: a new one stops the one before.
  executionNames: (item) => [watchExecutionName(item, item.attributes.watch ?? '1')],
};
