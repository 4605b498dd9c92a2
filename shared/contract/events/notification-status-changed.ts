import * as v from 'valibot';
import { channel, customerId, dateTime, expected, id, identifier, objectOf, oneOf, text } from '../common.ts';

/**
 * Herald → bank (Source `herald`): one delivery outcome of one notification, as its delivery record states
 * it (README "Delivery status events"). Ids and facts only: never a contact or the message's content.
 *
 * Delivered at least once and possibly out of order: the idempotency key is `notificationId` + `status`.
 */
export const detailType = 'Notification.StatusChanged';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). A delivery outcome of one notification (one message on one channel), as the ' +
  'delivery log records it; which statuses and types are published is per-environment configuration. Ids and ' +
  'facts only, never contact details or content. Delivered at least once, possibly out of order: de-duplicate by ' +
  'notificationId + status, and order by occurredAt. eventId is the id of the bank event that caused the notification.';

/** The statuses a status event can carry (the delivery log's, PRODUCT.md). */
export const STATUSES = [
  'sent',
  'delivered',
  'failed',
  'suppressed',
  'deferred',
  'bounced',
  'complained',
  'opened',
  'clicked',
  'replied',
  'converted',
] as const;

export const schema = objectOf({
  v: v.optional(v.literal(1, expected('1'))),
  notificationId: id,
  eventId: v.pipe(
    identifier(256),
    v.description('The eventId of the bank event that caused the notification.'),
  ),
  customerId,
  type: v.pipe(
    v.string(expected('a dotted notification type such as "balance.low"')),
    v.regex(
      /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
      expected('a dotted notification type such as "balance.low"'),
    ),
  ),
  category: oneOf(['security', 'transactional', 'marketing']),
  channel,
  status: oneOf(STATUSES),
  reason: v.optional(
    v.pipe(
      v.string(expected('a reason code')),
      v.maxLength(256, 'must be at most 256 characters'),
      v.description(
        'Why: set for failed, suppressed and deferred (e.g. "consent", "bounced_address"); an open set of codes.',
      ),
    ),
  ),
  journey: v.optional(text(64)),
  step: v.optional(text(64)),
  variant: v.optional(text(64)),
  occurredAt: v.pipe(
    dateTime,
    v.description('When the outcome happened: the delivery record `time`. Order by it, not by arrival.'),
  ),
});

export type NotificationStatusChanged = v.InferOutput<typeof schema>;
