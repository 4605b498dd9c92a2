import { SocialMessagingClient } from '@aws-sdk/client-socialmessaging';
import { PROVIDER_CLIENT_CONFIG } from '#adapters/aws/provider-client.ts';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { WhatsAppSender } from '#adapters/social/whatsapp-sender.ts';

/** WhatsAppQueue → End User Messaging Social (SendWhatsAppMessage), each message at most once. */
export const handler = senderHandler(
  // Empty when WhatsApp is not configured: jobs then fail with reason channel_not_configured.
  new WhatsAppSender(new SocialMessagingClient(PROVIDER_CLIENT_CONFIG), {
    originationPhoneNumberId: process.env.WHATSAPP_PHONE_NUMBER_ID,
    metaApiVersion: process.env.WHATSAPP_META_API_VERSION,
  }),
);
