import { defineFunction } from '#adapters/lambda/manifest.ts';
import { triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { PRICE_ALERT_TYPES } from '#domain/price-alerts.ts';

const trigger = triggerParts(PRICE_ALERT_TYPES);

export const manifest = defineFunction({
  name: 'price-alerts',
  description: 'Arms and removes price alerts; fires the alerts a market price tick crosses',
  raises: trigger.raises,
  triggers: [
    {
      kind: 'rule',
      id: 'PriceAlerts',
      detailTypes: ['PriceAlert.Set', 'PriceAlert.Removed', 'Market.PriceTick'],
    },
  ],
  grants: trigger.grants,
  env: trigger.env,
});
