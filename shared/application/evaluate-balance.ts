import { decideLowBalance } from '../domain/balance.ts';
import { deliveryRecord } from '../domain/delivery-record.ts';
import { type Intent, planDeliveries } from '../domain/notification.ts';
import type { CustomerProfile } from '../domain/profile.ts';
import { balanceLowData, renderBalanceLow } from '../domain/templates/balance-low.ts';
import { DEFAULT_BRAND } from '../domain/templates/render.ts';
import type { JobQueue, MessageClaims, ProfileReader } from '../ports/ports.ts';
import { type BusEvent, type RejectDeps, rejectEvent } from './accept-event.ts';

export interface BalanceChangedDetail {
  eventId: string;
  occurredAt: string;
  customerId: string;
  accountId: string;
  balance: string;
  currency: string;
}

export interface NotifyDeps extends RejectDeps {
  profiles: ProfileReader;
  claims: MessageClaims;
  queue: JobQueue;
}

/**
 * Turns an intent into messages:
 * 1. plans one delivery per channel of the message type (contact and consent decide send or suppress);
 * 2. renders the message in the customer's language;
 * 3. claims each decision in the ledger, so a redelivered bank event stops here (a message claimed but
 *    not yet sent is queued again: the sender's lease keeps it from going out twice);
 * 4. queues what is to be sent, and logs what is suppressed.
 */
export async function notify(profile: CustomerProfile, intent: Intent, deps: NotifyDeps): Promise<void> {
  for (const planned of planDeliveries(profile, intent)) {
    const now = deps.now();
    const key = {
      customerId: intent.customerId,
      eventId: intent.eventId,
      type: intent.type,
      channel: planned.channel,
    };
    const status = planned.decision === 'send' ? 'queued' : 'suppressed';
    const message = renderBalanceLow(planned.channel, {
      locale: profile.locale,
      timeZone: profile.timeZone,
      ...(profile.name?.given ? { givenName: profile.name.given } : {}),
      brand: DEFAULT_BRAND,
      data: balanceLowData(intent.data),
    });
    const claim = await deps.claims.claim(key, { status, notificationId: planned.notificationId, at: now });
    if (claim === 'duplicate') continue;
    if (planned.decision === 'suppress') {
      deps.log.write(
        deliveryRecord({
          time: now.toISOString(),
          notificationId: planned.notificationId,
          eventId: intent.eventId,
          customerId: intent.customerId,
          type: intent.type,
          category: intent.category,
          channel: planned.channel,
          status: 'suppressed',
          reason: planned.reason,
          locale: message.locale,
          template: message.template,
        }),
      );
      continue;
    }
    await deps.queue.enqueue({
      notificationId: planned.notificationId,
      eventId: intent.eventId,
      customerId: intent.customerId,
      type: intent.type,
      category: intent.category,
      channel: planned.channel,
      to: planned.address,
      message,
      occurredAt: intent.occurredAt,
    });
  }
}

/**
 * Balance.Changed:
 * 1. an event for a customer Herald has no profile for is rejected (`unknown customer`);
 * 2. the low-balance rule decides whether an alert is due;
 * 3. the alert goes through `notify`.
 */
export async function evaluateBalance(
  event: BusEvent,
  detail: BalanceChangedDetail,
  deps: NotifyDeps,
): Promise<void> {
  const profile = await deps.profiles.get(detail.customerId);
  if (!profile) {
    await rejectEvent(event, 'detail.customerId: unknown customer (no Customer.Upserted received)', deps);
    return;
  }
  const intent = decideLowBalance(profile, detail);
  if (intent) await notify(profile, intent, deps);
}
