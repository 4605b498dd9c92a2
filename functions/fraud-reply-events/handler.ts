import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { reject } from '#application/event-routes.ts';
import { fraudReplySettingsFromEnv, openFraudCase, receiveReply } from '#application/fraud-replies.ts';
import * as customerReplied from '#contract/events/customer-replied.ts';
import * as fraudSuspected from '#contract/events/fraud-suspected.ts';

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  cases: new DynamoDbFraudCases(dynamodb, tableName),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({}), requireEnv('FRAUD_REPLY_STATE_MACHINE_ARN')),
  settings: fraudReplySettingsFromEnv(),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
};

/**
 * Fraud.Suspected opens the case and starts its reply workflow (fraud-alerts sends the alert itself, and
 * rejects an invalid one); Customer.Replied, an answer taken by the bank's app, resumes that workflow as a
 * link click or an SMS reply does. A second or late answer is a valid event that changes nothing; an
 * unknown case is bad input.
 */
export const handler = eventHandler(
  {
    [fraudSuspected.detailType]: {
      schema: fraudSuspected.schema,
      rejectedBy: 'fraud-alerts',
      keys: (detail) => ({ caseId: detail.caseId }),
      run: async (detail) => ({ outcome: await openFraudCase(detail, deps) }),
    },
    [customerReplied.detailType]: {
      schema: customerReplied.schema,
      afterErasure: true,
      keys: (detail) => ({ caseId: detail.caseId }),
      run: async ({ customerId, caseId, answer, channel }) => {
        const outcome = await receiveReply({ customerId, caseId, answer, channel }, deps);
        if (outcome === 'not_found')
          return reject('detail.caseId: no fraud case of this customer with this id');
        return { channel, outcome };
      },
    },
  },
  deps,
);
