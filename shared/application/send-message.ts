import { deliveryRecord } from '../domain/delivery-record.ts';
import { DEAD_LETTERED, requeueDelaySeconds } from '../domain/job-retries.ts';
import { notificationIdFor } from '../domain/notification.ts';
import type { Channel } from '../domain/profile.ts';
import type { DeliveryLog, MessageSender } from '../ports/delivery.ts';
import { OptedOutSendError, PermanentSendError, ThrottledSendError } from '../ports/delivery.ts';
import type { ClaimKey, SendLedger } from '../ports/message-ledger.ts';
import type { SuppressionList } from '../ports/policy.ts';
import type { JobQueue, MessageJob } from '../ports/queues.ts';

export interface SendDeps {
  ledger: SendLedger;
  sender: MessageSender;
  log: DeliveryLog;
  now: () => Date;
  /** How long one attempt holds the right to call the provider. Longer than the function's timeout. */
  leaseMs: number;
  /**
   * Addresses that hard-bounced or complained; nothing is sent to them. Required: a sender wired without
   * the list does not compile.
   */
  suppressions: SuppressionList;
  /**
   * The channel queues: a job that must wait (the provider throttled it, another attempt holds its lease,
   * the channel before it has not settled) goes back on its own with a growing delay; the next channel's
   * job goes on that channel's once this one failed for good.
   */
  queue: JobQueue;
}

/** What the queue has to know about this receive of the job. */
export interface Receive {
  /**
   * This is the job's last receive: if it fails now, its queue moves it to the dead-letter queue
   * (SQS `ApproximateReceiveCount` ≥ the queue's `maxReceiveCount`).
   */
  last: boolean;
}

/**
 * - `throttled`: the provider throttled the call; the lease is given back and the job is back on its queue
 *   with a delay; no record (throttling is not an outcome).
 * - `retry`: the job must wait (another attempt holds the lease, or the channel before it has not settled);
 *   it is back on its queue with a delay.
 * - `dead_lettered`: given up on its last receive: recorded `failed`/`dead_lettered`; the queue moves it to
 *   the dead-letter queue, from which it can be redriven.
 */
export type SendOutcome =
  | 'sent'
  | 'failed'
  | 'suppressed'
  | 'duplicate'
  | 'retry'
  | 'throttled'
  | 'not_needed'
  | 'dead_lettered';

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
 * A fallback whose turn has come: the channel just before it is marked superseded (a redrive of its
 * dead-lettered job then sends nothing), then the fallback is claimed. 'retry' when that channel was taken
 * again meanwhile (a redriven job is sending it).
 */
async function claimFallbackTurn(
  job: Pick<MessageJob, 'notificationId'>,
  key: ClaimKey,
  after: readonly Channel[],
  deps: Pick<SendDeps, 'ledger' | 'now'>,
): Promise<'go' | 'retry'> {
  const previous = after[after.length - 1] as Channel;
  if (!(await deps.ledger.supersede({ ...key, channel: previous }, key.channel, deps.now()))) return 'retry';
  await deps.ledger.claimFallback(key, job.notificationId, deps.now());
  return 'go';
}

/** The provider accepted the message, but recording its message id failed (`cause`). */
export class UnrecordedSendError extends Error {
  constructor(cause: unknown) {
    super(
      `the provider accepted the message; recording it failed (${cause instanceof Error ? cause.name : typeof cause})`,
      { cause },
    );
    this.name = 'UnrecordedSendError';
  }
}

const keyOf = (
  job: Pick<MessageJob, 'customerId' | 'eventId' | 'type' | 'channel' | 'occurrence'>,
): ClaimKey => ({
  customerId: job.customerId,
  eventId: job.eventId,
  type: job.type,
  channel: job.channel,
  ...(job.occurrence ? { occurrence: job.occurrence } : {}),
});

/** Puts the job back on its queue to wait, longer each time (shared/domain/job-retries.ts). */
async function requeue(job: MessageJob, queue: JobQueue): Promise<void> {
  const requeues = (job.requeues ?? 0) + 1;
  await queue.enqueue(
    { ...job, requeues },
    { delaySeconds: requeueDelaySeconds(job.notificationId, requeues) },
  );
}

/**
 * The job of the next channel of a message whose channel failed for good: written already (the job's
 * `fallbacks`), named after its own channel, to be sent only if this channel is still the last one tried
 * and failed (its `fallbackAfter` ends with it), and carrying the rest of the chain. Undefined when there is
 * no next channel.
 */
