import type { ConsentLinkDeps } from '../domain/consent-link.ts';
import { notificationIdFor } from '../domain/notification.ts';
import { DEFAULT_FALLBACK_DELAY_SECONDS } from '../domain/policy/channel-plan.ts';
import type { ReplyLinkDeps } from '../domain/reply-link.ts';
import type { Brand, RenderedMessage } from '../domain/templates/render.ts';
import type { RendererTable } from '../domain/templates/type-renderer.ts';
import type { JobQueue, PlannedJob } from '../ports/queues.ts';

export class UnknownMessageTypeError extends Error {
  override readonly name = 'UnknownMessageTypeError';
}

/**
 * The planned message's data is not what its type's schema says: it can never be written. Given up on like
 * any job that fails (on its last receive), with `reason` on its `failed` record.
 */
export class MalformedJobError extends Error {
  override readonly name = 'MalformedJobError';
  /** The delivery record's reason: `invalid_data: <type> data.<field> is missing`. */
  readonly reason: string;
  constructor(problem: string) {
    super(`the planned message's data does not fit its type: ${problem}`);
    this.reason = `invalid_data: ${problem}`;
  }
}

/**
 * One planned message:
 * 1. checks its data with its type's schema (shared/notifications/<type>/data.ts): a type this function
 *    does not write, or data that does not fit, is an error (the job is given up on its last receive);
 * 2. writes it for its channel in the customer's language (English where Herald does not write theirs), an
 *    e-mail with the customer's own signed consent links;
 * 3. queues it for its channel's sender, at once, or at `notBefore` when quiet hours defer it.
 */
export async function renderJob(
  job: PlannedJob,
  deps: {
    queue: JobQueue;
    brand: Brand;
    /** The message types this function writes (its generated table, shared/notifications/tables/). */
    renderers: RendererTable;
    replyLinks?: ReplyLinkDeps | undefined;
    /** Signs each e-mail's consent links (preference page, unsubscribe); without it, none are added. */
    consentLinks?: ConsentLinkDeps | undefined;
    /** How long a fallback waits for the channel before it; config `fallbackDelaySeconds`. */
    fallbackDelaySeconds?: number;
  },
): Promise<void> {
  const renderer = Object.hasOwn(deps.renderers, job.type) ? deps.renderers[job.type] : undefined;
  if (!renderer) throw new UnknownMessageTypeError(`no template for message type ${job.type}`);
  const checked = renderer.check(job.data);
  if (!checked.ok) throw new MalformedJobError(checked.problem);
  const { locale, timeZone, givenName, data: _data, notBefore, fallbacks = [], ...message } = job;
  const options = {
    locale,
    timeZone,
    brand: deps.brand,
    ...(givenName ? { givenName } : {}),
    // The customer's A/B variant picks the variant's copy (and stays on the job for the delivery record).
    ...(job.variant ? { variant: job.variant } : {}),
  };
  const context = {
    customerId: job.customerId,
    replyLinks: deps.replyLinks,
    consentLinks: deps.consentLinks,
  };
  // Every message of the plan is written before any is queued: a plan that cannot be written queues
  // nothing, so giving it up (on its last receive) leaves no message of it in flight.
  const rendered = await checked.write(job.channel, options, context);
  const fallbackMessages = [];
  for (const fallback of fallbacks)
    fallbackMessages.push(await checked.write(fallback.channel, options, context));

  await deps.queue.enqueue(
    { ...message, message: rendered },
    notBefore ? { notBefore: new Date(notBefore) } : {},
  );
  // Each fallback is queued to wait `fallbackDelaySeconds` more than the one before it; its sender sends it
  // only if the channels before it failed for good (see sendMessage).
  const delayMs = (deps.fallbackDelaySeconds ?? DEFAULT_FALLBACK_DELAY_SECONDS) * 1000;
  const tried = [job.channel];
  for (const [index, fallback] of fallbacks.entries()) {
    const waitMs = (index + 1) * delayMs;
    await deps.queue.enqueue(
      {
        ...message,
        notificationId: notificationIdFor({ ...job, channel: fallback.channel }),
        channel: fallback.channel,
        to: fallback.to,
        message: fallbackMessages[index] as RenderedMessage,
        fallbackAfter: [...tried],
      },
      notBefore ? { notBefore: new Date(Date.parse(notBefore) + waitMs) } : { delaySeconds: waitMs / 1000 },
    );
    tried.push(fallback.channel);
  }
}
