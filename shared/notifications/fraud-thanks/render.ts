// fraud.thanks (security): the customer said the payments were theirs; the card stays active.
import type { Format } from '../../domain/templates/copy.ts';
import type { FraudThanksArgs } from './compiled.ts';
import type { FraudThanksData } from './data.ts';

export const format: Format<FraudThanksData, FraudThanksArgs> = (data) => ({
  args: { card: data.cardLast4 },
});
