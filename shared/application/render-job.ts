import type { ConsentLinkDeps } from '../domain/consent-link.ts';
import { DEFAULT_FALLBACK_DELAY_SECONDS } from '../domain/policy/channel-plan.ts';
import type { ReplyLinkDeps } from '../domain/reply-link.ts';
import type { Brand } from '../domain/templates/render.ts';
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
 * 2. writes it for its channel, and for each fallback channel, in the customer's language (English where
 *    Herald does not write theirs), an e-mail with the customer's own signed consent links;
 * 3. queues it for its channel's sender, at once, or at `notBefore` when quiet hours defer it, with its
 *    fallbacks written inside the job: only when its channel fails for good does its sender queue the next
 *    one, `fallbackDelaySeconds` later (see sendMessage), so a fallback that is not needed costs nothing.
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
    /** How long a fallback waits after the channel before it failed; config `fallbackDelaySeconds`. */
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
  // Every message of the plan is written before it is queued: a plan that cannot be written queues
  // nothing, so giving it up (on its last receive) leaves no message of it in flight.
  const rendered = await checked.write(job.channel, options, context);
  const delaySeconds = deps.fallbackDelaySeconds ?? DEFAULT_FALLBACK_DELAY_SECONDS;
  const written = [];
  for (const fallback of fallbacks)
    written.push({
      ...fallback,
      message: await checked.write(fallback.channel, options, context),
      delaySeconds,
    });
  await deps.queue.enqueue(
    { ...message, message: rendered, ...(written.length > 0 ? { fallbacks: written } : {}) },
    notBefore ? { notBefore: new Date(notBefore) } : {},
  );
}
