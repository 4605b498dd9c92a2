import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { acceptEvent } from '#application/accept-event.ts';
import { startSurvey } from '#application/surveys.ts';
import * as milestoneReached from '#contract/events/lifecycle-milestone-reached.ts';
import { parseDetail } from '#contract/validate.ts';
import { SURVEY } from '#domain/journeys/surveys.ts';
import { manifest } from './function.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const tableName = env.TABLE_NAME;
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [SURVEY]: env.SURVEY_STATE_MACHINE_ARN,
  }),
  ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
};

/** Lifecycle.MilestoneReached → the milestone's survey, once per customer and milestone. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const detail = await acceptEvent(event, (d) => parseDetail(milestoneReached.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ eventId: detail.eventId });
  const outcome = await startSurvey(event, detail, deps);
  logger.info('survey event', { milestone: detail.milestone, outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
