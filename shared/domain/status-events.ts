// What Herald tells the bank about its messages (README "Delivery status events"): which delivery outcomes
// become `Notification.StatusChanged` events, what such an event carries, and when a message counts as
// undeliverable (`Notification.Failed`). Pure: the use case (shared/application/publish-status.ts) reads
// the ledger and claims each event once.
import type { DeliveryRecord, DeliveryStatus } from './delivery-record.ts';
import type { Category, Channel } from './profile.ts';

/** Which delivery outcomes are published as status events: per environment (config `statusEvents`). */
export interface StatusEventSelection {
  /** Statuses published for every type. */
  statuses: readonly DeliveryStatus[];
  /** Categories whose messages have every status published. */
  allStatusesOf: readonly Category[];
  /** When set, only these types (dotted names, or a prefix ending in `.`, e.g. `card_activation.`). */
  types?: readonly string[];
}

/**
 * The default: what a bank acts on (a failure, a bounce, a complaint, a customer's reply) and everything
 * about security messages (a fraud team wants to know the alert reached the customer). A marketing `sent`
 * is not published: a bank is not billed for events it does not want.
 */
export const DEFAULT_STATUS_EVENTS: StatusEventSelection = {
  statuses: ['failed', 'bounced', 'complained', 'replied'],
  allStatusesOf: ['security'],
};

const typeSelected = (types: readonly string[] | undefined, type: string) =>
  types === undefined || types.some((t) => (t.endsWith('.') ? type.startsWith(t) : type === t));

/** Whether the record's outcome is published as a `Notification.StatusChanged`. */
export function selectsStatusEvent(selection: StatusEventSelection, record: DeliveryRecord): boolean {
  if (!typeSelected(selection.types, record.type)) return false;
  return selection.allStatusesOf.includes(record.category) || selection.statuses.includes(record.status);
}

/**
 * The Detail of a `Notification.StatusChanged`: ids and facts of the record, never its locale, template,
 * provider message id or anything about the customer beyond the bank's own id.
 */
export function statusChangedDetail(record: DeliveryRecord) {
  return {
    v: 1 as const,
    notificationId: record.notificationId,
    eventId: record.eventId,
    customerId: record.customerId,
    type: record.type,
    category: record.category,
    channel: record.channel,
    status: record.status,
    ...(record.reason !== undefined ? { reason: record.reason } : {}),
    ...(record.journey !== undefined ? { journey: record.journey } : {}),
    ...(record.step !== undefined ? { step: record.step } : {}),
    ...(record.variant !== undefined ? { variant: record.variant } : {}),
    occurredAt: record.time,
  };
}

/** The idempotency key of a status event, as the bank de-duplicates it and as Herald claims it. */
export const statusEventKey = (record: Pick<DeliveryRecord, 'notificationId' | 'status'>) =>
  `${record.notificationId}#${record.status}`;

/** One channel of a message as the message ledger holds it. */
export interface ChannelOutcome {
  channel: Channel;
  notificationId: string;
  /** `queued`, `sending`, `sent`, `failed`, `suppressed`. */
  status: string;
  reason?: string;
  /** The channels the message was planned for, in order, when its claim recorded them. */
  planned?: readonly Channel[];
}

/** Categories whose undeliverable messages are reported (`Notification.Failed`). */
const REPORTED: readonly Category[] = ['security', 'transactional'];
const UNSENT = new Set(['failed', 'suppressed']);
const SNAKE_CASE = /^[a-z][a-z0-9_]{0,63}$/;

/** A message that reached no channel: each planned channel's outcome, in the planned order. */
export interface Undeliverable {
  channels: { channel: Channel; notificationId: string; status: 'failed' | 'suppressed'; reason: string }[];
}

/**
 * Whether a security or transactional message could not be delivered on any channel: every channel it was
 * planned for (its claims record them; without that record, the channels that have a claim) has a claim,
 * and each ended `failed` or `suppressed`. A channel still queued or being sent, a fallback not yet claimed,
 * or one that was sent: not (yet) undeliverable.
 */
export function undeliverable(
  category: Category,
  outcomes: readonly ChannelOutcome[],
): Undeliverable | undefined {
  if (!REPORTED.includes(category) || outcomes.length === 0) return undefined;
  const planned = outcomes.find((o) => o.planned?.length)?.planned ?? outcomes.map((o) => o.channel);
  const byChannel = new Map(outcomes.map((o) => [o.channel, o]));
  const channels: Undeliverable['channels'] = [];
  for (const channel of planned) {
    const outcome = byChannel.get(channel);
    if (!outcome || !UNSENT.has(outcome.status)) return undefined;
    channels.push({
      channel,
      notificationId: outcome.notificationId,
      status: outcome.status as 'failed' | 'suppressed',
      reason: outcome.reason ?? 'unknown',
    });
  }
  return channels.length > 0 ? { channels } : undefined;
}

/**
 * The Detail of a `Notification.Failed`: `channel` and `notificationId` name the first planned channel;
 * `reason` is that channel's code when it was the only one, `all_channels_failed` otherwise.
 */
export function notificationFailedDetail(
  record: Pick<DeliveryRecord, 'eventId' | 'customerId' | 'type' | 'category' | 'time'>,
  failure: Undeliverable,
) {
  const [first] = failure.channels;
  if (!first) throw new Error('an undeliverable message has at least one channel');
  const single = failure.channels.length === 1 && SNAKE_CASE.test(first.reason);
  return {
    v: 1 as const,
    notificationId: first.notificationId,
    eventId: record.eventId,
    occurredAt: record.time,
    customerId: record.customerId,
    type: record.type,
    channel: first.channel,
    reason: single ? first.reason : 'all_channels_failed',
    category: record.category as 'security' | 'transactional',
    channels: failure.channels,
  };
}
