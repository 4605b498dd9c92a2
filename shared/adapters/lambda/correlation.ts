// Correlation ids: the keys every log line of a Herald function carries, so that one bank event can be
// followed through every function it reaches (Logs Insights: `filter eventId = "…"` over the Herald log
// group). Handlers append them with Powertools Logger as soon as they know them; injectLambdaContext's
// `clearState` drops them after each invocation, and batch handlers remove them after each item, so ids
// never leak from one event to the next.

import { eventIdOf } from '../../domain/rejection.ts';

/** The ids a line can be correlated by. Values that are not non-empty strings are ignored. */
export interface Correlation {
  /** The bank's eventId (the idempotency key of the event contract). */
  eventId?: unknown;
  /** One message of a notification, on one channel. */
  notificationId?: unknown;
  /**
   * The Step Functions execution of a journey. The hook for journeys: a job or event that carries
   * `journeyExecutionId` gets it appended wherever `correlationKeys` is used, with no change here.
   */
  journeyExecutionId?: unknown;
}

export const CORRELATION_KEYS = ['eventId', 'notificationId', 'journeyExecutionId'] as const;

/** The correlation ids of `source` (a job, an event's detail) as Logger keys; anything else is left out. */
export function correlationKeys(source: unknown): Record<string, string> {
  const keys: Record<string, string> = {};
  if (typeof source !== 'object' || source === null) return keys;
  for (const key of CORRELATION_KEYS) {
    const value = (source as Correlation)[key];
    if (typeof value === 'string' && value !== '') keys[key] = value;
  }
  return keys;
}

/**
 * The correlation ids of an EventBridge event, read from its detail before it is validated: the lines
 * about an event that gets rejected carry its eventId too, when it is one the contract accepts (a refused
 * one, any text a producer put there, never reaches a log line).
 */
export function eventCorrelation(event: { detail?: unknown }): Record<string, string> {
  const eventId = eventIdOf(event.detail);
  return eventId ? { eventId } : {};
}

/** The correlation ids of an SQS message body that is a JSON job (a planned or rendered message). */
export function bodyCorrelation(body: string): Record<string, string> {
  try {
    return correlationKeys(JSON.parse(body));
  } catch {
    return {};
  }
}
