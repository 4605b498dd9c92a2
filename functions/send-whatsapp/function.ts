import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { senderParts } from '#adapters/lambda/manifest-parts.ts';

const sender = senderParts('whatsAppQueue');

export const manifest = defineFunction({
  name: 'send-whatsapp',
  description: 'Sends WhatsApp template messages with End User Messaging Social',
  ...sender,
  grants: { ...sender.grants, provider: 'whatsapp' },
  // Empty when WhatsApp is not configured: jobs then fail with reason channel_not_configured.
  env: {
    ...sender.env,
    WHATSAPP_PHONE_NUMBER_ID: envVar(from.setting('whatsappPhoneNumberId'), envSchemas.anyText),
    WHATSAPP_META_API_VERSION: envVar(from.setting('whatsappMetaApiVersion'), envSchemas.anyText),
  },
});
