import { defineFunction } from '#adapters/lambda/manifest.ts';
import { tableEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'fraud-reply-wait',
  description: "Fraud reply workflow: stores the waiting Task's token on the case",
  triggers: [{ kind: 'waitTask', workflow: 'fraudReply' }],
  grants: { table: 'readWrite', fraudReply: ['resume'] },
  env: tableEnv,
});
