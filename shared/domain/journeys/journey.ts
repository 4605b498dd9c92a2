// Journeys: multi-day sequences of messages that run on Step Functions and stop when their goal is reached.
// A journey is described once, as data: its phases, each a list of steps with the wait before each step.
// infra/constructs/journeys.ts turns that description into a state machine; the journey-step function runs
// one step; the journeys function starts journeys and records the goal events that end them. A new journey
// is a definition (this shape), the data of its messages (a `JourneyKind`) and its templates.
import { createHash } from 'node:crypto';
import type { JourneyExecutionInput } from '../../contract/internal/journey-step.ts';
import type { MessageData, MessageType } from '../../notifications/catalogue.ts';

/** One message of a journey, sent after waiting `waitSeconds` from the step before it (or the phase start). */
export interface JourneyStep {
  /** Unique in the journey: the delivery records' `step`, and part of the message's occurrence. */
  step: string;
  /** The message type (shared/notifications/<type>/definition.ts). */
  type: string;
  waitSeconds: number;
  /**
   * Instead of a fixed wait: the name of an instant in the execution's input (`at.<name>`, ISO-8601), worked
   * out when the phase starts (e.g. a due date's local morning). `waitSeconds` is then the longest that wait
   * can be, which the execution's timeout allows for. Letters and digits only.
   */
  waitUntil?: string;
  /**
   * The step may answer `wait` with an instant (`until`) to run again then instead of going on (win-back's
   * check, postponed by each activity): at most this many seconds after its first run, which the
   * execution's timeout allows for.
   */
  postponeUpToSeconds?: number;
  /** Fixed values the step's message data needs (e.g. an incentive's amount), from the deployment's config. */
  params?: Record<string, string>;
}

/**
 * A phase runs as one execution of the journey's state machine. Its steps go out only while the journey's
 * status is `requires`: once a goal event moves the status on, the next step exits instead of sending.
 */
export interface JourneyPhase {
  name: string;
  requires: string;
  steps: JourneyStep[];
}

export interface JourneyDefinition {
  /** Snake case, as in delivery records (`journey`) and message types (`card_activation.reminder`). */
  name: string;
  /** The first phase starts with the journey; the others start when a goal event says so. */
  phases: JourneyPhase[];
}

/** A recorded goal event: when it happened, and the bank event that said so. */
export interface ReachedGoal {
  at: string;
  eventId: string;
}

/** A journey of one customer, as stored (one item per journey and subject, under the customer). */
export interface JourneyItem {
  journey: string;
  customerId: string;
  /** What the journey is about within the customer, e.g. the card id. */
  key: string;
  status: string;
  /** When the starting bank event occurred, and its eventId. */
  startedAt: string;
  startEventId: string;
  /** Values the messages need (e.g. the card's last four digits). Never a full card number or a contact. */
  attributes: Record<string, string>;
  goals: Record<string, ReachedGoal>;
  /** Steps claimed so far, with when. */
  steps: Record<string, string>;
}

export interface JourneyRef {
  journey: string;
  customerId: string;
  key: string;
}

// What an execution starts with and what each step's Task receives: parsed where read, their schemas in
// shared/contract/internal/journey-step.ts.
export type { JourneyExecutionInput, JourneyStepInput } from '../../contract/internal/journey-step.ts';

/** `continue` to the next step; `exit` when the journey is over for this phase (goal reached, erased…). */
export interface JourneyStepResult {
  outcome: 'continue' | 'exit' | 'wait';
  reason?: string;
  /** With `wait` (a step with `postponeUpToSeconds`): when the step runs again. */
  until?: string;
}

/** A step's message: one of the types `T`, with that type's data (shared/notifications/<type>/data.ts). */
export type JourneyMessage<T extends MessageType = MessageType> = {
  [K in T]: { type: K; data: MessageData[K] };
}[T];

/** The step's type, one of the kind's `types`: a step naming another type is a definition bug. */
export function stepType<T extends MessageType>(types: readonly T[], step: Pick<JourneyStep, 'type'>): T {
  const type = types.find((t) => t === step.type);
  if (type === undefined) throw new Error(`no message type ${step.type} in this journey`);
  return type;
}

