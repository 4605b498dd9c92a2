// The data of `kyc.reminder` (transactional): the KYC journey (shared/domain/journeys/kyc.ts), steps still
// missing.
import * as v from 'valibot';

export const schema = v.object({
  /** The Kyc.StepCompleted steps not completed yet (at least one), in the order the reminder names them. */
  missing: v.pipe(v.array(v.picklist(['selfie', 'id_document', 'proof_of_address'])), v.minLength(1)),
  /** Which reminder this is, and how many the journey sends ("1", "3"): the last one says so. */
  reminder: v.string(),
  reminders: v.string(),
  /** The call to action; defaults to a page under the brand's link. */
  url: v.optional(v.string()),
});

export type KycReminderData = v.InferOutput<typeof schema>;
