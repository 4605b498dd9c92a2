import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { tableEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'fraud-reply-inbound',
  description:
    'SMS and WhatsApp replies: fraud alert answers, and autopay requests to the bank (End User Messaging, via SNS)',
  triggers: [{ kind: 'inboundReplies' }],
  // It also takes the payment-due reminder's "Set up autopay" WhatsApp quick reply: Payment.AutopayRequested
  // to the bank, on the Herald bus.
  grants: { table: 'readWrite', fraudReply: ['resume'], putEvents: true },
  env: { ...tableEnv, EVENT_BUS_NAME: envVar(from.busName, envSchemas.text) },
});
