import type { CardActivated } from '../contract/events/card-activated.ts';
import type { CardIssued } from '../contract/events/card-issued.ts';
import type { CustomerErasureRequested } from '../contract/events/customer-erasure-requested.ts';
import type { TransactionPosted } from '../contract/events/transaction-posted.ts';
import { isBeforeErasure } from '../domain/erasure.ts';
import {
  ACTIVATED_PHASE,
  CARD_ACTIVATED_GOAL,
  CARD_ACTIVATION,
  CARD_SPENT_GOAL,
  cardActivationItem,
  ISSUED_PHASE,
  isCardSpend,
} from '../domain/journeys/card-activation.ts';
import {
  decideStep,
  executionInput,
  executionName,
  type JourneyKind,
  type JourneyStepInput,
  type JourneyStepResult,
  stepOccurrence,
} from '../domain/journeys/journey.ts';
import type { NotificationDefinition } from '../notifications/definition.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { JourneyExecutions, JourneyStore } from '../ports/journeys.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface JourneyEventDeps extends CustomerGateDeps {
  journeys: JourneyStore;
  executions: JourneyExecutions;
  profiles: ProfileReader;
}

/** What the journeys function did with an event, for its operational log. */
export type JourneyEventOutcome =
  | 'started'
  | 'already_started'
  | 'rejected'
  | 'goal_recorded'
  | 'goal_already_recorded'
  | 'no_journey'
  | 'not_a_goal';

/**
 * Card.Issued → the card activation journey:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the journey is created with a conditional put: a duplicate Card.Issued finds it;
 * 3. the first phase's execution is started by its deterministic name, with input made from the stored
 *    journey. A duplicate therefore starts nothing new: while the execution runs, Step Functions answers
 *    with it; once it has ended, with ExecutionAlreadyExists. Starting again on every delivery is what makes
 *    a crash between steps 2 and 3 harmless. A journey already past its first phase is not started again.
 */
export async function startCardActivation(
  event: BusEvent,
  detail: CardIssued,
  deps: JourneyEventDeps,
): Promise<JourneyEventOutcome> {
  const profile = await admitKnownCustomer(event, detail, deps);
  if (!profile) return 'rejected';
  const { created, item } = await deps.journeys.create(cardActivationItem(detail));
  if (item.status !== CARD_ACTIVATED_GOAL.from) return 'already_started';
  await deps.executions.start(
    CARD_ACTIVATION,
    executionName(item, ISSUED_PHASE),
    // The Card.Issued that created the journey, as stored: a redelivery starts the same input.
    executionInput(item, ISSUED_PHASE, item.startEventId),
  );
  return created ? 'started' : 'already_started';
}

/**
 * Card.Activated → the reminders end and the post-activation phase starts:
 * 1. the activation is recorded with a conditional update (awaiting → activated); from then on no reminder
 *    step can claim its turn, even one already running;
 * 2. the waiting first-phase execution is stopped (it would exit at its next step anyway);
 * 3. the post-activation phase starts, by its deterministic name.
 * A redelivered activation repeats 2 and 3, which start and stop nothing new. An activation of a card
 * Herald has no journey for (its Card.Issued is late — EventBridge keeps no order — or came before Herald)
 * creates the journey already activated: the post-activation phase runs, and a Card.Issued arriving after
 * it finds the journey past its first phase and sends no welcome and no reminder.
 */
export async function recordCardActivated(
  detail: CardActivated,
  deps: JourneyEventDeps,
): Promise<JourneyEventOutcome> {
  const ref = { journey: CARD_ACTIVATION, customerId: detail.customerId, key: detail.cardId };
  const goal = { at: detail.occurredAt, eventId: detail.eventId };
  let outcome = await deps.journeys.reachGoal(ref, { ...CARD_ACTIVATED_GOAL, ...goal });
  if (outcome === 'not_found') {
    const { created } = await deps.journeys.create({
      ...cardActivationItem(detail),
      status: CARD_ACTIVATED_GOAL.to,
      goals: { [CARD_ACTIVATED_GOAL.name]: goal },
    });
    // Card.Issued created it a moment ago: record the activation on that journey instead.
    if (!created) return recordCardActivated(detail, deps);
    outcome = 'reached';
  }
  if (outcome === 'other_status') return 'not_a_goal';
  await deps.executions.stop(CARD_ACTIVATION, executionName(ref, ISSUED_PHASE), 'Card.Activated');
  const item = await deps.journeys.get(ref);
  // Spent already (a redelivery long after): the post-activation phase ran or runs; nothing to start.
  if (item?.status === CARD_ACTIVATED_GOAL.to)
    await deps.executions.start(
      CARD_ACTIVATION,
      executionName(ref, ACTIVATED_PHASE),
      // The Card.Activated recorded as the goal (a second one with another eventId starts the same input).
      executionInput(ref, ACTIVATED_PHASE, item.goals[CARD_ACTIVATED_GOAL.name]?.eventId ?? detail.eventId),
    );
  return outcome === 'reached' ? 'goal_recorded' : 'goal_already_recorded';
}

/**
 * Transaction.Posted → the first spend with an activated journey's card (identified by its last four
 * digits) is recorded; the nudge and incentive steps then find the journey spent and exit.
 */
export async function recordCardSpend(
  detail: Pick<
    TransactionPosted,
    'eventId' | 'occurredAt' | 'customerId' | 'channel' | 'direction' | 'cardLast4'
  >,
  deps: Pick<JourneyEventDeps, 'journeys'>,
): Promise<JourneyEventOutcome> {
  if (detail.channel !== 'card' || !detail.cardLast4) return 'not_a_goal';
  const journeys = await deps.journeys.findByAttribute(
    detail.customerId,
    CARD_ACTIVATION,
    'cardLast4',
    detail.cardLast4,
  );
  let recorded: JourneyEventOutcome = journeys.length === 0 ? 'no_journey' : 'not_a_goal';
  for (const item of journeys.filter((j) => isCardSpend(j, detail))) {
    const outcome = await deps.journeys.reachGoal(item, {
      ...CARD_SPENT_GOAL,
      at: detail.occurredAt,
      eventId: detail.eventId,
    });
    if (outcome === 'reached') recorded = 'goal_recorded';
  }
  return recorded;
}

