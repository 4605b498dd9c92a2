/**
 * What a journey's state machine carries (shared/domain/journeys/journey.ts, infra/constructs/journeys.ts):
 * the input an execution starts with, written by the function that starts it, and the input of each step's
 * Task, which the state machine builds from it and the journey-step function reads.
 */
import * as v from 'valibot';
import { expected } from '../common.ts';
import { count, instant, text, textRecord } from './parse.ts';

/** The journey, customer and subject an execution is about (a journey item's key). */
const journeyRef = { journey: text, customerId: text, key: text };

/** What one execution of a journey's state machine starts with. */
export const journeyExecutionInput = v.object(
  {
    ...journeyRef,
    phase: text,
    /**
     * The bank event that started the execution (Card.Issued for the reminders, Card.Activated for the
     * offers): every step's log lines and delivery records carry it as `eventId`.
     */
    eventId: text,
    /** The instants the phase's `waitUntil` steps wait for, by name. */
    at: v.optional(v.record(v.string(), instant, expected('an object'))),
  },
  expected('an object'),
);
export type JourneyExecutionInput = v.InferOutput<typeof journeyExecutionInput>;

/** The input of a step's Task: the execution's journey, phase and event, and the step as defined. */
export const journeyStepInput = v.object(
  {
    ...journeyRef,
    phase: text,
    eventId: text,
    /** The step's name in the journey: the delivery records' `step`. */
    step: text,
    /** The message type the step sends. */
    type: text,
    waitSeconds: count,
    /** The step's fixed values from the deployment's config (e.g. an incentive's amount). */
    params: v.optional(textRecord),
  },
  expected('an object'),
);
export type JourneyStepInput = v.InferOutput<typeof journeyStepInput>;

/** Names the input in a reason: `journey step input.eventId: …`. */
export const JOURNEY_STEP_INPUT = 'journey step input';
