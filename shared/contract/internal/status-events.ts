/**
 * The status events function's inputs: its selection (`STATUS_EVENTS`, from config `statusEvents`) and the
 * delivery records a CloudWatch Logs subscription hands it (one log event's message each).
 */
import * as v from 'valibot';
import { CATEGORIES } from '../../domain/profile.ts';
import { channel, expected, oneOf } from '../common.ts';
import { STATUSES } from '../events/notification-status-changed.ts';
import { text } from './parse.ts';

/** Which delivery outcomes become status events (shared/domain/status-events.ts `StatusEventSelection`). */
export const statusEventSelection = v.object(
  {
    statuses: v.array(oneOf(STATUSES), expected('an array of delivery statuses')),
    allStatusesOf: v.array(oneOf(CATEGORIES), expected('an array of categories')),
    types: v.optional(v.array(text, expected('an array of notification types'))),
  },
  expected('an object'),
);

/** A delivery log record v1, as far as a status event reads it; other fields are left out. */
export const deliveryRecordLine = v.object(
  {
    kind: v.literal('delivery', expected('"delivery"')),
    v: v.literal(1, expected('1')),
    time: text,
    notificationId: text,
    eventId: text,
    customerId: text,
    type: text,
    category: oneOf(CATEGORIES),
    channel,
    status: oneOf(STATUSES),
    reason: v.optional(text),
    journey: v.optional(text),
    step: v.optional(text),
    variant: v.optional(text),
    locale: text,
    template: text,
  },
  expected('an object'),
);
