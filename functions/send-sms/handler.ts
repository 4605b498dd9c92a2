import { SNSClient } from '@aws-sdk/client-sns';
import { senderHandler } from '#adapters/lambda/sender-handler.ts';
import { SnsSmsSender } from '#adapters/sns/sms-sender.ts';

const senderId = process.env.SMS_SENDER_ID;

/** SmsQueue → SNS, each message at most once. */
export const handler = senderHandler(
  'sms',
  new SnsSmsSender(new SNSClient({}), senderId ? { senderId } : {}),
);
