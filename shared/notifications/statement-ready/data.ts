// The data of `statement.ready` (transactional): Statement.Ready. The SMS carries no figures.
import * as v from 'valibot';

export const schema = v.object({
  accountId: v.string(),
  /** Statement.Ready.period: free text; `YYYY-MM` is shown as month and year. */
  period: v.string(),
  /** Statement.Ready.url (https); falls back to the brand's link. */
  url: v.optional(v.string()),
});

export type StatementReadyData = v.InferOutput<typeof schema>;
