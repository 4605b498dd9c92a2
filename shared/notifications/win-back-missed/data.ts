// The data of `win_back.missed` (marketing): the customer has not been active for `inactiveDays` (the
// win-back journey, shared/domain/journeys/win-back.ts). Links go to the bank's site (`brand.url`) unless given.
import * as v from 'valibot';

export const schema = v.object({
  /** Days without activity that count as lapsed (config `winBack.inactiveDays`). */
  inactiveDays: v.string(),
  /** Which message of the sequence this is, and how many it has ("1", "3"): the first and last read differently. */
  message: v.string(),
  messages: v.string(),
  /** The call to action; defaults to the brand's link. */
  url: v.optional(v.string()),
  unsubscribeUrl: v.optional(v.string()),
});

export type WinBackMissedData = v.InferOutput<typeof schema>;
