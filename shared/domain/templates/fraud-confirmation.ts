// fraud.confirmation (security): the card of a fraud case is being blocked (a `fraud` answer, or none).
import type { Channel } from '../profile.ts';
import { fraudConfirmationCopy } from './compiled/fraud-confirmation.ts';
import type { FraudConfirmationData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderFraudConfirmation(
  channel: Channel,
  options: RenderOptions<FraudConfirmationData>,
): RenderedMessage {
  const { data } = options;
  return render(fraudConfirmationCopy, channel, options, {
    card: data.cardLast4,
    noAnswer: data.reason === 'no_reply_by_deadline' ? 'yes' : 'no',
  });
}