/**
 * The message of each step: a journey kind knows what its messages say. `message` gets the stored journey
 * and the step (with its params) and returns the step's type with that type's data, typed by the type's
 * data.ts: a kind that builds other data does not compile.
 */
export interface JourneyKind<T extends MessageType = MessageType> {
  name: string;
  /** Each phase and the status its steps require (the definition's phases name the same). */
  phases: Readonly<Record<string, string>>;
  /** Message types the journey may send; a step naming another type is refused. */
  types: readonly T[];
  message(item: JourneyItem, step: JourneyStep): JourneyMessage<T>;
  /**
   * Why a step sends nothing although its journey is still in the phase's status (e.g. a reminder whose
   * moment has passed by the time the journey started, now that a later one is due); the phase goes on to
   * its next step. Undefined: the step sends.
   */
  skip?(item: JourneyItem, step: JourneyStep, now: Date): string | undefined;
  /**
   * Why a step's message is recorded `suppressed` instead of sent, on the channels it would have gone on
   * (e.g. an incentive with no amount configured in the card's currency); the phase goes on. Undefined: the
   * step sends.
   */
  suppress?(item: JourneyItem, step: JourneyStep): string | undefined;
  /**
   * The name a step is claimed under and its message identified by (`stepOccurrence`); the step's own name
   * when undefined. A journey that runs its steps more than once (win-back, once per lapse) makes it
   * unique per run.
   */
  claimName?(item: JourneyItem, step: JourneyStep): string;
  /**
   * The names of the executions the journey may have running (erasure stops them); one per phase
   * (`executionName`) when undefined. Win-back names each watch after its generation.
   */
  executionNames?(item: JourneyItem): string[];
}

/**
 * The occurrence of a step's message (shared/domain/notification.ts `Intent.occurrence`): one per journey,
 * subject and step, so that the steps of one journey, all from the same bank event, are each one message,
 * exactly once, however often the step is retried.
 */
export function stepOccurrence(ref: JourneyRef, step: string): string {
  return `${ref.journey}:${ref.key}:${step}`;
}

/**
 * The input an execution of `phase` starts with: the journey, the phase, and the bank event that started
 * it (its steps' records and log lines carry it as `eventId`). Made from stored values, so that starting
 * the phase again (a redelivery) gives the same input.
 */
export function executionInput(
  ref: JourneyRef,
  phase: string,
  eventId: string,
  at?: Record<string, string>,
): JourneyExecutionInput {
  return {
    journey: ref.journey,
    customerId: ref.customerId,
    key: ref.key,
    phase,
    eventId,
    ...(at ? { at } : {}),
  };
}

/**
 * The execution name of a phase: deterministic per journey, customer, subject and phase, so starting it
 * twice starts one execution. Step Functions allows 80 characters from a restricted set: the customer and
 * subject go in as a hash.
 */
export function executionName(ref: JourneyRef, phase: string): string {
  const hash = createHash('sha256')
    .update(`${ref.journey}\u0000${ref.customerId}\u0000${ref.key}`)
    .digest('base64url')
    .slice(0, 32);
  return `${ref.journey.replace(/_/g, '-')}-${hash}-${phase}`.slice(0, 80);
}

export type StepDecision =
  | { action: 'send'; requires: string }
  | { action: 'exit'; reason: 'no_journey' | 'goal_reached' | 'unknown_phase' };

/**
 * Whether a step may send: the journey must exist (an erased customer's does not) and still be in the status
 * its phase requires. The step task then claims the step with that same condition, atomically, so a goal
 * recorded in between still stops it.
 */
export function decideStep(
  kind: Pick<JourneyKind, 'phases'>,
  item: JourneyItem | undefined,
  phase: string,
): StepDecision {
  const requires = Object.hasOwn(kind.phases, phase) ? kind.phases[phase] : undefined;
  if (requires === undefined) return { action: 'exit', reason: 'unknown_phase' };
  if (!item) return { action: 'exit', reason: 'no_journey' };
  if (item.status !== requires) return { action: 'exit', reason: 'goal_reached' };
  return { action: 'send', requires };
}

/** Every step of a definition, in order, with its phase. */
export function stepsOf(definition: JourneyDefinition): (JourneyStep & { phase: string })[] {
  return definition.phases.flatMap((p) => p.steps.map((s) => ({ ...s, phase: p.name })));
}

export const DAY_SECONDS = 86_400;
