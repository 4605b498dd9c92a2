// fraud.confirmation (security): the card of a fraud case is being blocked (a `fraud` answer, or none).
import type { Format } from '../../domain/templates/copy.ts';
import type { FraudConfirmationArgs } from './compiled.ts';
import type { FraudConfirmationData } from './data.ts';

export const format: Format<FraudConfirmationData, FraudConfirmationArgs> = (data) => ({
  args: { card: data.cardLast4, noAnswer: data.reason === 'no_reply_by_deadline' ? 'yes' : 'no' },
});
