import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'tax-reminders',
  description: 'Stores tax-date reminders and arranges a wake-up on their date',
  triggers: [{ kind: 'rule', id: 'TaxReminderSet', detailTypes: ['TaxReminder.Set'] }],
  grants: { table: 'readWrite', sendTo: ['deferQueue'] },
  env: {
    ...gateEnv,
    // The wake-up goes to the defer function, which schedules it onto the DueQueue.
    DEFER_QUEUE_URL: envVar(from.queueUrl('deferQueue'), envSchemas.text),
    TAX_REMINDER_LOCAL_TIME: envVar(from.setting('taxReminderLocalTime'), envSchemas.text),
  },
});
