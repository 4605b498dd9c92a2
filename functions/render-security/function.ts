import { defineFunction, envSchemas, from, optionalEnvVar } from '#adapters/lambda/manifest.ts';
import { renderParts } from '#adapters/lambda/manifest-parts.ts';

const render = renderParts('render-security');

export const manifest = defineFunction({
  name: 'render-security',
  description: 'Writes fraud alerts with signed YES/NO links and queues them for their channels',
  ...render,
  // Fraud alerts' YES/NO links: signed with the reply-link key, which only this function may use, and only
  // to make MACs (checking them is the reply endpoint's). No reply endpoint, no links, no key.
  grants: { ...render.grants, replyLinks: 'sign' },
  env: {
    ...render.env,
    REPLY_LINK_KEY_ARN: optionalEnvVar(from.optionalSetting('replyLinkSigningKeyArn'), envSchemas.text),
    REPLY_BASE_URL: optionalEnvVar(from.optionalSetting('replyBaseUrl'), envSchemas.text),
  },
});
