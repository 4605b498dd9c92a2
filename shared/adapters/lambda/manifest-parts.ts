// The parts of manifests that kinds of functions share, declared once: the environment the shared deps
// factories read (gate-deps.ts, trigger-deps.ts, render-handler.ts, sender-handler.ts) and what a trigger,
// a render function and a sender declare. Pure data, like the manifests that spread them.
import * as v from 'valibot';
import type { MessageType } from '../../notifications/catalogue.ts';
import type { RenderFunction } from '../../notifications/definition.ts';
import {
  type RenderQueueVariable,
  renderFunctionsOf,
  renderQueueEnv,
} from '../../notifications/render-queues.ts';
import {
  type EnvVar,
  envSchemas,
  envVar,
  from,
  optionalEnvVar,
  type QueueName,
  type Trigger,
} from './manifest.ts';

const { text, wholeNumber, positiveWholeNumber } = envSchemas;

/** The Herald table's name. */
export const tableEnv = { TABLE_NAME: envVar(from.tableName, text) };

/** The Herald bus, for the functions that put Herald → bank events on it. */
export const busEnv = { EVENT_BUS_NAME: envVar(from.busName, text) };

/** The queue a function consumes: its redrive policy's `maxReceiveCount`, to know a message's last receive. */
export const consumerEnv = { MAX_RECEIVE_COUNT: envVar(from.maxReceiveCount, positiveWholeNumber) };

/**
 * What a function that admits or rejects bank events reads (gate-deps.ts): the table, the Herald DLQ, and the
 * deployment's pseudonym key of erased customers (the development key when the deployment has none).
 */
export const gateEnv = {
  ...tableEnv,
  DLQ_URL: envVar(from.queueUrl('deadLetterQueue'), text),
  PSEUDONYM_KEY: optionalEnvVar(from.optionalSetting('pseudonymKey'), text),
};

/** The deployment's notification policy (policy.ts checks the values, naming the variable). */
export const policyEnv = {
  QUIET_HOURS_DEFAULT: envVar(from.setting('quietHoursDefault'), v.string()),
  MARKETING_CAP: envVar(from.setting('marketingCap'), v.string()),
  TRANSACTIONAL_DEFAULT: envVar(from.setting('transactionalDefault'), v.string()),
};

/** The stateful queue each render function consumes, and a trigger puts its types' planned messages on. */
export const RENDER_QUEUES: Readonly<Record<RenderFunction, QueueName>> = {
  render: 'renderQueue',
  'render-security': 'securityRenderQueue',
};

/** The channel queues' URLs (channel-queues.ts), for the functions that queue message jobs. */
export const channelQueueEnv = {
  EMAIL_QUEUE_URL: envVar(from.queueUrl('emailQueue'), text),
  SMS_QUEUE_URL: envVar(from.queueUrl('smsQueue'), text),
  PUSH_QUEUE_URL: envVar(from.queueUrl('pushQueue'), text),
  WHATSAPP_QUEUE_URL: envVar(from.queueUrl('whatsAppQueue'), text),
};
const CHANNEL_QUEUES = ['emailQueue', 'smsQueue', 'pushQueue', 'whatsAppQueue'] as const;

type RenderQueueEnv = { readonly [K in RenderQueueVariable]?: EnvVar<typeof text> };

/**
 * A trigger function: it raises `types`, so it is given the queues of their render functions (as their
 * definitions name them) and may send to those only, with the policy, the table and the DLQ.
 */
export function triggerParts<const TTypes extends readonly MessageType[]>(types: TTypes) {
  const renders = renderFunctionsOf(types);
  const renderQueueEnvs: RenderQueueEnv = Object.fromEntries(
    renders.map((fn) => [renderQueueEnv(fn), envVar(from.queueUrl(RENDER_QUEUES[fn]), text)]),
  );
  return {
    raises: types,
    env: { ...gateEnv, ...policyEnv, ...renderQueueEnvs },
    grants: { table: 'readWrite', sendTo: renders.map((fn) => RENDER_QUEUES[fn]) },
  } as const;
}
export type TriggerEnv = ReturnType<typeof triggerParts>['env'];

/**
 * A render function: it consumes its queue, writes each message in the brand's name, and queues it for its
 * channel or the defer function; it writes to the table only to give up on a job.
 */
export function renderParts(render: RenderFunction) {
  const queue = RENDER_QUEUES[render];
  return {
    triggers: [{ kind: 'queue', queue }] satisfies Trigger[],
    env: {
      ...tableEnv,
      ...consumerEnv,
      ...channelQueueEnv,
      DEFER_QUEUE_URL: envVar(from.queueUrl('deferQueue'), text),
      BRAND_NAME: envVar(from.setting('brandName'), text),
      BRAND_URL: optionalEnvVar(from.optionalSetting('brandUrl'), text),
      FALLBACK_DELAY_SECONDS: envVar(from.setting('fallbackDelaySeconds'), wholeNumber),
      // Every e-mail's preference page link and a marketing e-mail's unsubscribe link, signed per recipient
      // with the consent-link key (kms/consent-links.ts); none without a consent link URL.
      CONSENT_LINK_KEY_ARN: optionalEnvVar(from.optionalSetting('consentLinkSigningKeyArn'), text),
      CONSENT_LINK_BASE_URL: optionalEnvVar(from.optionalSetting('consentLinkBaseUrl'), text),
      CONSENT_LINK_DAYS: optionalEnvVar(from.optionalSetting('consentLinkDays'), positiveWholeNumber),
    },
    grants: { table: 'ledger', sendTo: [...CHANNEL_QUEUES, 'deferQueue'], consentLinks: 'sign' },
  } as const;
}
export type RenderEnv = ReturnType<typeof renderParts>['env'];

/** How long a sender may run; its channel queue's visibility timeout derives from it. */
export const SENDER_TIMEOUT_SECONDS = 15;

/**
 * A sender: it consumes its channel's queue, sends each message at most once (send ledger and suppression
 * list in the table), puts a throttled job back on its own queue, and a message that failed for good's
 * next channel job on that channel's queue: it may send to every channel queue.
 */
export function senderParts(queue: QueueName) {
  return {
    timeoutSeconds: SENDER_TIMEOUT_SECONDS,
    triggers: [{ kind: 'queue', queue }] satisfies Trigger[],
    env: { ...tableEnv, ...consumerEnv, ...channelQueueEnv },
    grants: { table: 'readWrite', sendTo: CHANNEL_QUEUES },
  } as const;
}
export type SenderEnv = ReturnType<typeof senderParts>['env'];
