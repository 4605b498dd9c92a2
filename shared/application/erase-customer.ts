import { createHash } from 'node:crypto';
import type { BankEvents, CustomerData } from '../ports/ports.ts';

export interface EraseDeps {
  data: CustomerData;
  events: BankEvents;
  now: () => Date;
}

/** The name the consent ledger keeps an erased customer under: a one-way hash of the customer id. */
export const pseudonymOf = (customerId: string) =>
  createHash('sha256').update(`herald:${customerId}`).digest('hex');

/**
 * Customer.ErasureRequested:
 * 1. deletes the customer's profile, settings, message ledger and caps; a message still waiting (quiet
 *    hours, retries) finds no claim any more and is not sent;
 * 2. keeps the consent ledger entries under a pseudonym, without the customer id;
 * 3. tells the bank with Customer.Erased.
 * Delivery log lines in CloudWatch Logs expire with the log group's retention; suppressed addresses are
 * kept as hashes (they belong to the address, not the customer).
 */
export async function eraseCustomer(
  request: { eventId: string; customerId: string },
  deps: EraseDeps,
): Promise<{ deleted: number; keptConsents: number }> {
  const at = deps.now();
  const outcome = await deps.data.erase(request.customerId, pseudonymOf(request.customerId), at);
  await deps.events.emit('Customer.Erased', {
    eventId: `erased-${request.eventId}`,
    occurredAt: at.toISOString(),
    customerId: request.customerId,
    requestEventId: request.eventId,
  });
  return outcome;
}
