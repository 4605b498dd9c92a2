import { SNSClient } from '@aws-sdk/client-sns';
import { PROVIDER_CLIENT_CONFIG } from '#adapters/aws/provider-client.ts';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { SnsSmsSender } from '#adapters/sns/sms-sender.ts';

const senderId = process.env.SMS_SENDER_ID;

/** SmsQueue → SNS, each message at most once. */
export const handler = senderHandler(
  new SnsSmsSender(new SNSClient(PROVIDER_CLIENT_CONFIG), senderId ? { senderId } : {}),
);
