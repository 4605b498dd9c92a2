import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbBalanceAlertStore } from '#adapters/dynamodb/balance-alert-state.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { evaluateBalance } from '#application/evaluate-balance.ts';
import * as balanceChanged from '#contract/events/balance-changed.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const base = triggerDeps(env);
const deps = { ...base, balanceAlerts: new DynamoDbBalanceAlertStore(base.dynamodb, base.tableName) };

/** Balance.Changed → low-balance, overdraft and credit-utilisation alerts, each once per crossing. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(balanceChanged.schema, d), deps);
  if (!detail) return;
  await evaluateBalance(event, detail, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
