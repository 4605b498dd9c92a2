// The data of `statement.ready` (transactional): Statement.Ready. The SMS carries no figures.
import * as v from 'valibot';

export const schema = v.object({
  /** The bank's internal account identifier: never shown to the customer. */
  accountId: v.string(),
  /** The account's last four digits as the customer knows them (optional in the event): the only account digits a message shows. */
  accountLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  /** Statement.Ready.period: free text; `YYYY-MM` is shown as month and year. */
  period: v.string(),
  /** Statement.Ready.url (https); falls back to the brand's link. */
  url: v.optional(v.string()),
});

export type StatementReadyData = v.InferOutput<typeof schema>;
