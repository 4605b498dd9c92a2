import { marshall } from '@aws-sdk/util-dynamodb';

// One item per customer (pk CUST#id, sk PROFILE). Consents and settings are top-level attributes
// (`consent:<channel>:<category>`, `setting:<name>`) so each can be set on its own, before or after the
// profile itself, each guarded by the time of the bank event that set it. The profile function writes it
// (profile-writer.ts); triggers read it (profile-reader.ts). The balance alerts keep their state per alert
// and account on it too (`balanceAlert:<kind>:<accountId>`, balance-alert-state.ts), so the profile read a
// Balance.Changed needs anyway also returns that state. Next to it, the consent ledger keeps every grant
// and withdrawal (sk CONSENT#<channel>#<category>#<occurredAt>#<eventId>).
export const profileKey = (customerId: string) => marshall({ pk: `CUST#${customerId}`, sk: 'PROFILE' });
export const CONSENT_PREFIX = 'consent:';
export const SETTING_PREFIX = 'setting:';
export const balanceAlertAttribute = (kind: string, accountId: string) => `balanceAlert:${kind}:${accountId}`;

export const consentLedgerKey = (e: {
  customerId: string;
  channel: string;
  category: string;
  occurredAt: string;
  eventId: string;
}) =>
  marshall({
    pk: `CUST#${e.customerId}`,
    sk: `CONSENT#${e.channel}#${e.category}#${new Date(e.occurredAt).toISOString()}#${e.eventId}`,
  });
