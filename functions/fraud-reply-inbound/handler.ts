import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { repliesIn } from '#adapters/sns/inbound-replies.ts';
import { replyByPhone } from '#application/fraud-replies.ts';

const logger = new Logger();
const deps = {
  cases: new DynamoDbFraudCases(new DynamoDBClient({}), requireEnv('TABLE_NAME')),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
  now: systemNow,
};

/**
 * Customers' SMS replies (End User Messaging two-way number → SNS) and WhatsApp replies (End User
 * Messaging Social → SNS) to fraud alerts: each resumes the case's waiting workflow. Neither the number
 * nor the text is logged.
 */
const lambdaHandler = async (event: SNSEvent): Promise<void> => {
  for (const snsRecord of event.Records) {
    for (const reply of repliesIn(snsRecord.Sns.Message)) {
      const result = await replyByPhone(reply, deps);
      logger.info('fraud reply', { channel: reply.channel, ...result });
    }
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
