import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { evaluateTransaction } from '#application/transaction-alerts.ts';
import * as transactionPosted from '#contract/events/transaction-posted.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = triggerDeps(loadEnv(manifest));

/** Transaction.Posted → large-transaction alert when the amount reaches the customer's minimum. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(transactionPosted.schema, d), deps);
  if (!detail) return;
  await evaluateTransaction(event, detail, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
