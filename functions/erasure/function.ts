import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'erasure',
  description: 'Erases a customer (Customer.ErasureRequested) and emits Customer.Erased',
  triggers: [{ kind: 'rule', id: 'ErasureRequested', detailTypes: ['Customer.ErasureRequested'] }],
  grants: { table: 'readWrite', putEvents: true },
  env: { ...gateEnv, EVENT_BUS_NAME: envVar(from.busName, envSchemas.text) },
});
