// fraud.escalation (security): no answer to the fraud alert by its deadline; asked once more.
import type { Channel } from '../profile.ts';
import { fraudEscalationCopy } from './compiled/fraud-escalation.ts';
import type { FraudEscalationData } from './data.ts';
import { dateTime, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderFraudEscalation(
  channel: Channel,
  options: RenderOptions<FraudEscalationData>,
): RenderedMessage {
  const { data, locale, timeZone } = options;
  return render(fraudEscalationCopy, channel, options, {
    card: data.cardLast4,
    deadline: dateTime(locale, timeZone, data.answerBy),
  });
}