export function nextChannelJob(job: MessageJob): { job: MessageJob; delaySeconds: number } | undefined {
  const [next, ...rest] = job.fallbacks ?? [];
  if (!next) return undefined;
  const { requeues: _r, fallbacks: _f, ...fields } = job;
  return {
    job: {
      ...fields,
      notificationId: notificationIdFor({ ...job, channel: next.channel }),
      channel: next.channel,
      to: next.to,
      message: next.message,
      fallbackAfter: [...(job.fallbackAfter ?? []), job.channel],
      ...(rest.length > 0 ? { fallbacks: rest } : {}),
    },
    delaySeconds: next.delaySeconds,
  };
}

/**
 * Falls back: queues the next channel's job (nextChannelJob), to wait its delay. Called once the message is
 * failed for good in the ledger, so a job redelivered after a crash between the two finds it so and queues
 * the fallback again (fallBackIfFailed); the fallback's own claim and lease keep a second copy from sending.
 */
async function fallBack(job: MessageJob, queue: JobQueue): Promise<void> {
  const next = nextChannelJob(job);
  if (next) await queue.enqueue(next.job, { delaySeconds: next.delaySeconds });
}

/** Falls back if the job's message, settled by an earlier attempt, failed for good (not sent, not erased). */
async function fallBackIfFailed(job: MessageJob, deps: Pick<SendDeps, 'ledger' | 'queue'>): Promise<void> {
  if (!job.fallbacks?.length) return;
  const status = await deps.ledger.statusOf(keyOf(job));
  if (status !== undefined && FAILED_FOR_GOOD.has(status)) await fallBack(job, deps.queue);
}

/**
 * Sends one queued message, never twice once the provider's message id is recorded:
 * 1. takes the send lease in the ledger; a settled message is not sent again, and a message whose lease
 *    another attempt holds waits (the job goes back on its queue with a delay);
 * 2. leaves out a message past its `notAfter` (an offer that expired while it waited): `suppressed`,
 *    `expired`; and an address on the suppression list (hard bounce, complaint): `suppressed`;
 * 3. calls the provider;
 * 4. records the provider's message id, then logs `sent`.
 * A permanent provider error marks the message failed and logs `failed`; a recipient on the provider's
 * opt-out list marks it `suppressed`, reason `opted_out`. A message that fails for good (failed,
 * suppressed, given up on) and has fallbacks queues the next channel's job, to wait `delaySeconds`
 * (fallBack): a message sent on its first channel costs no fallback job at all. Provider throttling is not a
 * failure: the lease is given back (the message is `queued` again, so the next attempt is not taken for
 * an abandoned one) and the job goes back on its queue with a growing delay, for as long as the provider
 * throttles; nothing is logged. Any other error is thrown so the queue retries the job after the lease has
 * expired, except on the job's last receive (`receive.last`): then the job is given up on (`deadLetter`):
 * logged `failed`/`dead_lettered`, and left for the queue to move to the dead-letter queue.
 *
 * A fallback (a job with `fallbackAfter`) first checks the channels before it (`fallbackDecision`) and is
 * claimed only when it must go out; a fallback that is not needed (a copy queued again by a redelivered
 * job, the customer erased since) leaves no record.
 *
 * An attempt can die after the provider accepted the message and before step 4 (a timeout, a crash). Its
 * lease then expires with no outcome recorded, and the two kinds of message are treated differently:
 * security and transactional messages are sent again (nothing is lost; the customer may, rarely, get the
 * same alert twice), marketing is not (a missed offer is better than a repeated one): it is logged
 * `failed` with reason `outcome_unknown`.
 *
 * A message whose claim is gone when its job arrives (the customer was erased after it was decided, e.g.
 * while it waited for quiet hours to end) is not sent and is logged `suppressed` with reason `erased`.
 *
 * Erasure may delete the message between step 1 and step 4: the ledger then writes nothing (it never
 * recreates an erased item), and the record is still logged, because the message did go out (or did
 * fail): the delivery log says what happened, and carries no contact.
 */
