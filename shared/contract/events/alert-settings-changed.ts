import * as v from 'valibot';
import {
  amount,
  CHANNELS,
  channel,
  currency,
  customerEventFields,
  expected,
  id,
  objectOf,
  timeOfDay,
} from '../common.ts';

/** Bank → Herald: the customer's alert settings; every group is optional. */
export const detailType = 'AlertSettings.Changed';
export const version = 1;
export const description =
  "Bank → Herald. The customer's alert settings changed: low-balance threshold, large-transaction amount, " +
  'credit utilisation, quiet hours, channel order. Every group is optional.';

export const schema = objectOf({
  ...customerEventFields,
  lowBalance: v.optional(
    objectOf({
      accountId: id,
      threshold: amount,
      currency,
    }),
  ),
  largeTransaction: v.optional(
    objectOf({
      minAmount: amount,
      currency,
    }),
  ),
  creditUtilization: v.optional(
    objectOf({
      percent: v.pipe(
        v.number(expected('a number from 1 to 100')),
        v.minValue(1, 'must be from 1 to 100'),
        v.maxValue(100, 'must be from 1 to 100'),
      ),
    }),
  ),
  quietHours: v.optional(
    objectOf({
      start: timeOfDay,
      end: timeOfDay,
    }),
  ),
  channelOrder: v.optional(
    v.pipe(
      v.array(channel, expected('an array')),
      v.nonEmpty('must have at least 1 item'),
      v.maxLength(CHANNELS.length, `must have at most ${CHANNELS.length} items`),
      v.check((channels) => new Set(channels).size === channels.length, 'must not repeat a channel'),
      v.metadata({ uniqueItems: true }),
    ),
  ),
});

export type AlertSettingsChanged = v.InferOutput<typeof schema>;
