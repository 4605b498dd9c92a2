/**
 * The messages of the notification pipeline: a planned job (trigger → render function, on the plan
 * queues) and a message job (render function → a channel's sender, on the channel queues, the defer queue
 * and the schedules it makes). The per-type `data` of a planned job is an object here; the render step
 * checks it with the type's own schema.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../../domain/profile.ts';
import type { RenderedMessage } from '../../domain/templates/render.ts';
import { channel, expected, oneOf } from '../common.ts';
import { anyObject, count, instant, text } from './parse.ts';

/**
 * What a rendered message must hold for any sender and for its record; the rest of its shape is the
 * renderer's (shared/domain/templates/render.ts `RenderedMessage`).
 */
const renderedEnvelope = v.looseObject({ template: text, locale: text, text: v.string() });

/** The fields every job of a message carries, planned or rendered. */
const messageFields = {
  notificationId: text,
  /** The bank event the message comes from (a journey's: the event that started or moved the journey). */
  eventId: text,
  customerId: text,
  type: text,
  category: oneOf(CATEGORIES),
  channel,
  /**
   * Which of the event's messages of this type it is, when one event leads to several (a journey's steps,
   * shared/domain/notification.ts): part of the message's identity, never of its record.
   */
  occurrence: v.optional(text),
  to: text,
  /** When the bank event occurred, for event-to-send latency. */
  occurredAt: instant,
  /** The customer's A/B variant, when the message type runs an experiment. */
  variant: v.optional(text),
  /** The journey and step that sent it (delivery log `journey`, `step`), for a journey's message. */
  journey: v.optional(text),
  step: v.optional(text),
  /**
   * Set on a fallback: the channels tried before this one, in order. The message is sent only if the last
   * of them that was tried failed for good (failed, suppressed); once one was sent, the fallback is dropped.
   */
  fallbackAfter: v.optional(v.array(channel, expected('an array of channels'))),
  /**
   * When the message stops being worth sending (a loan offer's expiry): a job that reaches its sender at or
   * after it, having waited for quiet hours, a throttled provider or a redrive, is `suppressed`, `expired`.
   */
  notAfter: v.optional(instant),
  /**
   * How many times the sender put this job back on its queue to wait (the provider throttled it, or another
   * attempt or the channel before it had not settled yet); each wait grows with it
   * (shared/domain/job-retries.ts). Absent on a job that has not waited.
   */
  requeues: v.optional(count),
};

const renderedMessage = v.custom<RenderedMessage>(
  (input) => v.is(renderedEnvelope, input),
  'expected a rendered message (template, locale, text)',
);

/**
 * The next channels of a message sent on the first reachable one, in order, each already written: when
 * this job's channel fails for good, its sender queues the first of them, to wait `delaySeconds`, carrying
 * the rest. Nothing is queued for a fallback that is not needed.
 */
const renderedFallbacks = v.optional(
  v.array(
    v.object(
      {
        channel,
        to: text,
        message: renderedMessage,
        /** How long it waits after the channel before it failed (config `fallbackDelaySeconds`). */
        delaySeconds: v.pipe(count, v.maxValue(900, 'must be at most 900 (SQS DelaySeconds)')),
      },
      expected('an object'),
    ),
    expected('an array'),
  ),
);

/** A message handed from a render function to a channel's sender. */
export const messageJob = v.object(
  { ...messageFields, message: renderedMessage, fallbacks: renderedFallbacks },
  expected('an object'),
);
export type MessageJob = v.InferOutput<typeof messageJob>;

/**
 * A message decided but not yet written: the render function writes it in the customer's language, then
 * queues it for its channel (at `notBefore` when quiet hours defer it).
 */
export const plannedJob = v.object(
  {
    ...messageFields,
    locale: text,
    timeZone: text,
    givenName: v.optional(text),
    /** The message type's data, as the type's template reads it (checked by the type's own schema). */
    data: anyObject,
    /** ISO time before which it must not be sent (the end of the customer's quiet hours). */
    notBefore: v.optional(instant),
    /**
     * For a type sent on the first reachable channel: the next reachable channels, in order, each tried if
     * the one before it fails for good.
     */
    fallbacks: v.optional(
      v.array(v.object({ channel, to: text }, expected('an object')), expected('an array')),
    ),
  },
  expected('an object'),
);
export type PlannedJob = v.InferOutput<typeof plannedJob>;

/** Names the job in a reason: `planned job.data: …`, `message job.channel: …`. */
export const PLANNED_JOB = 'planned job';
export const MESSAGE_JOB = 'message job';

/**
 * What names a job's message, whatever else the job holds or lacks: enough to record it and mark it in
 * the message ledger when it is given up on (shared/adapters/lambda/dead-letter-job.ts).
 */
export const jobIdentity = v.looseObject({
  notificationId: messageFields.notificationId,
  eventId: messageFields.eventId,
  customerId: messageFields.customerId,
  type: messageFields.type,
  category: messageFields.category,
  channel,
  occurrence: messageFields.occurrence,
  variant: messageFields.variant,
  journey: messageFields.journey,
  step: messageFields.step,
  fallbackAfter: messageFields.fallbackAfter,
  // Read when they are there; a job without them is still recorded.
  locale: v.fallback(v.optional(text), undefined),
  message: v.fallback(
    v.optional(
      v.looseObject({
        locale: v.fallback(v.optional(text), undefined),
        template: v.fallback(v.optional(text), undefined),
      }),
    ),
    undefined,
  ),
});
