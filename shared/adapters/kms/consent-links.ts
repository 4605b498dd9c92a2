import { KMSClient } from '@aws-sdk/client-kms';
import type { ConsentLinkDeps } from '../../domain/consent-link.ts';
import { systemNow } from '../lambda/env.ts';
import { KmsLinkSigner } from './link-signer.ts';

/**
 * A render function's consent-link signer, from the environment the stack sets on every render function:
 * `CONSENT_LINK_KEY_ARN` (the consent-link HMAC key, kms:GenerateMac on it only), `CONSENT_LINK_BASE_URL`
 * (config `consent.linkBaseUrl`) and `CONSENT_LINK_DAYS`. Without a base URL (no brand URL, no endpoint
 * configured) e-mails go without consent links, and marketing keeps the type's own unsubscribe link.
 */
export function consentLinksFromEnv(env: NodeJS.ProcessEnv = process.env): ConsentLinkDeps | undefined {
  const keyArn = env.CONSENT_LINK_KEY_ARN;
  const baseUrl = env.CONSENT_LINK_BASE_URL;
  if (!keyArn || !baseUrl) return undefined;
  const lifetimeDays = Number(env.CONSENT_LINK_DAYS);
  if (!Number.isInteger(lifetimeDays) || lifetimeDays < 1)
    throw new Error('environment variable CONSENT_LINK_DAYS is not a whole number of days');
  return { signer: new KmsLinkSigner(new KMSClient({}), keyArn), baseUrl, lifetimeDays, now: systemNow };
}
