// What the status events use case needs: the ledger's view of a message's channels, and the claims that
// keep each outbound status event to one emission however often its delivery record arrives.
import type { ChannelOutcome } from '../domain/status-events.ts';

/** The message ledger, read by the channels of one message. */
export interface MessageOutcomes {
  /**
   * The message the notification `notificationId` (one channel of it) belongs to: a key naming the message
   * whatever its channel, and the outcome of each channel that has a claim. Undefined without a claim (the
   * customer was erased).
   */
  messageOf(record: {
    customerId: string;
    eventId: string;
    notificationId: string;
  }): Promise<{ message: string; channels: ChannelOutcome[] } | undefined>;
}

/** One emission per outbound event: claimed before it is put on the bus, given back if that fails. */
export interface OutboundEventClaims {
  /** Claims the event `key` names for the customer: false when it was claimed before. */
  claim(customerId: string, key: string, at: Date): Promise<boolean>;
  /** Gives a claim back (the event could not be put on the bus), so that a retry emits it. */
  release(customerId: string, key: string): Promise<void>;
}
