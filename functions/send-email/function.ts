import { defineFunction, envSchemas, envVar, from, optionalEnvVar } from '#adapters/lambda/manifest.ts';
import { senderParts } from '#adapters/lambda/manifest-parts.ts';

const { text } = envSchemas;
const sender = senderParts('emailQueue');

export const manifest = defineFunction({
  name: 'send-email',
  description: 'Sends e-mail jobs with SES',
  ...sender,
  grants: { ...sender.grants, provider: 'email' },
  env: {
    ...sender.env,
    SENDER_EMAIL: envVar(from.setting('senderEmail'), text),
    // The From display name per language (shared/domain/sender.ts), the brand's name by default.
    SENDER_NAMES: envVar(from.setting('senderNames'), text),
    REPLY_TO_EMAIL: optionalEnvVar(from.optionalSetting('replyToEmail'), text),
    SES_CONFIGURATION_SET: envVar(from.setting('sesConfigurationSet'), text),
  },
});
