import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { consumerEnv, tableEnv } from '#adapters/lambda/manifest-parts.ts';

const { text } = envSchemas;

export const manifest = defineFunction({
  name: 'defer',
  description: 'Schedules deferred jobs onto their channel queue',
  triggers: [{ kind: 'queue', queue: 'deferQueue' }],
  // A held message given up on after its last receive is marked dead-lettered in the ledger.
  grants: { table: 'ledger', schedules: true },
  env: {
    ...tableEnv,
    ...consumerEnv,
    SCHEDULE_GROUP: envVar(from.setting('scheduleGroup'), text),
    SCHEDULER_ROLE_ARN: envVar(from.setting('schedulerRoleArn'), text),
    EMAIL_QUEUE_ARN: envVar(from.queueArn('emailQueue'), text),
    SMS_QUEUE_ARN: envVar(from.queueArn('smsQueue'), text),
    PUSH_QUEUE_ARN: envVar(from.queueArn('pushQueue'), text),
    WHATSAPP_QUEUE_ARN: envVar(from.queueArn('whatsAppQueue'), text),
    DUE_QUEUE_ARN: envVar(from.queueArn('dueQueue'), text),
  },
});
