import { deliveryRecord } from '../domain/delivery-record.ts';
import type { Channel } from '../domain/profile.ts';
import type {
  ClaimKey,
  DeliveryLog,
  MessageJob,
  MessageSender,
  SendLedger,
  SuppressionList,
} from '../ports/ports.ts';
import { PermanentSendError } from '../ports/ports.ts';

export interface SendDeps {
  ledger: SendLedger;
  sender: MessageSender;
  log: DeliveryLog;
  now: () => Date;
  /** How long one attempt holds the right to call the provider. Longer than the function's timeout. */
  leaseMs: number;
  /** Addresses that hard-bounced or complained; nothing is sent to them. */
  suppressions?: SuppressionList;
}

export type SendOutcome = 'sent' | 'failed' | 'suppressed' | 'duplicate' | 'retry' | 'not_needed';

/** Statuses after which a message will not be sent: its fallback is. */
const FAILED_FOR_GOOD = new Set(['failed', 'suppressed']);

/**
 * Whether a fallback goes out: the channels before it are looked at from the last one back, and the last
 * one that was tried decides. Sent → not needed. Still queued or sending → ask again later. Failed for good
 * → go, if it is the channel just before this one; if it is an earlier one, the fallback before this one
 * has not run yet → ask again later. No channel tried at all (the customer was erased) → not needed.
 */
async function fallbackDecision(
  key: ClaimKey,
  after: readonly Channel[],
  ledger: SendLedger,
): Promise<'go' | 'retry' | 'not_needed'> {
  for (let i = after.length - 1; i >= 0; i--) {
    const channel = after[i] as Channel;
    const status = await ledger.statusOf({ ...key, channel });
    if (status === undefined) continue;
    if (status === 'sent') return 'not_needed';
    if (!FAILED_FOR_GOOD.has(status)) return 'retry';
    return i === after.length - 1 ? 'go' : 'retry';
  }
  return 'not_needed';
}

/**
 * Sends one queued message, never twice once the provider's message id is recorded:
 * 1. takes the send lease in the ledger; a settled message is not sent again, and a message whose lease
 *    another attempt holds is retried later;
 * 2. leaves out an address on the suppression list (hard bounce, complaint): `suppressed`;
 * 3. calls the provider;
 * 4. records the provider's message id, then logs `sent`.
 * A permanent provider error marks the message failed and logs `failed`; any other error is thrown so the
 * queue retries the job after the lease has expired.
 *
 * A fallback (a job with `fallbackAfter`) first checks the channels before it (`fallbackDecision`) and is
 * claimed only when it must go out; a fallback that is not needed leaves no record.
 *
 * An attempt can die after the provider accepted the message and before step 4 (a timeout, a crash). Its
 * lease then expires with no outcome recorded, and the two kinds of message are treated differently:
 * security and transactional messages are sent again (nothing is lost; the customer may, rarely, get the
 * same alert twice), marketing is not (a missed offer is better than a repeated one): it is logged
 * `failed` with reason `outcome_unknown`.
 */
export async function sendMessage(job: MessageJob, deps: SendDeps): Promise<SendOutcome> {
  const key: ClaimKey = {
    customerId: job.customerId,
    eventId: job.eventId,
    type: job.type,
    channel: job.channel,
  };
  if (job.fallbackAfter?.length) {
    const decision = await fallbackDecision(key, job.fallbackAfter, deps.ledger);
    if (decision !== 'go') return decision;
    await deps.ledger.claimFallback(key, job.notificationId, deps.now());
  }
  const reclaimExpiredLease = job.category !== 'marketing';
  const lease = await deps.ledger.beginSend(key, deps.now(), deps.leaseMs, { reclaimExpiredLease });
  if (lease === 'sent') return 'duplicate';
  if (lease === 'busy') return 'retry';
  const base = {
    notificationId: job.notificationId,
    eventId: job.eventId,
    customerId: job.customerId,
    type: job.type,
    category: job.category,
    channel: job.channel,
    ...(job.journey ? { journey: job.journey } : {}),
    ...(job.step ? { step: job.step } : {}),
    ...(job.variant ? { variant: job.variant } : {}),
    locale: job.message.locale,
    template: job.message.template,
  };
  const unsent = async (status: 'failed' | 'suppressed', reason: string): Promise<SendOutcome> => {
    const at = deps.now();
    await deps.ledger.markUnsent(key, { status, reason }, at);
    deps.log.write(deliveryRecord({ time: at.toISOString(), ...base, status, reason }));
    return status;
  };
  if (lease === 'abandoned') return unsent('failed', 'outcome_unknown');
  const suppressed = await deps.suppressions?.reasonFor(job.channel, job.to);
  if (suppressed) return unsent('suppressed', suppressed);
  try {
    const providerMessageId = await deps.sender.send(job);
    const at = deps.now();
    const { eventId: _e, customerId: _c, type: _t, channel: _ch, ...facts } = base;
    await deps.ledger.markSent(key, providerMessageId, at, facts);
    const latencyMs = Math.max(0, at.getTime() - Date.parse(job.occurredAt));
    deps.log.write(
      deliveryRecord({ time: at.toISOString(), ...base, status: 'sent', providerMessageId, latencyMs }),
    );
    return 'sent';
  } catch (error) {
    if (!(error instanceof PermanentSendError)) throw error;
    return unsent('failed', error.reason);
  }
}
