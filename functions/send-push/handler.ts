import { PinpointClient } from '@aws-sdk/client-pinpoint';
import { PROVIDER_CLIENT_CONFIG } from '#adapters/aws/provider-client.ts';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { PinpointPushSender } from '#adapters/pinpoint/push-sender.ts';

/** PushQueue → End User Messaging push (Pinpoint SendMessages), each message at most once. */
export const handler = senderHandler(
  // Empty when push is not configured: jobs then fail with reason channel_not_configured.
  new PinpointPushSender(new PinpointClient(PROVIDER_CLIENT_CONFIG), {
    applicationId: process.env.PINPOINT_APPLICATION_ID,
  }),
);
