import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { startSurvey } from '#application/surveys.ts';
import * as milestoneReached from '#contract/events/lifecycle-milestone-reached.ts';
import { SURVEY } from '#domain/journeys/surveys.ts';
import { manifest } from './function.ts';

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
export const handler = eventHandler(
  {
    [milestoneReached.detailType]: {
      schema: milestoneReached.schema,
      run: async (detail, event) => ({
        milestone: detail.milestone,
        outcome: await startSurvey(event, detail, deps),
      }),
    },
  },
  deps,
  { processed: 'survey event' },
);
