import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { type BusEvent, rejectEvent } from '../../application/accept-event.ts';
import {
  type AboutCustomer,
  admitAfterErasure,
  type CustomerGateDeps,
} from '../../application/erasure-gate.ts';
import { isRejection, type Route, type Routes } from '../../application/event-routes.ts';
import { parseDetail } from '../../contract/validate.ts';
import { ERASED_CUSTOMER } from '../../domain/erasure.ts';
import { eventCorrelation } from './correlation.ts';

export interface EventHandlerOptions {
  /** The function's logger (one is made otherwise). */
  logger?: Logger;
  /** The message of the line that logs a use case's outcome; `event processed` by default. */
  processed?: string;
  /**
   * Why an event of a DetailType no route takes is rejected; undefined when it is not rejected (only
   * warned about). By default every such event is rejected, naming the DetailTypes the function takes.
   */
  unrouted?: (event: BusEvent) => string | undefined;
}

/**
 * The body of a function that takes bank events from EventBridge rules:
 * 1. appends the event's correlation ids (correlation.ts) first, before anything else, so that every line
 *    about the event, a rejection's included, carries its eventId; then its DetailType;
 * 2. finds the event's route; an event of a DetailType no route takes is rejected (or only warned about,
 *    see `unrouted`);
 * 3. validates the detail with the route's schema; an invalid one is rejected once, with the reason naming
 *    the field (shared/application/accept-event.ts `rejectEvent`: the Herald DLQ, the rejection claim, the
 *    `rejected` record), or left to the function named by `rejectedBy`;
 * 4. with `afterErasure`, rejects an event from before the customer's erasure;
 * 5. runs the use case, and logs its outcome, or rejects the event when the use case says so.
 * A rejection is logged once (`event rejected`, with the reason) and the invocation ends normally.
 */
export function processEvents<R extends Record<string, unknown>>(
  routes: Routes<R>,
  deps: CustomerGateDeps,
  logger: Logger,
  options: Omit<EventHandlerOptions, 'logger'> = {},
): (event: BusEvent) => Promise<void> {
  // Each route's run takes what its own schema outputs: looked up by DetailType, they are used as a pair.
  const byDetailType = new Map(Object.entries(routes as unknown as Record<string, Route<unknown>>));
  const unrouted =
    options.unrouted ??
    ((event: BusEvent) =>
      `detail-type: ${event['detail-type']} is not one of ${[...byDetailType.keys()].join(', ')}`);
  const rejected = async (event: BusEvent, reason: string) => {
    await rejectEvent(event, reason, deps);
    // A rejection is an outcome, not a fault of the function: its line is routine, like its record.
    logger.info('event rejected', { reason });
  };

  return async (event) => {
    const detailType = event['detail-type'];
    logger.appendKeys({ ...eventCorrelation(event), detailType });
    const route = byDetailType.get(detailType);
    if (!route) {
      const reason = unrouted(event);
      if (reason !== undefined) return rejected(event, reason);
      logger.warn('not a bank event: not rejected', { source: event.source });
      return;
    }
    const parsed = parseDetail(route.schema, event.detail);
    if (!parsed.ok) {
      if (!route.rejectedBy) return rejected(event, parsed.reason);
      logger.info('invalid event not acted on', { rejectedBy: route.rejectedBy });
      return;
    }
    if (
      route.afterErasure &&
      !(await admitAfterErasure(event, parsed.value as AboutCustomer, deps)).admitted
    ) {
      logger.info('event rejected', { reason: ERASED_CUSTOMER });
      return;
    }
    if (route.keys) logger.appendKeys(route.keys(parsed.value));
    const outcome = await route.run(parsed.value, event);
    if (isRejection(outcome)) return rejected(event, outcome.rejected);
    if (outcome !== undefined)
      logger.info(
        options.processed ?? 'event processed',
        typeof outcome === 'string' ? { outcome } : outcome,
      );
  };
}

/**
 * The Lambda handler of a function that takes bank events (`processEvents`), built from its routes
 * `{ [detailType]: { schema, run } }`, with middy and the logger's Lambda context; `clearState` drops the
 * event's keys after each invocation.
 */
export function eventHandler<R extends Record<string, unknown>>(
  routes: Routes<R>,
  deps: CustomerGateDeps,
  options: EventHandlerOptions = {},
) {
  const logger = options.logger ?? new Logger();
  const process = processEvents(routes, deps, logger, options);
  return middy((event: EventBridgeEvent<string, unknown>) => process(event)).use(
    injectLambdaContext(logger, { clearState: true }),
  );
}
