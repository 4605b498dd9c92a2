// loan.preapproved (marketing): a pre-approved loan offer. The trigger checks consent, the frequency cap
// and that the offer has not expired; the renderer adds the unsubscribe link and List-Unsubscribe headers.
// The type runs an A/B test (message-types.ts): `options.variant` picks variant B's subject, call to action
// and push title (render.ts); the base copy is variant A.
import type { Channel } from '../profile.ts';
import { loanPreapprovedCopy } from './compiled/loan-preapproved.ts';
import type { LoanPreapprovedData } from './data.ts';
import { date, money, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderLoanPreapproved(
  channel: Channel,
  options: RenderOptions<LoanPreapprovedData>,
): RenderedMessage {
  const { data, locale, timeZone } = options;
  return render(
    loanPreapprovedCopy,
    channel,
    options,
    { amount: money(locale, data.amount, data.currency), expires: date(locale, timeZone, data.expiresAt) },
    { links: { cta: data.offerUrl }, unsubscribeUrl: data.unsubscribeUrl },
  );
}
