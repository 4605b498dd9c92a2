import type * as v from 'valibot';
import { bool, channel, customerEventFields, objectOf, oneOf, text } from '../common.ts';

/** Bank → Herald: the customer granted or withdrew consent for a channel and category. */
export const detailType = 'Consent.Changed';
export const version = 1;
export const description =
  'Bank → Herald. The customer granted or withdrew consent for one channel and category ' +
  '(security alerts need no consent and always reach at least one channel).';

export const schema = objectOf({
  ...customerEventFields,
  channel,
  category: oneOf(['transactional', 'marketing']),
  granted: bool,
  source: text(64),
});

export type ConsentChanged = v.InferOutput<typeof schema>;
