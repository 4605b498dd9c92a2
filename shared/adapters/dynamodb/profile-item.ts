import { marshall } from '@aws-sdk/util-dynamodb';

// One item per customer (pk CUST#id, sk PROFILE). Consents and alert settings are top-level attributes
// (`consent:<channel>:<category>`, `alert:lowBalance`) so each can be set on its own, before or after the
// profile itself, each guarded by the time of the bank event that set it. The profile function writes it
// (profile-writer.ts); triggers read it (profile-reader.ts).
export const profileKey = (customerId: string) => marshall({ pk: `CUST#${customerId}`, sk: 'PROFILE' });
export const CONSENT_PREFIX = 'consent:';
export const LOW_BALANCE_ATTRIBUTE = 'alert:lowBalance';
