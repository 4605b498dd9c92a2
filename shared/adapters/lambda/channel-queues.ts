// The channel queues' URLs in the environment of the functions that queue message jobs: the render
// functions (each written message) and the senders (a throttled job back on its own queue, a fallback on
// the next channel's). The stack sets them under these names (infra/stacks/stateless-stack.ts).
import type { Channel } from '../../domain/profile.ts';
import { requireEnv } from './env.ts';

/** The environment variable of each channel queue's URL. */
export const CHANNEL_QUEUE_ENV: Readonly<Record<Channel, string>> = {
  email: 'EMAIL_QUEUE_URL',
  sms: 'SMS_QUEUE_URL',
  push: 'PUSH_QUEUE_URL',
  whatsapp: 'WHATSAPP_QUEUE_URL',
};

/** Every channel queue's URL, from the environment; a missing one fails the cold start, naming it. */
export const channelQueueUrlsFromEnv = (): Record<Channel, string> => ({
  email: requireEnv(CHANNEL_QUEUE_ENV.email),
  sms: requireEnv(CHANNEL_QUEUE_ENV.sms),
  push: requireEnv(CHANNEL_QUEUE_ENV.push),
  whatsapp: requireEnv(CHANNEL_QUEUE_ENV.whatsapp),
});
