// Notification policy state: suppressed addresses and the daily marketing cap.
import type { Channel } from '../domain/profile.ts';

/**
 * Addresses no message may go to any more: hard bounces and complaints. Keyed by a hash of the address,
 * so the list itself holds no address.
 */
export interface SuppressionList {
  reasonFor(channel: Channel, address: string): Promise<string | undefined>;
  suppress(channel: Channel, address: string, reason: string, at: Date): Promise<void>;
}

/** Counts marketing messages per customer and local day, for the frequency cap. */
export interface CapCounter {
  /**
   * Takes one of the day's `cap` slots for the bank event `eventId`; false when the day's slots are used
   * up. Asking again for the same event (a redelivery) gives the same answer without taking a slot.
   */
  consume(customerId: string, localDay: string, cap: number, eventId: string, at: Date): Promise<boolean>;
}
