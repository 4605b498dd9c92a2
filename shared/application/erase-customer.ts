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

/** The customer's journeys are not all stopped and deleted yet: the erasure is tried again later. */
export class JourneysStillOpenError extends Error {
  override readonly name = 'JourneysStillOpenError';
}

/**
 * Customer.ErasureRequested:
 * 1. deletes the customer's profile, settings, message ledger and caps; a message still waiting (quiet
 *    hours, retries) finds no claim any more and is not sent;
 * 2. keeps the consent ledger entries under a pseudonym, without the customer id;
 * 3. waits for the journeys function, which gets the same request, to stop the customer's executions and
 *    delete their journeys: while any is left, the erasure fails and Lambda tries it again (after one, then
 *    two minutes; then the request goes to the DLQ with the reason, and no Customer.Erased is sent);
 * 4. tells the bank with Customer.Erased, once nothing of the customer is left.
 * Delivery log lines in CloudWatch Logs expire with the log group's retention; suppressed addresses are
 * kept as hashes (they belong to the address, not the customer).
 */
export async function eraseCustomer(
  request: { eventId: string; customerId: string },
  deps: EraseDeps,
): Promise<{ deleted: number; keptConsents: number }> {
  const at = deps.now();
  const { journeysLeft, ...outcome } = await deps.data.erase(
    request.customerId,
    pseudonymOf(request.customerId),
    at,
  );
  if (journeysLeft > 0)
    throw new JourneysStillOpenError(
      `${journeysLeft} journey(s) of the customer not stopped yet by the journeys function`,
    );
  await deps.events.emit('Customer.Erased', {
    eventId: `erased-${request.eventId}`,
    occurredAt: at.toISOString(),
    customerId: request.customerId,
    requestEventId: request.eventId,
  });
  return outcome;
}
