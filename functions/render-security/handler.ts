import { KMSClient } from '@aws-sdk/client-kms';
import { KmsLinkSigner } from '#adapters/kms/link-signer.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { renderHandler } from '#adapters/lambda/render-handler.ts';
import { renderers } from '#notifications/tables/render-security.ts';
import { manifest } from './function.ts';

// Fraud alerts' YES/NO links are signed with the reply-link key in KMS when the deployment has a reply
// endpoint; without one, those alerts go without buttons (SMS and WhatsApp replies still work).
const env = loadEnv(manifest);
const replyBaseUrl = env.REPLY_BASE_URL;

/**
 * SecurityRenderQueue → fraud alerts written in the customer's language, with signed YES/NO links, queued
 * for their channels, and the fraud reply loop's messages (the types whose definition names `render-security`). Kept apart from render so that only this function holds kms:GenerateMac.
 */
export const handler = renderHandler(
  renderers,
  env,
  replyBaseUrl && env.REPLY_LINK_KEY_ARN
    ? {
        signer: new KmsLinkSigner(new KMSClient({}), env.REPLY_LINK_KEY_ARN),
        baseUrl: replyBaseUrl,
      }
    : undefined,
);
