// Which bad event a rejection is about, so that it is recorded once whatever the retries and redeliveries.
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { eventId as eventIdSchema } from '../contract/common.ts';
import { detailProblem } from '../contract/validate.ts';
import { jsonText } from './json-text.ts';

/** The bank's eventId of an event's detail, when it has one (a non-empty string). */
export function eventIdOf(detail: unknown): string | undefined {
  if (typeof detail === 'object' && detail !== null && !Array.isArray(detail) && 'eventId' in detail) {
    const id = (detail as { eventId: unknown }).eventId;
    // Only an id the contract accepts: a refused one (16 KB, control characters, a lone surrogate) is no key
    // and never goes into a record.
    if (v.is(eventIdSchema, id) && detailProblem({ eventId: id }) === undefined) return id;
  }
  return undefined;
}

/**
 * The key a rejection is claimed under: a hash of the Source, the DetailType and the eventId; without an
 * eventId, of the Source, the DetailType and the whole detail. A Lambda retry, an EventBridge redelivery
 * and a producer's retry of the same event all give the same key, whichever function rejects it.
 */
export function rejectionKey(event: { source: unknown; detailType: unknown; detail: unknown }): string {
  const eventId = eventIdOf(event.detail);
  const identity =
    eventId === undefined
      ? [event.source, event.detailType, null, jsonText(event.detail)]
      : [event.source, event.detailType, eventId];
  return createHash('sha256').update(jsonText(identity)).digest('base64url');
}
