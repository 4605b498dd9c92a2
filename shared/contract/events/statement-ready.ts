import * as v from 'valibot';
import { customerEventFields, httpsUrl, id, objectOf, text } from '../common.ts';

/** Bank → Herald: a statement is available. */
export const detailType = 'Statement.Ready';
export const version = 1;
export const description =
  'Bank → Herald. A statement is available. period is free text such as "2025-05"; url, if given, must be https.';

export const schema = objectOf({
  ...customerEventFields,
  accountId: id,
  period: text(64),
  url: v.optional(httpsUrl),
});

export type StatementReady = v.InferOutput<typeof schema>;
