import { DynamoDbPriceAlerts } from '#adapters/dynamodb/price-alerts.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { applyPriceTick, removePriceAlert, setPriceAlert } from '#application/price-alerts.ts';
import * as marketPriceTick from '#contract/events/market-price-tick.ts';
import * as priceAlertRemoved from '#contract/events/price-alert-removed.ts';
import * as priceAlertSet from '#contract/events/price-alert-set.ts';

const base = triggerDeps();
const deps = { ...base, alerts: new DynamoDbPriceAlerts(base.dynamodb, base.tableName) };

/** PriceAlert.Set / PriceAlert.Removed arm and disarm an alert; Market.PriceTick fires the alerts it crosses. */
export const handler = eventHandler(
  {
    [priceAlertSet.detailType]: {
      schema: priceAlertSet.schema,
      run: (set, event) => setPriceAlert(event, set, deps),
    },
    [priceAlertRemoved.detailType]: {
      schema: priceAlertRemoved.schema,
      afterErasure: true,
      run: (removed) => removePriceAlert(removed, deps),
    },
    [marketPriceTick.detailType]: {
      schema: marketPriceTick.schema,
      run: async (tick) => ({ symbol: tick.symbol, ...(await applyPriceTick(tick, deps)) }),
    },
  },
  deps,
);
