import { defineFunction } from '#adapters/lambda/manifest.ts';
import { consumerEnv, triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { TAX_REMINDER_TYPES } from '#domain/tax-reminders.ts';

const trigger = triggerParts(TAX_REMINDER_TYPES);

export const manifest = defineFunction({
  name: 'tax-reminders-due',
  description: 'Sends tax-date reminders when their wake-up arrives',
  raises: trigger.raises,
  triggers: [{ kind: 'queue', queue: 'dueQueue' }],
  grants: trigger.grants,
  env: { ...trigger.env, ...consumerEnv },
});