export async function sendMessage(
  job: MessageJob,
  deps: SendDeps,
  receive: Receive = { last: false },
): Promise<SendOutcome> {
  try {
    return await attemptSend(job, deps);
  } catch (error) {
    // A message the provider accepted is never given up on as unsent: its lease expires, and a later
    // attempt (a redrive) treats it as any attempt that died after the provider call.
    if (!receive.last || error instanceof UnrecordedSendError) throw error;
    const outcome = await deadLetterMessage(job, deps);
    if (outcome !== 'undecided') return outcome;
    // A fallback whose turn has not come: it waits, as it would have without the error.
    await requeue(job, deps.queue);
    return 'retry';
  }
}

async function attemptSend(job: MessageJob, deps: SendDeps): Promise<SendOutcome> {
  const key = keyOf(job);
  if (job.fallbackAfter?.length) {
    const decision = await fallbackDecision(key, job.fallbackAfter, deps.ledger);
    const turn = decision === 'go' ? await claimFallbackTurn(job, key, job.fallbackAfter, deps) : decision;
    if (turn === 'not_needed') return 'not_needed';
    if (turn === 'retry') {
      await requeue(job, deps.queue);
      return 'retry';
    }
  }
  const reclaimExpiredLease = job.category !== 'marketing';
  const begunAt = deps.now();
  const lease = await deps.ledger.beginSend(key, begunAt, deps.leaseMs, { reclaimExpiredLease });
  if (lease === 'sent') {
    // Settled before: an attempt that failed it for good may have stopped before queuing its fallback.
    await fallBackIfFailed(job, deps);
    return 'duplicate';
  }
  if (lease === 'busy') {
    await requeue(job, deps.queue);
    return 'retry';
  }
  const base = recordBase(deadLetteredJobOf(job));
  // The ledger write never recreates an item erasure removed (markUnsent is conditional on it); a message
  // failed for good falls back to its next channel, unless the customer was erased meanwhile.
  const unsent = async (status: 'failed' | 'suppressed', reason: string): Promise<SendOutcome> => {
    const at = deps.now();
    const written = await deps.ledger.markUnsent(key, { status, reason }, at);
    deps.log.write(deliveryRecord({ time: at.toISOString(), ...base, status, reason }));
    if (written === 'recorded') await fallBack(job, deps.queue);
    return status;
  };
  // Decided, then the customer was erased (e.g. while the message waited for quiet hours to end): it is not
  // sent, and its record says so, so that every `deferred` or queued message ends in one outcome.
  if (lease === 'erased') return unsent('suppressed', 'erased');
  if (lease === 'abandoned') return unsent('failed', 'outcome_unknown');
  if (job.notAfter && deps.now().getTime() >= Date.parse(job.notAfter))
    return unsent('suppressed', 'expired');
  const suppressed = await deps.suppressions.reasonFor(job.channel, job.to);
  if (suppressed) return unsent('suppressed', suppressed);
  let providerMessageId: string;
  try {
    providerMessageId = await deps.sender.send(job);
  } catch (error) {
    // The customer opted out at the provider: a decision not to send, not a failure. The delivery log's
    // consumer takes the record into the consent ledger (shared/application/provider-opt-out.ts).
    if (error instanceof OptedOutSendError) return unsent('suppressed', error.reason);
    if (error instanceof PermanentSendError) return unsent('failed', error.reason);
    if (!(error instanceof ThrottledSendError)) throw error;
    // Only this attempt's lease is given back; one that expired and was taken by another attempt is left
    // to it, and this copy of the job is dropped.
    if (!(await deps.ledger.releaseSend(key, begunAt.getTime() + deps.leaseMs))) return 'duplicate';
    await requeue(job, deps.queue);
    return 'throttled';
  }
  const at = deps.now();
  const { eventId: _e, customerId: _c, type: _t, channel: _ch, ...facts } = base;
  try {
    await deps.ledger.markSent(key, providerMessageId, at, {
      ...facts,
      ...(job.occurrence ? { occurrence: job.occurrence } : {}),
    });
  } catch (error) {
    throw new UnrecordedSendError(error);
  }
  const latencyMs = Math.max(0, at.getTime() - Date.parse(job.occurredAt));
  deps.log.write(
    deliveryRecord({ time: at.toISOString(), ...base, status: 'sent', providerMessageId, latencyMs }),
  );
  return 'sent';
}

