/**
 * How long one provider call (SES, SNS, End User Messaging, Social) may take before the sender gives up on
 * it: well under the sender's timeout, so that a hanging provider fails the call, not the invocation.
 */
export const PROVIDER_REQUEST_TIMEOUT_MS = 4_000;

/**
 * The configuration of every provider client. One attempt per call: the SDK's own retries would wait inside
 * the invocation (a throttled batch of ten could then outlast the function's timeout); Herald's own retry
 * puts a throttled job back on its queue with a growing delay instead (shared/domain/job-retries.ts).
 */
export const PROVIDER_CLIENT_CONFIG = {
  maxAttempts: 1,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: PROVIDER_REQUEST_TIMEOUT_MS },
} as const;
