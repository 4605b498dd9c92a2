import type { FraudReplySettings } from '../../domain/journeys/fraud-reply.ts';
import { messageTypes } from '../../notifications/catalogue.ts';
import { DynamoDbFraudCases } from '../dynamodb/fraud-cases.ts';
import type { EnvOf } from './manifest.ts';
import type { busEnv, TriggerEnv } from './manifest-parts.ts';
import { triggerDeps } from './trigger-deps.ts';

/**
 * What the fraud reply workflow's Tasks need (fraud-reply-step): a trigger's deps (trigger-deps.ts), the
 * fraud cases, the message types, the bank's default on no answer and the bus the conclusion's events name.
 * `env` is the function's (`loadEnv(manifest)`).
 */
export function fraudReplyStepDeps(
  env: EnvOf<TriggerEnv & typeof busEnv> & {
    readonly FRAUD_DEFAULT_ON_NO_ANSWER: FraudReplySettings['defaultOnNoAnswer'];
  },
) {
  const base = triggerDeps(env);
  return {
    ...base,
    cases: new DynamoDbFraudCases(base.dynamodb, base.tableName),
    messageTypes,
    settings: { defaultOnNoAnswer: env.FRAUD_DEFAULT_ON_NO_ANSWER },
    eventBusName: env.EVENT_BUS_NAME,
  };
}
