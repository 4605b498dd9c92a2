import { deliveryRecord } from '../domain/delivery-record.ts';
import { assignVariant } from '../domain/experiments.ts';
import { type Intent, notificationIdFor, occurrenceKey } from '../domain/notification.ts';
import { planChannels } from '../domain/policy/channel-plan.ts';
import type { ConsentLedgerEntry, ConsentLedgerState } from '../domain/policy/consent-ledger.ts';
import { localDay } from '../domain/policy/frequency-cap.ts';
import { decideQuietHours, type QuietWindow } from '../domain/policy/quiet-hours.ts';
import { addressFor, type Channel, type CustomerProfile } from '../domain/profile.ts';
import { templateIdentity } from '../domain/templates/identity.ts';
import type { NotificationDefinition } from '../notifications/definition.ts';
import type { DeliveryLog } from '../ports/delivery.ts';
import type { MessageClaims } from '../ports/message-ledger.ts';
import type { CapCounter } from '../ports/policy.ts';
import type { PlanQueue } from '../ports/queues.ts';

/** The deployment's policy settings. */
export interface NotifyPolicy {
  /** Quiet hours for customers who set none; equal start and end for none. */
  defaultQuietHours: QuietWindow;
  /** Marketing messages per customer and local day. */
  marketingCap: number;
  /** Whether transactional messages may go on a channel the customer never decided about. */
  transactionalDefault: 'granted' | 'denied';
}

export interface NotifyDeps {
  claims: MessageClaims;
  plans: PlanQueue;
  log: DeliveryLog;
  now: () => Date;
  policy: NotifyPolicy;
  /**
   * The daily marketing cap. Required of every function that can send a message, whatever it sends today:
   * a trigger wired without it does not compile, so a marketing type added to it later is capped.
   */
  caps: CapCounter;
}

/** The profile's current consents as consent ledger entries (the latest per channel and category). */
function consentState(profile: CustomerProfile): ConsentLedgerState {
  const state: Record<string, ConsentLedgerEntry> = {};
  for (const [key, consent] of Object.entries(profile.consents)) {
    const [channel, category] = key.split(':') as [Channel, 'transactional' | 'marketing'];
    state[key] = {
      customerId: profile.customerId,
      channel,
      category,
      granted: consent.granted,
      source: consent.source,
      occurredAt: consent.at,
      eventId: consent.eventId ?? '',
    };
  }
  return state;
}

/**
 * Turns an intent into messages, each with a delivery record explaining its outcome:
 * 1. plans the channels: the customer's order first, then the type's other channels, keeping those the customer can be reached on and
 *    consented to (security: at least one reachable channel regardless); each left-out channel is logged
 *    `suppressed` (consent, no_contact);
 * 2. applies the marketing cap for the customer's local day (`suppressed`, frequency_cap);
 * 3. applies quiet hours in the customer's time zone: a non-urgent message is `deferred` until the window
 *    opens, then sent;
 * 4. claims each message in the ledger, so a redelivered bank event stops here (a message claimed but not
 *    yet sent is planned again; the sender's lease keeps it from going out twice);
 * 5. hands it to the render function, which writes it in the customer's language and queues it for its
 *    channel, at once or at the end of the quiet hours. A type sent on the first channel carries the other
 *    reachable channels as fallbacks: each is sent only if the channels before it failed for good.
 * With `options.suppress` (a decision not to send, e.g. an expired offer) the message goes no further than
 * step 1: it is recorded `suppressed` with that reason on the channels it would have gone on, and claimed,
 * so a redelivered event records nothing more.
 */
