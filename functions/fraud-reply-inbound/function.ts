import { defineFunction } from '#adapters/lambda/manifest.ts';
import { busEnv, triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { KEYWORD_REPLY_TYPES } from '#domain/sms-keywords.ts';

// A trigger for the answer to HELP.
const trigger = triggerParts(KEYWORD_REPLY_TYPES);

export const manifest = defineFunction({
  name: 'fraud-reply-inbound',
  description:
    'SMS and WhatsApp replies: fraud alert answers, autopay requests, consent keywords (End User Messaging, via SNS)',
  raises: trigger.raises,
  triggers: [{ kind: 'inboundReplies' }],
  // It also takes the payment-due reminder's "Set up autopay" WhatsApp quick reply (Payment.AutopayRequested
  // to the bank, on the Herald bus) and the consent keywords.
  grants: { ...trigger.grants, fraudReply: ['resume'], putEvents: true },
  env: { ...trigger.env, ...busEnv },
});
