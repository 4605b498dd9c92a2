import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { senderParts } from '#adapters/lambda/manifest-parts.ts';

const sender = senderParts('pushQueue');

export const manifest = defineFunction({
  name: 'send-push',
  description: 'Sends push jobs with End User Messaging',
  ...sender,
  grants: { ...sender.grants, provider: 'push' },
  // Empty when push is not configured: jobs then fail with reason channel_not_configured.
  env: {
    ...sender.env,
    PINPOINT_APPLICATION_ID: envVar(from.setting('pushApplicationId'), envSchemas.anyText),
  },
});
