import { ERASED_CUSTOMER, isBeforeErasure } from '../domain/erasure.ts';
import type { ErasureRecords } from '../ports/customers.ts';
import { acceptEvent, type BusEvent, type Parsed, type RejectDeps, rejectEvent } from './accept-event.ts';

export const UNKNOWN_CUSTOMER = 'detail.customerId: unknown customer (no Customer.Upserted received)';

export interface CustomerGateDeps extends RejectDeps {
  erasures: ErasureRecords;
}

/** What the gate reads of a bank event about a customer. */
export interface AboutCustomer {
  customerId: string;
  occurredAt: string;
}

/**
 * The one gate every function that reads the customer's profile passes a bank event through; the profile
 * is the one it read anyway:
 * 1. a profile: the event is admitted, unless the profile carries an erasure (the customer came back after
 *    one) and the event occurred at or before it: rejected, `erased customer`;
 * 2. no profile: the tombstone is read; an event from before the customer's erasure is rejected as
 *    `erased customer`, any other as an unknown customer.
 * Returns the profile when the event is admitted. The common case costs nothing beyond the profile read.
 */
export async function admitCustomer<P extends { erasedAt?: string }>(
  event: BusEvent,
  about: AboutCustomer,
  profile: P | undefined,
  deps: CustomerGateDeps,
): Promise<P | undefined> {
  if (profile) {
    if (!isBeforeErasure(about.occurredAt, profile.erasedAt)) return profile;
    await rejectEvent(event, ERASED_CUSTOMER, deps);
    return undefined;
  }
  const erasure = await deps.erasures.get(about.customerId);
  await rejectEvent(
    event,
    isBeforeErasure(about.occurredAt, erasure?.erasedAt) ? ERASED_CUSTOMER : UNKNOWN_CUSTOMER,
    deps,
  );
  return undefined;
}

/**
 * The first step of every use case that acts for a customer it must know: reads the customer's profile
 * and passes the event through `admitCustomer`. An event for a customer Herald has no profile for is
 * rejected (`unknown customer`), one from before the customer's erasure too (`erased customer`). Returns
 * the profile when the event is admitted; the use case stops (outcome `rejected`) otherwise.
 */
export async function admitKnownCustomer<P extends { erasedAt?: string }>(
  event: BusEvent,
  about: AboutCustomer,
  deps: CustomerGateDeps & { profiles: { get(customerId: string): Promise<P | undefined> } },
): Promise<P | undefined> {
  return admitCustomer(event, about, await deps.profiles.get(about.customerId), deps);
}

/**
 * The gate for functions that write about a customer without reading the profile (the profile itself,
 * journey records that may come before it): an event from before the customer's erasure is rejected,
 * `erased customer`. Returns false then; otherwise true, with the erasure the event comes after, if any
 * (a fresh relationship after an erasure).
 */
export async function admitAfterErasure(
  event: BusEvent,
  about: AboutCustomer,
  deps: CustomerGateDeps,
): Promise<{ admitted: false } | { admitted: true; erasedAt?: string }> {
  const erasure = await deps.erasures.get(about.customerId);
  if (!erasure) return { admitted: true };
  if (!isBeforeErasure(about.occurredAt, erasure.erasedAt))
    return { admitted: true, erasedAt: erasure.erasedAt };
  await rejectEvent(event, ERASED_CUSTOMER, deps);
  return { admitted: false };
}

/**
 * `acceptEvent`, then `admitAfterErasure`: for a bank event that records something about a customer without
 * reading the profile (a KYC step, a card activation, an alert removal, a reply), so that an event from
 * before the customer's erasure is rejected (`erased customer`) and never recreates the customer's items.
 */
export async function acceptCustomerEvent<T extends AboutCustomer>(
  event: BusEvent,
  parse: (detail: unknown) => Parsed<T>,
  deps: CustomerGateDeps,
): Promise<T | undefined> {
  const detail = await acceptEvent(event, parse, deps);
  if (!detail) return undefined;
  return (await admitAfterErasure(event, detail, deps)).admitted ? detail : undefined;
}
