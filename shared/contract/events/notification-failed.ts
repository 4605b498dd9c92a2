import * as v from 'valibot';
import { channel, customerId, expected, id, identifier, objectOf, occurredAt, oneOf } from '../common.ts';

/**
 * Herald → bank (Source `herald`): a notification could not be delivered on any channel.
 *
 * `eventId` is the id of the bank event that caused the notification (as in the delivery log), so the
 * bank can correlate; the idempotency key of this event is `notificationId`.
 */
export const detailType = 'Notification.Failed';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). A notification could not be delivered. eventId is the id of the bank event ' +
  'that caused it (as in the delivery log); notificationId identifies the notification and is the idempotency key. ' +
  'type is the notification type (e.g. "balance.low"); reason is a snake_case code (e.g. "bounced_address", ' +
  '"no_contact", "provider_error", "all_channels_failed"). Emitted once per message of a security or ' +
  'transactional type that reached no channel; channels lists, in the order they were planned, what each ' +
  'channel ended in and why (channel and notificationId name the first of them).';

const reasonCode = v.pipe(
  v.string(expected('a snake_case reason code such as "bounced_address"')),
  v.regex(/^[a-z][a-z0-9_]{0,63}$/, expected('a snake_case reason code such as "bounced_address"')),
);

export const schema = objectOf({
  notificationId: id,
  eventId: v.pipe(
    identifier(256),
    v.description('The eventId of the bank event that caused the notification.'),
  ),
  occurredAt,
  customerId,
  type: v.pipe(
    v.string(expected('a dotted notification type such as "balance.low"')),
    v.regex(
      /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
      expected('a dotted notification type such as "balance.low"'),
    ),
  ),
  channel,
  reason: reasonCode,
  category: v.optional(oneOf(['security', 'transactional'])),
  channels: v.optional(
    v.pipe(
      v.array(
        objectOf({
          channel,
          notificationId: id,
          status: oneOf(['failed', 'suppressed']),
          reason: v.pipe(
            v.string(expected('a reason code')),
            v.maxLength(256, 'must be at most 256 characters'),
          ),
        }),
        expected('an array of channel outcomes'),
      ),
      v.description('Every channel the message was planned for, in order, with its outcome and reason.'),
    ),
  ),
});

export type NotificationFailed = v.InferOutput<typeof schema>;
