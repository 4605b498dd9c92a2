import type { Channel } from '../domain/profile.ts';
import { balanceLowData, renderBalanceLow } from '../domain/templates/balance-low.ts';
import type { Brand, RenderedMessage, RenderOptions } from '../domain/templates/render.ts';
import type { JobQueue, PlannedJob } from '../ports/ports.ts';

type Renderer = (
  channel: Channel,
  options: Omit<RenderOptions<never>, 'data'>,
  data: Record<string, unknown>,
) => RenderedMessage;

/** The message types the render function writes; a trigger's new type is added here with its template. */
const renderers: Record<string, Renderer> = {
  'balance.low': (channel, options, data) =>
    renderBalanceLow(channel, { ...options, data: balanceLowData(data as Record<string, string>) }),
};

export class UnknownMessageTypeError extends Error {
  override readonly name = 'UnknownMessageTypeError';
}

/**
 * One planned message:
 * 1. writes it for its channel in the customer's language (English where Herald does not write theirs);
 * 2. queues it for its channel's sender, at once, or at `notBefore` when quiet hours defer it.
 */
export async function renderJob(job: PlannedJob, deps: { queue: JobQueue; brand: Brand }): Promise<void> {
  const render = renderers[job.type];
  if (!render) throw new UnknownMessageTypeError(`no template for message type ${job.type}`);
  const { locale, timeZone, givenName, data, notBefore, ...message } = job;
  const rendered = render(
    job.channel,
    { locale, timeZone, brand: deps.brand, ...(givenName ? { givenName } : {}) },
    data,
  );
  await deps.queue.enqueue(
    { ...message, message: rendered },
    notBefore ? { notBefore: new Date(notBefore) } : {},
  );
}
