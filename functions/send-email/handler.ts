import { SESv2Client } from '@aws-sdk/client-sesv2';
import { PROVIDER_CLIENT_CONFIG } from '#adapters/aws/provider-client.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { parseSenderNames, SesEmailSender } from '#adapters/ses/email-sender.ts';

const configurationSetName = process.env.SES_CONFIGURATION_SET;
const replyTo = process.env.REPLY_TO_EMAIL;

/** EmailQueue → SESv2, each message at most once. */
export const handler = senderHandler(
  new SesEmailSender(new SESv2Client(PROVIDER_CLIENT_CONFIG), {
    from: requireEnv('SENDER_EMAIL'),
    senderNames: parseSenderNames(requireEnv('SENDER_NAMES')),
    ...(replyTo ? { replyTo } : {}),
    ...(configurationSetName ? { configurationSetName } : {}),
  }),
);
