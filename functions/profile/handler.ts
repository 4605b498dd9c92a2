import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbProfileWriter } from '#adapters/dynamodb/profile-writer.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { acceptEvent, rejectEvent } from '#application/accept-event.ts';
import { applyProfileEvent, type ProfileEvent } from '#application/update-profile.ts';
import * as alertSettingsChanged from '#contract/events/alert-settings-changed.ts';
import * as consentChanged from '#contract/events/consent-changed.ts';
import * as customerUpserted from '#contract/events/customer-upserted.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const deps = {
  profiles: new DynamoDbProfileWriter(dynamodb, env.TABLE_NAME),
  ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
};
const contracts = [customerUpserted, consentChanged, alertSettingsChanged];

/** Customer.Upserted, Consent.Changed, AlertSettings.Changed → the customer's profile. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const contract = contracts.find((c) => c.detailType === event['detail-type']);
  if (!contract)
    return rejectEvent(event, `detail-type: ${event['detail-type']} is not a profile event`, deps);
  const detail = await acceptEvent(event, (d) => parseDetail(contract.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ detailType: contract.detailType });
  const outcome = await applyProfileEvent(
    event,
    { detailType: contract.detailType, detail } as ProfileEvent,
    deps,
  );
  logger.info('profile event processed', { outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
