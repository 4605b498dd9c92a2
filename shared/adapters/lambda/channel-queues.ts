// The channel queues' URLs in the environment of the functions that queue message jobs: the render
// functions (each written message) and the senders (a throttled job back on its own queue, a fallback on
// the next channel's). Their manifests declare them (manifest-parts.ts `channelQueueEnv`).
import type { Channel } from '../../domain/profile.ts';
import type { EnvOf } from './manifest.ts';
import type { channelQueueEnv } from './manifest-parts.ts';

/** Every channel queue's URL, from the function's environment (`loadEnv(manifest)`). */
export const channelQueueUrlsOf = (env: EnvOf<typeof channelQueueEnv>): Record<Channel, string> => ({
  email: env.EMAIL_QUEUE_URL,
  sms: env.SMS_QUEUE_URL,
  push: env.PUSH_QUEUE_URL,
  whatsapp: env.WHATSAPP_QUEUE_URL,
});
