import * as v from 'valibot';
import { accountLast4, customerEventFields, httpsUrl, id, objectOf, text } from '../common.ts';

/** Bank → Herald: a statement is available. */
export const detailType = 'Statement.Ready';
export const version = 1;
export const description =
  'Bank → Herald. A statement is available. period is free text such as "2025-05"; url, if given, must be https.';

export const schema = objectOf({
  ...customerEventFields,
  accountId: id,
  /** Optional: the account's last four digits as the customer knows them; messages quote no account digits without it. */
  accountLast4: v.optional(accountLast4),
  period: text(64),
  url: v.optional(httpsUrl),
});

export type StatementReady = v.InferOutput<typeof schema>;
