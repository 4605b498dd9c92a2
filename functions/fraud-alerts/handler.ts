import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { fraudPolicyFromEnv, sendFraudAlert } from '#application/fraud-alerts.ts';
import * as fraudSuspected from '#contract/events/fraud-suspected.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const deps = { ...triggerDeps(env), fraud: fraudPolicyFromEnv(env) };

/** Fraud.Suspected → a security alert asking the customer YES (it was me) or NO, with a reply deadline. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const detail = await acceptEvent(event, (d) => parseDetail(fraudSuspected.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ caseId: detail.caseId });
  await sendFraudAlert(event, detail, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
