import { MalformedMessageError } from '../../contract/internal/parse.ts';

/**
 * Error details safe to log: provider messages can quote the recipient's address, so they are left out.
 * A malformed message's reason is kept: it names the field and the rule, never the value.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  if (error instanceof MalformedMessageError) return { errorType: error.name, reason: error.message };
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return { errorType: error.name, ...(status ? { httpStatusCode: status } : {}) };
}
