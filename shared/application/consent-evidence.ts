// Consent evidence for the bank (GDPR Art. 7(1): the bank must be able to show the customer consented):
// on Customer.ConsentEvidenceRequested, the customer's consent ledger goes back as Customer.ConsentEvidence.
import { createHash } from 'node:crypto';
import {
  detailType as CONSENT_EVIDENCE,
  CONSENT_EVIDENCE_ENTRIES_PER_PART,
  type CustomerConsentEvidence,
} from '../contract/events/customer-consent-evidence.ts';
import type { CustomerConsentEvidenceRequested } from '../contract/events/customer-consent-evidence-requested.ts';
import { supersedes } from '../domain/policy/consent-ledger.ts';
import type { ConsentLedgerReader } from '../ports/customers.ts';
import type { BankEvents } from '../ports/events.ts';
import type { OutboundEventClaims } from '../ports/status-events.ts';

export interface ConsentEvidenceDeps {
  ledger: ConsentLedgerReader;
  events: BankEvents;
  claims: OutboundEventClaims;
  now: () => Date;
}

/**
 * A bank's request for a customer's consent evidence:
 * 1. the customer's ledger entries, read from the customer's own key only (no other customer's), oldest
 *    first (the ledger's order: occurredAt, then eventId);
 * 2. each entry as evidence: channel, category, granted, source, when it happened and was recorded, the event
 *    that set it and, for a change on the customer's word, what caused it. No contact details: the ledger
 *    holds none;
 * 3. Customer.ConsentEvidence in parts of at most CONSENT_EVIDENCE_ENTRIES_PER_PART entries (one part,
 *    empty, for a customer without entries), each claimed before it is emitted so a redelivered request
 *    sends nothing more; a failed PutEvents gives the claim back and throws (EventBridge retries).
 * Returns how many entries and parts were sent.
 */
export async function sendConsentEvidence(
  request: CustomerConsentEvidenceRequested,
  deps: ConsentEvidenceDeps,
): Promise<{ entries: number; parts: number }> {
  // 1.
  const ledger = (await deps.ledger.entries(request.customerId)).sort((a, b) =>
    supersedes(a, b) ? 1 : supersedes(b, a) ? -1 : 0,
  );
  // 2.
  const entries: CustomerConsentEvidence['entries'] = ledger.map((e) => ({
    channel: e.channel,
    category: e.category,
    granted: e.granted,
    source: e.source,
    occurredAt: e.occurredAt,
    ...(e.recordedAt ? { recordedAt: e.recordedAt } : {}),
    eventId: e.eventId,
    ...(e.causedBy ? { causedBy: e.causedBy } : {}),
  }));
  // 3.
  const parts = Math.max(1, Math.ceil(entries.length / CONSENT_EVIDENCE_ENTRIES_PER_PART));
  const base = createHash('sha256')
    .update(JSON.stringify([request.customerId, request.eventId]))
    .digest('base64url')
    .slice(0, 32);
  for (let part = 1; part <= parts; part++) {
    const key = `evidence:${request.eventId}:${part}`;
    if (!(await deps.claims.claim(request.customerId, key, deps.now()))) continue;
    const detail: CustomerConsentEvidence = {
      eventId: `herald-evidence-${base}-${part}`,
      occurredAt: deps.now().toISOString(),
      customerId: request.customerId,
      requestEventId: request.eventId,
      part,
      parts,
      entries: entries.slice(
        (part - 1) * CONSENT_EVIDENCE_ENTRIES_PER_PART,
        part * CONSENT_EVIDENCE_ENTRIES_PER_PART,
      ),
    };
    try {
      await deps.events.emit(CONSENT_EVIDENCE, { ...detail });
    } catch (error) {
      await deps.claims.release(request.customerId, key);
      throw error;
    }
  }
  return { entries: entries.length, parts };
}
