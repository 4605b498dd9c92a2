import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { senderParts } from '#adapters/lambda/manifest-parts.ts';

const sender = senderParts('smsQueue');

export const manifest = defineFunction({
  name: 'send-sms',
  description: 'Sends SMS jobs with SNS',
  ...sender,
  grants: { ...sender.grants, provider: 'sms' },
  // Empty when the deployment has no sender id.
  env: { ...sender.env, SMS_SENDER_ID: envVar(from.setting('smsSenderId'), envSchemas.anyText) },
});
