import { notificationIdFor } from '../domain/notification.ts';
import { DEFAULT_FALLBACK_DELAY_SECONDS } from '../domain/policy/channel-plan.ts';
import type { Channel } from '../domain/profile.ts';
import type { ReplyLinkDeps } from '../domain/reply-link.ts';
import type { Brand, RenderedMessage, RenderOptions } from '../domain/templates/render.ts';
import type { JobQueue, PlannedJob } from '../ports/ports.ts';

/** What a renderer may need besides the message data: the customer, and the signer of reply links. */
export interface RenderContext {
  customerId: string;
  replyLinks?: ReplyLinkDeps | undefined;
}

export type Renderer = (
  channel: Channel,
  options: Omit<RenderOptions<never>, 'data'>,
  data: Record<string, unknown>,
  context: RenderContext,
) => RenderedMessage | Promise<RenderedMessage>;

export const text = (data: Record<string, unknown>, field: string): string => {
  const value = data[field];
  if (typeof value !== 'string') throw new TypeError(`planned message data lacks ${field}`);
  return value;
};
export const optional = (data: Record<string, unknown>, field: string) =>
  typeof data[field] === 'string' ? { [field]: data[field] as string } : {};

export class UnknownMessageTypeError extends Error {
  override readonly name = 'UnknownMessageTypeError';
}

/**
 * One planned message:
 * 1. writes it for its channel in the customer's language (English where Herald does not write theirs);
 * 2. queues it for its channel's sender, at once, or at `notBefore` when quiet hours defer it.
 */
export async function renderJob(
  job: PlannedJob,
  deps: {
    queue: JobQueue;
    brand: Brand;
    /** The message types this function writes. */
    renderers: Record<string, Renderer>;
    replyLinks?: ReplyLinkDeps | undefined;
    /** How long a fallback waits for the channel before it; config `fallbackDelaySeconds`. */
    fallbackDelaySeconds?: number;
  },
): Promise<void> {
  const render = Object.hasOwn(deps.renderers, job.type) ? deps.renderers[job.type] : undefined;
  if (!render) throw new UnknownMessageTypeError(`no template for message type ${job.type}`);
  const { locale, timeZone, givenName, data, notBefore, fallbacks = [], ...message } = job;
  const options = {
    locale,
    timeZone,
    brand: deps.brand,
    ...(givenName ? { givenName } : {}),
    // The customer's A/B variant picks the variant's copy (and stays on the job for the delivery record).
    ...(job.variant ? { variant: job.variant } : {}),
  };
  const context = { customerId: job.customerId, replyLinks: deps.replyLinks };
  // Every message of the plan is written before any is queued: a plan that cannot be written queues
  // nothing, so giving it up (on its last receive) leaves no message of it in flight.
  const rendered = await render(job.channel, options, data, context);
  const fallbackMessages = [];
  for (const fallback of fallbacks)
    fallbackMessages.push(await render(fallback.channel, options, data, context));

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
