import { JOURNEY_KINDS } from '../../domain/journeys/kinds.ts';
import { messageTypes } from '../../notifications/catalogue.ts';
import { DynamoDbJourneys } from '../dynamodb/journeys.ts';
import { DynamoDbWinBack } from '../dynamodb/win-back.ts';
import type { EnvOf } from './manifest.ts';
import type { TriggerEnv } from './manifest-parts.ts';
import { triggerDeps } from './trigger-deps.ts';

/**
 * What the journey state machines' Task needs (journey-step): a trigger's deps (trigger-deps.ts), the
 * journeys' and win-back's state, every journey's phases and the message types. `env` is the function's
 * (`loadEnv(manifest)`).
 */
export function journeyStepDeps(env: EnvOf<TriggerEnv>) {
  const base = triggerDeps(env);
  return {
    ...base,
    journeys: new DynamoDbJourneys(base.dynamodb, base.tableName),
    kinds: Object.fromEntries(JOURNEY_KINDS.map((kind) => [kind.name, kind])),
    winBack: new DynamoDbWinBack(base.dynamodb, base.tableName),
    messageTypes,
  };
}