/**
 * Customer.ErasureRequested → every journey of the customer ends: each phase's execution is stopped by its
 * deterministic name (one that has ended or never started is left as it is), then the journey is deleted.
 * The erasure function deletes the rest of the customer meanwhile and sends Customer.Erased only once no
 * journey is left. Should a step run between the two, it finds no journey to claim and sends nothing.
 */
export async function stopJourneysOfCustomer(
  customerId: string,
  deps: Pick<JourneyEventDeps, 'journeys' | 'executions'> & {
    kinds: Readonly<Record<string, Pick<JourneyKind, 'phases' | 'executionNames'>>>;
  },
): Promise<number> {
  let stopped = 0;
  for (const item of await deps.journeys.listForCustomer(customerId)) {
    const kind = Object.hasOwn(deps.kinds, item.journey) ? deps.kinds[item.journey] : undefined;
    const names =
      kind?.executionNames?.(item) ??
      Object.keys(kind?.phases ?? {}).map((phase) => executionName(item, phase));
    for (const name of names) {
      await deps.executions.stop(item.journey, name, 'Customer.ErasureRequested');
      stopped += 1;
    }
    await deps.journeys.delete(item);
  }
  return stopped;
}

/**
 * The journeys function's part of an erasure request: the customer's journeys are stopped, unless the
 * request is from before an erasure that has finished (a redelivery, which must not stop the journeys of
 * a customer who came back since; the erasure function records its rejection).
 */
export async function stopJourneysOnErasure(
  request: Pick<CustomerErasureRequested, 'customerId' | 'occurredAt'>,
  deps: Parameters<typeof stopJourneysOfCustomer>[1] & Pick<JourneyEventDeps, 'erasures'>,
): Promise<number | 'already_erased'> {
  const tombstone = await deps.erasures.get(request.customerId);
  if (tombstone?.complete && isBeforeErasure(request.occurredAt, tombstone.erasedAt)) return 'already_erased';
  return stopJourneysOfCustomer(request.customerId, deps);
}

export interface JourneyStepDeps extends NotifyDeps {
  journeys: JourneyStore;
  profiles: ProfileReader;
  /** The journeys this function runs the steps of, by name. */
  kinds: Readonly<Record<string, JourneyKind>>;
  messageTypes: Readonly<Record<string, NotificationDefinition>>;
}

/** A step input the state machine did not build as Herald's definitions do: a bug, not a customer's doing. */
export class JourneyDefinitionError extends Error {
  override readonly name = 'JourneyDefinitionError';
}

/**
 * One step of a journey (the state machine's Task):
 * 1. the journey must exist and still be in the status its phase requires: otherwise `exit` (its goal was
 *    reached, or the customer was erased);
 * 2. the step is claimed with that same condition, atomically: a goal recorded since step 1 stops it here,
 *    so nothing is sent once the goal is recorded. A retried step whose claim holds claims again and goes on;
 * 3. the message goes through `notify` (consent, quiet hours, the marketing cap), as an intent of the
 *    bank event that started the execution (its records' `eventId`), whose occurrence is
 *    `<journey>:<key>:<step>`: exactly once per step and channel, even when the step is retried; its
 *    records carry the journey and the step.
 */
export async function runJourneyStep(
  input: JourneyStepInput,
  deps: JourneyStepDeps,
): Promise<JourneyStepResult> {
  const kind = Object.hasOwn(deps.kinds, input.journey) ? deps.kinds[input.journey] : undefined;
  const spec = Object.hasOwn(deps.messageTypes, input.type) ? deps.messageTypes[input.type] : undefined;
  if (!kind || !spec || !kind.types.some((type) => type === input.type))
    throw new JourneyDefinitionError(`journey ${input.journey} has no message type ${input.type}`);
  const ref = { journey: input.journey, customerId: input.customerId, key: input.key };
  const item = await deps.journeys.get(ref);
  const decision = decideStep(kind, item, input.phase);
  if (decision.action === 'exit' || !item)
    return { outcome: 'exit', reason: decision.action === 'exit' ? decision.reason : 'no_journey' };
  // A step whose moment has passed (the journey's kind says why) sends nothing; the phase goes on.
  const skipped = kind.skip?.(item, input, deps.now());
  if (skipped) return { outcome: 'continue', reason: skipped };
  const claim = kind.claimName?.(item, input) ?? input.step;
  if (!(await deps.journeys.claimStep(ref, claim, decision.requires, deps.now())))
    return { outcome: 'exit', reason: 'goal_reached' };
  const profile = await deps.profiles.get(input.customerId);
  if (!profile) return { outcome: 'exit', reason: 'unknown_customer' };
  // The step's type with its data, typed by the type's data.ts.
  const message = kind.message(item, input);
  // A step the journey decided not to send (its kind says why) is recorded suppressed, with the reason.
  const suppress = kind.suppress?.(item, input);
  await notify(
    profile,
    {
      ...message,
      category: spec.category,
      customerId: input.customerId,
      eventId: input.eventId,
      occurrence: stepOccurrence(ref, claim),
      occurredAt: deps.now().toISOString(),
      journey: input.journey,
      step: input.step,
    },
    spec,
    deps,
    suppress ? { suppress } : {},
  );
  return { outcome: 'continue' };
}
