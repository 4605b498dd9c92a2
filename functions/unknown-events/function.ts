import { defineFunction, envVar, from, jsonSchema } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';
import { allowedSources } from '#contract/internal/settings.ts';

export const manifest = defineFunction({
  name: 'unknown-events',
  description: 'Rejects events of an unknown DetailType or Source, with the reason, to the DLQ',
  // Events no other rule is for (an unknown DetailType, an unlisted Source): rejected with the reason.
  triggers: [{ kind: 'unknownEvents', id: 'UnknownEvents' }],
  grants: { table: 'readWrite' },
  env: {
    ...gateEnv,
    // The deployment's producer allow-list (infra/config.ts `allowedSources`).
    ALLOWED_SOURCES: envVar(from.setting('allowedSources'), jsonSchema(allowedSources)),
  },
});
