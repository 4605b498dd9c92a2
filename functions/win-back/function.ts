import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'win-back',
  description:
    'Records Customer.Active for the win-back journey: arms the watch, ends the messages on return',
  triggers: [{ kind: 'rule', id: 'CustomerActive', detailTypes: ['Customer.Active'] }],
  grants: { table: 'readWrite', journeys: ['winBack'] },
  env: {
    ...gateEnv,
    WIN_BACK_STATE_MACHINE_ARN: envVar(from.stateMachineArn('winBack'), envSchemas.text),
    // A return after a lapse credits the win-back message before it (conversion attribution).
    ATTRIBUTION_WINDOW_DAYS: envVar(from.setting('attributionWindowDays'), envSchemas.wholeNumber),
  },
});
