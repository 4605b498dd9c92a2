import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { tableEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'fraud-reply-link',
  description: "The fraud alert's YES/NO links: checks the signed token (KMS VerifyMac), answers once",
  triggers: [{ kind: 'functionUrl', links: 'reply' }],
  grants: { table: 'readWrite', fraudReply: ['resume'], replyLinks: 'verify' },
  env: {
    ...tableEnv,
    REPLY_LINK_KEY_ARN: envVar(from.setting('replyLinkKeyArn'), envSchemas.text),
    // The bank's name, on the pages the links open.
    BRAND_NAME: envVar(from.setting('brandName'), envSchemas.text),
  },
});
