import * as v from 'valibot';
import { defineFunction, envVar, from } from '#adapters/lambda/manifest.ts';
import { busEnv, triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { FRAUD_REPLY_TYPES } from '#domain/journeys/fraud-reply.ts';

const trigger = triggerParts(FRAUD_REPLY_TYPES);

export const manifest = defineFunction({
  name: 'fraud-reply-step',
  description: 'Fraud reply workflow: plans the wait, escalates, concludes on the answer or the default',
  raises: trigger.raises,
  triggers: [{ kind: 'task', workflow: 'fraudReply' }],
  grants: trigger.grants,
  env: {
    ...trigger.env,
    // The bus the conclusion's events name (the state machine's Emit state puts them).
    ...busEnv,
    FRAUD_DEFAULT_ON_NO_ANSWER: envVar(
      from.setting('fraudDefaultOnNoAnswer'),
      v.picklist(['hold', 'no_hold'], 'expected hold or no_hold'),
    ),
  },
});