export async function notify(
  profile: CustomerProfile,
  intent: Intent,
  spec: Pick<NotificationDefinition, 'channels' | 'delivery' | 'urgency' | 'experiment'>,
  deps: NotifyDeps,
  options: { suppress?: string } = {},
): Promise<void> {
  const now = deps.now();
  const base = {
    eventId: intent.eventId,
    customerId: intent.customerId,
    type: intent.type,
    category: intent.category,
    // Part of the message's identity (claims, notification ids), never of its records.
    ...(intent.occurrence ? { occurrence: intent.occurrence } : {}),
  };
  const variant = spec.experiment ? assignVariant(intent.customerId, spec.experiment) : undefined;
  // A journey's message names its journey and step on every record, down to the sender's.
  const journey = {
    ...(intent.journey ? { journey: intent.journey } : {}),
    ...(intent.step ? { step: intent.step } : {}),
  };
  const plan = planChannels({
    category: intent.category,
    contacts: profile.contacts,
    // The customer's order, among the channels this type is written for.
    channelOrder: profile.channelOrder?.filter((channel) => spec.channels.includes(channel)),
    defaultOrder: spec.channels,
    consent: consentState(profile),
    transactionalDefault: deps.policy.transactionalDefault,
  });
  const chosen = spec.delivery === 'every' ? plan.channels : plan.channels.slice(0, 1);
  // Sent on the first channel: the other reachable channels, in order, are its fallbacks.
  const fallbacks =
    spec.delivery === 'first'
      ? plan.channels.slice(1).flatMap((channel) => {
          const to = addressFor(profile, channel);
          return to ? [{ channel, to }] : [];
        })
      : [];

  // Every channel the message gets a claim on, recorded with each claim: whether it reached none of them
  // is decided on these (Notification.Failed, shared/domain/status-events.ts).
  const reachable = chosen.filter((channel) => addressFor(profile, channel));
  const channels =
    spec.delivery === 'every' || chosen.length === 0
      ? [...plan.skipped.map((s) => s.channel), ...reachable]
      : [...reachable, ...fallbacks.map((f) => f.channel)];

  const unsent = async (channel: Channel, status: 'suppressed' | 'deferred', reason: string) => {
    const notificationId = notificationIdFor({ ...base, channel });
    const message = templateIdentity(intent.type, channel, profile.locale);
    const claim = await deps.claims.claim(
      { ...base, channel },
      status === 'deferred'
        ? { status: 'queued', notificationId, at: now, channels }
        : { status: 'suppressed', notificationId, at: now, channels, reason },
    );
    if (claim === 'duplicate') return undefined;
    if (claim === 'claimed') {
      deps.log.write(
        deliveryRecord({
          time: now.toISOString(),
          notificationId,
          ...base,
          channel,
          status,
          reason,
          ...journey,
          ...(variant ? { variant } : {}),
          locale: message.locale,
          template: message.template,
        }),
      );
    }
    return notificationId;
  };

  // Left-out channels are logged when they mattered: for a type sent on every channel, each one; for a type
  // sent on the first reachable channel, only when none was (the message is then not sent at all).
  if (spec.delivery === 'every' || chosen.length === 0) {
    for (const { channel, reason } of plan.skipped) await unsent(channel, 'suppressed', reason);
  }
  if (chosen.length === 0) return;
  if (options.suppress) {
    for (const channel of chosen) await unsent(channel, 'suppressed', options.suppress);
    return;
  }

  if (intent.category === 'marketing') {
    const day = localDay(now, profile.timeZone);
    const allowed = await deps.caps.consume(
      intent.customerId,
      day,
      deps.policy.marketingCap,
      // One slot per message of the event: a journey's steps each take their own.
      occurrenceKey(intent),
      now,
    );
    if (!allowed) {
      for (const channel of chosen) await unsent(channel, 'suppressed', 'frequency_cap');
      return;
    }
  }

  const timing = decideQuietHours({
    now,
    timeZone: profile.timeZone,
    window: profile.quietHours,
    defaultWindow: deps.policy.defaultQuietHours,
    category: intent.category,
    urgency: spec.urgency,
  });

  for (const channel of chosen) {
    const address = addressFor(profile, channel);
    if (!address) continue;
    let notificationId: string | undefined;
    if (timing.deliver === 'later') {
      notificationId = await unsent(channel, 'deferred', timing.reason);
    } else {
      notificationId = notificationIdFor({ ...base, channel });
      const claim = await deps.claims.claim(
        { ...base, channel },
        { status: 'queued', notificationId, at: now, channels },
      );
      if (claim === 'duplicate') notificationId = undefined;
    }
    if (!notificationId) continue;
    await deps.plans.submit({
      notificationId,
      ...base,
      channel,
      to: address,
      occurredAt: intent.occurredAt,
      locale: profile.locale,
      timeZone: profile.timeZone,
      ...(profile.name?.given ? { givenName: profile.name.given } : {}),
      data: intent.data,
      ...journey,
      ...(variant ? { variant } : {}),
      ...(timing.deliver === 'later' ? { notBefore: timing.at.toISOString() } : {}),
      ...(fallbacks.length > 0 ? { fallbacks } : {}),
      ...(intent.notAfter ? { notAfter: intent.notAfter } : {}),
    });
  }
}
