import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { SfnJourneyExecutions } from '#adapters/sfn/journey-executions.ts';
import { startSurvey } from '#application/surveys.ts';
import * as milestoneReached from '#contract/events/lifecycle-milestone-reached.ts';
import { SURVEY } from '#domain/journeys/surveys.ts';

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  journeys: new DynamoDbJourneys(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  executions: new SfnJourneyExecutions(new SFNClient({}), {
    [SURVEY]: requireEnv('SURVEY_STATE_MACHINE_ARN'),
  }),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
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
