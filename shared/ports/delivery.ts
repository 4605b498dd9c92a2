// Sending a message on a channel, and the delivery log every decision is written to.
import type { MessageJob } from '../contract/internal/jobs.ts';
import type { DeliveryRecord, RejectedRecord } from '../domain/delivery-record.ts';

export interface DeliveryLog {
  write(record: DeliveryRecord | RejectedRecord): void;
}

export class PermanentSendError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

/** The reason of a send refused because the recipient opted out at the provider (its opt-out list). */
export const OPTED_OUT = 'opted_out';

/**
 * The provider refuses the recipient: the number is on its opt-out list (End User Messaging's, fed by the
 * customer's STOP to the sending number). Not a failure of the message: the customer said no, so the message
 * is `suppressed` with reason `opted_out`, and a fallback channel may go.
 */
export class OptedOutSendError extends PermanentSendError {
  constructor(message = 'the recipient opted out at the provider') {
    super(message, OPTED_OUT);
    this.name = 'OptedOutSendError';
  }
}

/**
 * The provider throttled the call (a rate or quota limit): not a failure of the message, which is tried
 * again later. Its message names only the provider's error, never the provider's text.
 */
export class ThrottledSendError extends Error {
  constructor(readonly providerError: string) {
    super(`provider throttled the call (${providerError})`);
    this.name = 'ThrottledSendError';
  }
}

export interface MessageSender {
  /**
   * Returns the provider's message id. Throws PermanentSendError when retrying cannot help (OptedOutSendError
   * when the provider's opt-out list has the recipient), and ThrottledSendError when the provider throttled
   * the call.
   */
  send(job: MessageJob): Promise<string>;
}
