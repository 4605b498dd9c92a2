import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { DynamoDbCustomersByNumber } from '#adapters/dynamodb/contact-index.ts';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { DynamoDbOutboundEventClaims } from '#adapters/dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '#adapters/dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '#adapters/eventbridge/bank-events.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { repliesIn } from '#adapters/sns/inbound-replies.ts';
import { type InboundResult, takeInboundReply } from '#application/inbound-replies.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  cases: new DynamoDbFraudCases(dynamodb, tableName),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  consents: new DynamoDbProfileWriter(dynamodb, tableName),
  numbers: new DynamoDbCustomersByNumber(dynamodb, tableName),
  claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
  events: new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME')),
  now: systemNow,
};

/** What the log says of a result: never the number or the text. */
const logged = (result: InboundResult) =>
  result.kind === 'consent' && result.keyword === 'help'
    ? { kind: result.kind, keyword: result.keyword, customers: result.customerIds.length }
    : result;

/**
 * Customers' SMS replies (End User Messaging two-way number → SNS) and WhatsApp replies (End User
 * Messaging Social → SNS): an answer to a fraud alert resumes the case's waiting workflow; a payment-due
 * reminder's "Set up autopay" quick reply goes to the bank as Payment.AutopayRequested; STOP, START and
 * their equivalents change the channel's consent on the customer's word. Neither the number nor the text
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
      logger.info(`${result.kind} reply`, { channel: reply.channel, ...logged(result) });
    }
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
