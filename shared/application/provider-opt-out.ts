// A send the provider refused because the customer's number is on its opt-out list (End User Messaging's,
// fed by STOP to the sending number): Herald's consent ledger takes the provider's word, so the two lists
// agree and the bank hears of it (README "Consent customers can exercise", End User Messaging's opt-out list).
import type { DeliveryRecord } from '../domain/delivery-record.ts';
import type { ConsentCategory } from '../domain/policy/consent-ledger.ts';
import { consentKey } from '../domain/profile.ts';
import { OPTED_OUT } from '../ports/delivery.ts';
import { type ChangeConsentDeps, changeConsentOnCustomersWord } from './change-consent.ts';

/** The categories an opt-out at the provider covers: every text but security alerts, as STOP does. */
const CATEGORIES: readonly ConsentCategory[] = ['transactional', 'marketing'];

/**
 * `recorded`: the ledger has the withdrawal (source `provider_opt_out`) and the bank was told.
 * `agreed`: the ledger withdrew that channel already (the customer's own STOP reached both).
 * `not_an_opt_out`: any other record. `unknown_customer`: no profile (erased meanwhile).
 */
export type ProviderOptOutOutcome = 'recorded' | 'agreed' | 'not_an_opt_out' | 'unknown_customer';

/**
 * One delivery record, as the delivery log's consumer reads it:
 * 1. only a send the provider refused for an opted-out recipient: `suppressed`, reason `opted_out`;
 * 2. when the customer's consent in force on that channel is already withdrawn for every category an opt-out
 *    covers, the ledger and the provider agree: nothing to write (a security alert or a HELP answer the
 *    provider refused after the customer's STOP);
 * 3. otherwise the withdrawal goes through the one use case for consent on the customer's word, with source
 *    `provider_opt_out`, the refused message's notificationId as its cause and the refusal's time: the same
 *    record read twice writes the same entries and tells the bank once.
 */
export async function takeProviderOptOut(
  record: Pick<DeliveryRecord, 'customerId' | 'channel' | 'status' | 'reason' | 'notificationId' | 'time'>,
  deps: ChangeConsentDeps,
): Promise<ProviderOptOutOutcome> {
  // 1.
  if (record.status !== 'suppressed' || record.reason !== OPTED_OUT) return 'not_an_opt_out';
  // 2.
  const profile = await deps.profiles.get(record.customerId);
  if (!profile) return 'unknown_customer';
  const withdrawn = CATEGORIES.every(
    (category) => profile.consents[consentKey(record.channel, category)]?.granted === false,
  );
  if (withdrawn) return 'agreed';
  // 3.
  const result = await changeConsentOnCustomersWord(
    {
      customerId: record.customerId,
      channel: record.channel,
      categories: CATEGORIES,
      granted: false,
      source: 'provider_opt_out',
      causedBy: record.notificationId,
      occurredAt: record.time,
    },
    deps,
  );
  return result.outcome;
}
