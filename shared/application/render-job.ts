import type { Channel } from '../domain/profile.ts';
import { balanceLowData, renderBalanceLow } from '../domain/templates/balance-low.ts';
import { renderLoanPreapproved } from '../domain/templates/loan-preapproved.ts';
import { renderPaymentConfirmation } from '../domain/templates/payment-confirmation.ts';
import type { Brand, RenderedMessage, RenderOptions } from '../domain/templates/render.ts';
import { renderStatementReady } from '../domain/templates/statement-ready.ts';
import type { JobQueue, PlannedJob } from '../ports/ports.ts';

type Renderer = (
  channel: Channel,
  options: Omit<RenderOptions<never>, 'data'>,
  data: Record<string, unknown>,
) => RenderedMessage;

const text = (data: Record<string, unknown>, field: string): string => {
  const value = data[field];
  if (typeof value !== 'string') throw new TypeError(`planned message data lacks ${field}`);
  return value;
};
const optional = (data: Record<string, unknown>, field: string) =>
  typeof data[field] === 'string' ? { [field]: data[field] as string } : {};

/** The message types the render function writes; a trigger's new type is added here with its template. */
const renderers: Record<string, Renderer> = {
  'balance.low': (channel, options, data) =>
    renderBalanceLow(channel, { ...options, data: balanceLowData(data as Record<string, string>) }),
  'payment.confirmation': (channel, options, data) =>
    renderPaymentConfirmation(channel, {
      ...options,
      data: {
        paymentId: text(data, 'paymentId'),
        amount: text(data, 'amount'),
        currency: text(data, 'currency'),
        payee: text(data, 'payee'),
        completedAt: text(data, 'completedAt'),
        ...optional(data, 'reference'),
      },
    }),
  'statement.ready': (channel, options, data) =>
    renderStatementReady(channel, {
      ...options,
      data: { accountId: text(data, 'accountId'), period: text(data, 'period'), ...optional(data, 'url') },
    }),
  // Offer and preference links live on the bank's site; signed one-click links come with the reply service.
  'loan.preapproved': (channel, options, data) =>
    renderLoanPreapproved(channel, {
      ...options,
      data: {
        offerId: text(data, 'offerId'),
        amount: text(data, 'amount'),
        currency: text(data, 'currency'),
        expiresAt: text(data, 'expiresAt'),
        offerUrl: `${options.brand.url ?? ''}/offers/${encodeURIComponent(text(data, 'offerId'))}`,
        unsubscribeUrl: `${options.brand.url ?? ''}/preferences/marketing`,
      },
    }),
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
