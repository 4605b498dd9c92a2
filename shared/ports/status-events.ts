// What the status events use case needs besides the message ledger's view of a message's channels
// (message-ledger.ts `MessageOutcomes`): the claims that keep each outbound status event to one emission
// however often its delivery record arrives.

/** One emission per outbound event: claimed before it is put on the bus, given back if that fails. */
export interface OutboundEventClaims {
  /** Claims the event `key` names for the customer: false when it was claimed before. */
  claim(customerId: string, key: string, at: Date): Promise<boolean>;
  /** Gives a claim back (the event could not be put on the bus), so that a retry emits it. */
  release(customerId: string, key: string): Promise<void>;
}