/** What a function knows of a message when it gives up on its job: its ledger key and its record's fields. */
export type DeadLetteredJob = Pick<
  MessageJob,
  | 'notificationId'
  | 'eventId'
  | 'customerId'
  | 'type'
  | 'category'
  | 'channel'
  | 'fallbackAfter'
  | 'occurrence'
  | 'journey'
  | 'step'
  | 'variant'
> & { locale: string; template: string };

/** A rendered message job as a dead-lettered job. */
export function deadLetteredJobOf(job: MessageJob): DeadLetteredJob {
  const { message, to: _to, occurredAt: _o, requeues: _r, fallbacks: _f, notAfter: _n, ...fields } = job;
  return { ...fields, locale: message.locale, template: message.template };
}

/** The fields a delivery record takes from a job. */
export const recordBase = (job: DeadLetteredJob) => ({
  notificationId: job.notificationId,
  eventId: job.eventId,
  customerId: job.customerId,
  type: job.type,
  category: job.category,
  channel: job.channel,
  ...(job.journey ? { journey: job.journey } : {}),
  ...(job.step ? { step: job.step } : {}),
  ...(job.variant ? { variant: job.variant } : {}),
  locale: job.locale,
  template: job.template,
});

/**
 * - `dead_lettered`: recorded; the queue is to move the job to the dead-letter queue (report it failed);
 * - `undecided`: a fallback whose turn has not come (the channel before it has not settled): nothing is
 *   recorded or marked, since it may never be needed;
 * - `duplicate`: the message was settled meanwhile (sent, failed, suppressed): the job is done with;
 * - `not_needed`: a fallback that is not needed, or a message erased meanwhile: the job is done with.
 */
export type DeadLetterOutcome = 'dead_lettered' | 'undecided' | 'duplicate' | 'not_needed';

/**
 * A job given up on, on its last receive, by the function that could not process it (a sender, a render
 * function, defer); its queue then moves it to the job dead-letter queue:
 * 1. a fallback is looked at first, as its sender would: not needed → nothing to keep; its turn not come
 *    → `undecided`; its turn → the channel before it is superseded and the fallback claimed;
 * 2. the ledger marks the message `failed` (reason `dead_lettered`), if it is still queued or being sent
 *    (or was dead-lettered before and redriven): its fallback channel can then go out;
 * 3. logs `failed`/`dead_lettered` (or the reason given: `invalid_data: …` for data that fits no schema).
 * A redrive (`herald redrive`) puts the job back on its queue: a dead-lettered message is then taken again
 * and sent, unless its fallback superseded it (the customer has the message on another channel) or it was
 * sent meanwhile.
 */
export async function deadLetter(
  job: DeadLetteredJob,
  deps: { ledger: SendLedger; log: DeliveryLog; now: () => Date },
  reason: string = DEAD_LETTERED,
): Promise<DeadLetterOutcome> {
  const key = keyOf(job);
  if (job.fallbackAfter?.length) {
    const decision = await fallbackDecision(key, job.fallbackAfter, deps.ledger);
    if (decision === 'not_needed') return 'not_needed';
    const turn = decision === 'go' ? await claimFallbackTurn(job, key, job.fallbackAfter, deps) : decision;
    if (turn === 'retry') return 'undecided';
  }
  const at = deps.now();
  const marked = await deps.ledger.markDeadLettered(key, at);
  if (marked === 'settled') return 'duplicate';
  if (marked === 'missing') return 'not_needed';
  deps.log.write(deliveryRecord({ time: at.toISOString(), ...recordBase(job), status: 'failed', reason }));
  return 'dead_lettered';
}

/**
 * A message job given up on, on its last receive, by the function holding it (its sender, or defer):
 * dead-lettered (deadLetter); when that leaves the message failed for good, its next channel's job is
 * queued (fallBack), and when it was settled meanwhile and failed for good, too (the attempt that settled it
 * may have stopped before). A queue write that fails throws: the job is then kept in the dead-letter
 * queue, and its redrive sends the message or falls back.
 */
export async function deadLetterMessage(
  job: MessageJob,
  deps: { ledger: SendLedger; log: DeliveryLog; now: () => Date; queue: JobQueue },
): Promise<DeadLetterOutcome> {
  const outcome = await deadLetter(deadLetteredJobOf(job), deps);
  if (outcome === 'dead_lettered') await fallBack(job, deps.queue);
  if (outcome === 'duplicate') await fallBackIfFailed(job, deps);
  return outcome;
}
