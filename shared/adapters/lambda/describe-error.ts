/** Error details safe to log: provider messages can quote the recipient's address, so they are left out. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return { errorType: error.name, ...(status ? { httpStatusCode: status } : {}) };
}
