import { defineFunction } from '#adapters/lambda/manifest.ts';
import { triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { BALANCE_ALERT_TYPES } from '#domain/balance.ts';

const trigger = triggerParts(BALANCE_ALERT_TYPES);

export const manifest = defineFunction({
  name: 'balance-alerts',
  description: 'Decides balance alerts and queues one job per channel',
  raises: trigger.raises,
  triggers: [{ kind: 'rule', id: 'BalanceChanged', detailTypes: ['Balance.Changed'] }],
  grants: trigger.grants,
  env: trigger.env,
});
