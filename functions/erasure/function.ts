import { defineFunction } from '#adapters/lambda/manifest.ts';
import { busEnv, gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'erasure',
  description: 'Erases a customer (Customer.ErasureRequested) and emits Customer.Erased',
  triggers: [{ kind: 'rule', id: 'ErasureRequested', detailTypes: ['Customer.ErasureRequested'] }],
  grants: { table: 'readWrite', putEvents: true },
  env: { ...gateEnv, ...busEnv },
});
