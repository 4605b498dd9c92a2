// fraud.escalation (security): no answer to the fraud alert by its deadline; asked once more.
import type { Format } from '../../domain/templates/copy.ts';
import { dateTime } from '../../domain/templates/render.ts';
import type { FraudEscalationArgs } from './compiled.ts';
import type { FraudEscalationData } from './data.ts';

export const format: Format<FraudEscalationData, FraudEscalationArgs> = (data, { locale, timeZone }) => ({
  args: { card: data.cardLast4, deadline: dateTime(locale, timeZone, data.answerBy) },
});
