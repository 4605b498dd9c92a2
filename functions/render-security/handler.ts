import { KMSClient } from '@aws-sdk/client-kms';
import { KmsLinkSigner } from '#adapters/kms/link-signer.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { renderHandler } from '#adapters/lambda/render-handler.ts';
import { renderers } from '#notifications/tables/render-security.ts';

// Fraud alerts' YES/NO links are signed with the reply-link key in KMS when the deployment has a reply
// endpoint; without one, those alerts go without buttons (SMS and WhatsApp replies still work).
const replyBaseUrl = process.env.REPLY_BASE_URL;

/**
 * SecurityRenderQueue → fraud alerts written in the customer's language, with signed YES/NO links, queued
 * for their channels, and the fraud reply loop's messages (the types whose definition names `render-security`). Kept apart from render so that only this function holds kms:GenerateMac.
 */
export const handler = renderHandler(
  renderers,
  replyBaseUrl
    ? {
        signer: new KmsLinkSigner(new KMSClient({}), requireEnv('REPLY_LINK_KEY_ARN')),
        baseUrl: replyBaseUrl,
      }
    : undefined,
);
