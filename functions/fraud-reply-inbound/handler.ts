import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { systemNow } from '#adapters/lambda/env.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { repliesIn } from '#adapters/sns/inbound-replies.ts';
import { takeInboundReply } from '#application/inbound-replies.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const deps = {
  cases: new DynamoDbFraudCases(dynamodb, env.TABLE_NAME),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
  profiles: new DynamoDbProfileReader(dynamodb, env.TABLE_NAME),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
  now: systemNow,
};

/**
 * Customers' SMS replies (End User Messaging two-way number → SNS) and WhatsApp replies (End User
 * Messaging Social → SNS): an answer to a fraud alert resumes the case's waiting workflow; a payment-due
 * reminder's "Set up autopay" quick reply goes to the bank as Payment.AutopayRequested. Neither the number
 * nor the text is logged.
 */
const lambdaHandler = async (event: SNSEvent): Promise<void> => {
  for (const snsRecord of event.Records) {
    for (const reply of repliesIn(snsRecord.Sns.Message)) {
      const result = await takeInboundReply(reply, deps);
      logger.info(result.kind === 'autopay' ? 'autopay reply' : 'fraud reply', {
        channel: reply.channel,
        ...result,
      });
    }
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
