import type { CustomerErasureRequested } from '../contract/events/customer-erasure-requested.ts';
import { ERASED_CUSTOMER, isBeforeErasure, pseudonymOf } from '../domain/erasure.ts';
import type { CustomerData } from '../ports/customers.ts';
import type { BankEvents } from '../ports/events.ts';
import { type BusEvent, rejectEvent } from './accept-event.ts';
import type { CustomerGateDeps } from './erasure-gate.ts';

export interface EraseDeps extends CustomerGateDeps {
  data: CustomerData;
  events: BankEvents;
  /** The deployment's pseudonym key (shared/domain/erasure.ts `pseudonymOf`). */
  pseudonymKey: string;
}

/** The customer's journeys are not all stopped and deleted yet: the erasure is tried again later. */
export class JourneysStillOpenError extends Error {
  override readonly name = 'JourneysStillOpenError';
}

/**
 * Customer.ErasureRequested:
 * 1. a request from before an erasure already done (a redelivery, a retry of a finished erasure) is
 *    rejected, `erased customer`: it would otherwise erase the fresh relationship of a customer who came
 *    back; the retry of an erasure still under way goes on;
 * 2. writes the tombstone first (the erasure's time, under the keyed pseudonym): from then on every event
 *    about the customer that occurred at or before it is rejected by whichever function receives it;
 * 3. deletes the customer's profile, settings, message ledger and caps; a message still waiting (quiet
 *    hours, retries) finds no claim any more and is not sent;
 * 4. keeps the consent ledger entries under the same pseudonym, without the customer id;
 * 5. waits for the journeys function, which gets the same request, to stop the customer's executions and
 *    delete their journeys: while any is left, the erasure fails and Lambda tries it again (after one, then
 *    two minutes; each attempt moves the tombstone's time on);
 * 6. tells the bank with Customer.Erased, once nothing of the customer is left, then marks the erasure
 *    complete.
 * Delivery log lines in CloudWatch Logs expire with the log group's retention; suppressed addresses are
 * kept as hashes (they belong to the address, not the customer).
 */
export async function eraseCustomer(
  event: BusEvent,
  request: CustomerErasureRequested,
  deps: EraseDeps,
): Promise<{ deleted: number; keptConsents: number } | 'already_erased'> {
  const tombstone = await deps.erasures.get(request.customerId);
  const underWay = tombstone?.requestEventId === request.eventId && !tombstone.complete;
  if (tombstone && !underWay && isBeforeErasure(request.occurredAt, tombstone.erasedAt)) {
    await rejectEvent(event, ERASED_CUSTOMER, deps);
    return 'already_erased';
  }
  const at = deps.now();
  await deps.erasures.begin(request.customerId, request.eventId, at);
  const { journeysLeft, ...outcome } = await deps.data.erase(
    request.customerId,
    pseudonymOf(request.customerId, deps.pseudonymKey),
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
  await deps.erasures.complete(request.customerId, request.eventId);
  return outcome;
}
