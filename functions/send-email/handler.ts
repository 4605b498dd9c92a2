import { SESv2Client } from '@aws-sdk/client-sesv2';
import { PROVIDER_CLIENT_CONFIG } from '#adapters/aws/provider-client.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { parseSenderNames, SesEmailSender } from '#adapters/ses/email-sender.ts';
import { manifest } from './function.ts';

const env = loadEnv(manifest);
const configurationSetName = env.SES_CONFIGURATION_SET;
const replyTo = env.REPLY_TO_EMAIL;

/** EmailQueue → SESv2, each message at most once. */
export const handler = senderHandler(
  new SesEmailSender(new SESv2Client(PROVIDER_CLIENT_CONFIG), {
    from: env.SENDER_EMAIL,
    senderNames: parseSenderNames(env.SENDER_NAMES),
    ...(replyTo ? { replyTo } : {}),
    ...(configurationSetName ? { configurationSetName } : {}),
  }),
  env,
);
