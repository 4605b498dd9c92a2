import { defineFunction } from '#adapters/lambda/manifest.ts';
import { triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { JOURNEY_TYPES } from '#domain/journeys/kinds.ts';

const trigger = triggerParts(JOURNEY_TYPES);

export const manifest = defineFunction({
  name: 'journey-step',
  description: 'Runs one step of a journey: checks and claims its turn, then notifies',
  raises: trigger.raises,
  triggers: [{ kind: 'task', workflow: 'journeys' }],
  grants: trigger.grants,
  env: trigger.env,
});
