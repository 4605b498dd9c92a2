import { defineFunction } from '#adapters/lambda/manifest.ts';
import { triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { TRANSACTION_ALERT_TYPES } from '#domain/transactions.ts';

const trigger = triggerParts(TRANSACTION_ALERT_TYPES);

export const manifest = defineFunction({
  name: 'transaction-alerts',
  description: 'Decides large-transaction alerts from posted transactions',
  raises: trigger.raises,
  triggers: [{ kind: 'rule', id: 'TransactionPosted', detailTypes: ['Transaction.Posted'] }],
  grants: trigger.grants,
  env: trigger.env,
});
