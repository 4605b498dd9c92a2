// Erasure is final: what Herald keeps of an erased customer (a tombstone under a keyed pseudonym, never the
// customer id), and the rule that an event about the customer from before the erasure is rejected.
import { createHmac } from 'node:crypto';

/** The reason every function gives for an event about a customer that happened at or before their erasure. */
export const ERASED_CUSTOMER = 'erased customer';

/**
 * The key of the pseudonyms when a deployment sets none (local runs, tests): with it a pseudonym is only a
 * domain-separated hash, which anyone holding a list of customer ids can recompute. Deployments set their
 * own secret (README: Deploy).
 */
export const DEVELOPMENT_PSEUDONYM_KEY = 'herald-development-pseudonym-key';

/**
 * The name Herald keeps an erased customer under (tombstone, consent ledger): HMAC-SHA-256 of the customer
 * id with the deployment's key, domain-separated, so that without the key a pseudonym cannot be linked to
 * a customer id by hashing candidate ids.
 */
export function pseudonymOf(customerId: string, key: string): string {
  return createHmac('sha256', key).update(`herald:erased-customer:v1:${customerId}`).digest('hex');
}

/** A customer's erasure as its tombstone keeps it. */
export interface Erasure {
  /** When the erasure last ran (ISO): every event that occurred at or before it is refused. */
  erasedAt: string;
  /** The Customer.ErasureRequested that erased the customer, and whether it has finished. */
  requestEventId: string;
  complete: boolean;
}

/** Whether an event that occurred at `occurredAt` is from before the erasure at `erasedAt` (or at it). */
export function isBeforeErasure(occurredAt: string, erasedAt: string | undefined): boolean {
  if (erasedAt === undefined) return false;
  const occurred = Date.parse(occurredAt);
  // An instant that cannot be read is no proof of a fresh relationship.
  return Number.isNaN(occurred) || occurred <= Date.parse(erasedAt);
}
