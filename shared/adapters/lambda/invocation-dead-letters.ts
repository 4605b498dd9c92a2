import type { DeadLetters } from '../../ports/ports.ts';

/** An input the function rejected, thrown so that its invocation fails. */
export class RejectedEventError extends Error {
  override readonly name = 'RejectedEventError';
}

/**
 * The dead-letter queue of a function that carries no SQS client (its bundle has room for two clients, and
 * it needs others): a rejected event fails the invocation, and Lambda's on-failure destination keeps it,
 * with the reason, in the DLQ. Lambda retries the invocation first, so its `rejected` record is logged once
 * per attempt.
 */
export const invocationDeadLetters: DeadLetters = {
  async reject({ reason }) {
    throw new RejectedEventError(reason);
  },
};
