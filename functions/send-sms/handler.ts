import { SNSClient } from '@aws-sdk/client-sns';
import { PROVIDER_CLIENT_CONFIG } from '#adapters/aws/provider-client.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { SnsSmsSender } from '#adapters/sns/sms-sender.ts';
import { manifest } from './function.ts';

const env = loadEnv(manifest);
const senderId = env.SMS_SENDER_ID;

/** SmsQueue → SNS, each message at most once. */
export const handler = senderHandler(
  new SnsSmsSender(new SNSClient(PROVIDER_CLIENT_CONFIG), senderId ? { senderId } : {}),
  env,
);
