import { KMSClient } from '@aws-sdk/client-kms';
import type { ConsentLinkDeps } from '../../domain/consent-link.ts';
import { systemNow } from '../lambda/env.ts';
import { KmsLinkSigner } from './link-signer.ts';

/**
 * A render function's consent-link signer, from its environment (manifest-parts.ts `renderParts`):
 * `CONSENT_LINK_KEY_ARN` (the consent-link HMAC key, kms:GenerateMac on it only), `CONSENT_LINK_BASE_URL`
 * (config `consent.linkBaseUrl`) and `CONSENT_LINK_DAYS`, all set only with a base URL. Without one (no brand
 * URL, no endpoint configured) e-mails go without consent links, and marketing keeps the type's own
 * unsubscribe link.
 */
export function consentLinksOf(env: {
  readonly CONSENT_LINK_KEY_ARN?: string | undefined;
  readonly CONSENT_LINK_BASE_URL?: string | undefined;
  readonly CONSENT_LINK_DAYS?: number | undefined;
}): ConsentLinkDeps | undefined {
  const {
    CONSENT_LINK_KEY_ARN: keyArn,
    CONSENT_LINK_BASE_URL: baseUrl,
    CONSENT_LINK_DAYS: lifetimeDays,
  } = env;
  if (!keyArn || !baseUrl || lifetimeDays === undefined) return undefined;
  return { signer: new KmsLinkSigner(new KMSClient({}), keyArn), baseUrl, lifetimeDays, now: systemNow };
}
