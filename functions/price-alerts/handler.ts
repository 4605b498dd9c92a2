import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbPriceAlerts } from '#adapters/dynamodb/price-alerts.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { acceptEvent, rejectEvent } from '#application/accept-event.ts';
import { acceptCustomerEvent } from '#application/erasure-gate.ts';
import { applyPriceTick, removePriceAlert, setPriceAlert } from '#application/price-alerts.ts';
import * as marketPriceTick from '#contract/events/market-price-tick.ts';
import * as priceAlertRemoved from '#contract/events/price-alert-removed.ts';
import * as priceAlertSet from '#contract/events/price-alert-set.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const base = triggerDeps(env);
const deps = { ...base, alerts: new DynamoDbPriceAlerts(base.dynamodb, base.tableName) };

/** PriceAlert.Set / PriceAlert.Removed arm and disarm an alert; Market.PriceTick fires the alerts it crosses. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const detailType = event['detail-type'];
  logger.appendKeys({ ...eventCorrelation(event), detailType });
  switch (detailType) {
    case priceAlertSet.detailType: {
      const set = await acceptEvent(event, (d) => parseDetail(priceAlertSet.schema, d), deps);
      if (!set) return;
      logger.info('price alert set', { outcome: await setPriceAlert(event, set, deps) });
      return;
    }
    case priceAlertRemoved.detailType: {
      const removed = await acceptCustomerEvent(event, (d) => parseDetail(priceAlertRemoved.schema, d), deps);
      if (!removed) return;
      logger.info('price alert removed', { outcome: await removePriceAlert(removed, deps) });
      return;
    }
    case marketPriceTick.detailType: {
      const tick = await acceptEvent(event, (d) => parseDetail(marketPriceTick.schema, d), deps);
      if (!tick) return;
      const outcome = await applyPriceTick(tick, deps);
      logger.info('price tick', { symbol: tick.symbol, ...outcome });
      return;
    }
    default:
      return rejectEvent(event, `detail-type: ${detailType} is not a price alert event`, deps);
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
