// How a function takes bank events, as data: for each DetailType of the contract it takes, the detail's
// schema and the use case it runs (shared/adapters/lambda/event-handler.ts turns them into a Lambda handler).
import type { GenericSchema } from 'valibot';
import type { BusEvent } from './accept-event.ts';

const REJECTION = Symbol('rejection');

/** A use case's answer that the event is bad input after all (`reject(reason)`): rejected like an invalid one. */
export interface Rejection {
  readonly [REJECTION]: true;
  readonly rejected: string;
}
export const reject = (reason: string): Rejection => ({ [REJECTION]: true, rejected: reason });
export const isRejection = (outcome: unknown): outcome is Rejection =>
  typeof outcome === 'object' && outcome !== null && REJECTION in outcome;

/** What a route's use case answers: an outcome to log (a word, or fields), nothing to log, or a rejection. */
export type Outcome = string | Readonly<Record<string, unknown>> | Rejection | undefined;

/** How a function takes the events of one DetailType of the contract (shared/contract/events/*). */
export interface Route<T> {
  /** The DetailType's detail schema: a detail it refuses is rejected, the reason naming the field. */
  schema: GenericSchema<unknown, T>;
  /** The use case, given the valid detail and the event. */
  run: (detail: T, event: BusEvent) => Promise<Outcome> | Promise<void>;
  /** Further ids for the lines after validation (a fraud case's `caseId`). */
  keys?: (detail: T) => Record<string, string>;
  /**
   * For an event that records something about a customer without reading the profile (a KYC step, a card
   * activation, an alert removal, a reply): one from before the customer's erasure is rejected
   * (`erased customer`: shared/application/erasure-gate.ts `admitAfterErasure`). The detail must name its
   * customer (`customerId`, `occurredAt`).
   */
  afterErasure?: boolean;
  /**
   * The function that rejects an invalid event of this DetailType, which gets every one: here an invalid
   * one is only not acted on, so that it is rejected once.
   */
  rejectedBy?: string;
}

/** The routes of a function, by DetailType: `{ [detailType]: { schema, run } }`. */
export type Routes<R extends Record<string, unknown>> = { [K in keyof R]: Route<R[K]> };

/** The routes as written, typed: each route's `run` takes what its own `schema` outputs. */
export const routes = <R extends Record<string, unknown>>(byDetailType: Routes<R>): Routes<R> => byDetailType;
