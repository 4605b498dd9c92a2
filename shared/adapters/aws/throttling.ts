// Provider throttling as the AWS SDK reports it, for the senders: throttling is not a failure of the
// message (shared/application/send-message.ts puts the job back on its queue with a growing delay).

/** Codes any AWS service may answer when it throttles, modeled or not (e.g. SES: `Throttling`). */
const GENERIC_THROTTLING = ['Throttling', 'ThrottlingException'];

/**
 * Whether an SDK error is the provider throttling the call: one of `serviceErrors` (the service's own
 * throttling exceptions, by name), a generic throttling code, or HTTP 429 (Too Many Requests). The SDK has
 * already retried it a few times, quickly, by then.
 */
export function isThrottling(error: unknown, serviceErrors: readonly string[]): boolean {
  if (!(error instanceof Error)) return false;
  if (serviceErrors.includes(error.name) || GENERIC_THROTTLING.includes(error.name)) return true;
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 429;
}
