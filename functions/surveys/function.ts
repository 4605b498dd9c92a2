import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'surveys',
  description: 'Starts one survey per customer and milestone (Lifecycle.MilestoneReached)',
  triggers: [{ kind: 'rule', id: 'MilestoneReached', detailTypes: ['Lifecycle.MilestoneReached'] }],
  grants: { table: 'readWrite', journeys: ['survey'] },
  env: { ...gateEnv, SURVEY_STATE_MACHINE_ARN: envVar(from.stateMachineArn('survey'), envSchemas.text) },
});
