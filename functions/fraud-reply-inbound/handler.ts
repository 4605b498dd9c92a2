import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { DynamoDbCustomersByNumber } from '#adapters/dynamodb/contact-index.ts';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileWriter } from '#adapters/dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { systemNow } from '#adapters/lambda/env.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { repliesIn } from '#adapters/sns/inbound-replies.ts';
import { takeInboundReply } from '#application/inbound-replies.ts';
import { manifest } from './function.ts';

const logger = new Logger();
// The answer to HELP is planned as any message is: message claims, the render queue, the policy.
const env = loadEnv(manifest);
const help = triggerDeps(env);
const { dynamodb, tableName } = help;
const deps = {
  cases: new DynamoDbFraudCases(dynamodb, tableName),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
  profiles: help.profiles,
  consents: new DynamoDbProfileWriter(dynamodb, tableName),
  numbers: new DynamoDbCustomersByNumber(dynamodb, tableName),
  claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
  help,
  now: systemNow,
};

/**
 * Customers' SMS replies (End User Messaging two-way number → SNS) and WhatsApp replies (End User
 * Messaging Social → SNS): an answer to a fraud alert resumes the case's waiting workflow; a payment-due
 * reminder's "Set up autopay" quick reply goes to the bank as Payment.AutopayRequested; STOP, START and
 * their equivalents change the channel's consent on the customer's word, and HELP by SMS is answered in the
 * customer's language (consent.help, through the render queue). Neither the number nor the text
 * is logged. A message without the provider's id is named by its SNS id, or by a hash of itself.
 */
const lambdaHandler = async (event: SNSEvent): Promise<void> => {
  for (const snsRecord of event.Records) {
    const { Message, MessageId, Timestamp } = snsRecord.Sns;
    const fallbackId =
      MessageId ?? `sns-${createHash('sha256').update(Message).digest('base64url').slice(0, 32)}`;
    for (const reply of repliesIn(Message)) {
      const result = await takeInboundReply(
        {
          ...reply,
          messageId: reply.messageId ?? fallbackId,
          ...(Timestamp ? { receivedAt: Timestamp } : {}),
        },
        deps,
      );
      logger.info(`${result.kind} reply`, { channel: reply.channel, ...result });
    }
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
