import { defineFunction, envVar, from, jsonSchema } from '#adapters/lambda/manifest.ts';
import { busEnv, tableEnv } from '#adapters/lambda/manifest-parts.ts';
import { statusEventSelection } from '#contract/internal/status-events.ts';

export const manifest = defineFunction({
  name: 'status-events',
  description:
    'Publishes delivery status events and Notification.Failed from the delivery log; takes provider SMS opt-outs into the consent ledger',
  // Delivery records → status events and Notification.Failed on the bus (infra/constructs/status-events.ts).
  triggers: [{ kind: 'deliveryRecords' }],
  grants: { table: 'readWrite', putEvents: true },
  env: {
    ...tableEnv,
    ...busEnv,
    // Which statuses become events (config `statusEvents`).
    STATUS_EVENTS: envVar(from.setting('statusEvents'), jsonSchema(statusEventSelection)),
  },
});
