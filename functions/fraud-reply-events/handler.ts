import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { rejectEvent } from '#application/accept-event.ts';
import { acceptCustomerEvent } from '#application/erasure-gate.ts';
import { openFraudCase, receiveReply } from '#application/fraud-replies.ts';
import * as customerReplied from '#contract/events/customer-replied.ts';
import * as fraudSuspected from '#contract/events/fraud-suspected.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();

const dynamodb = new DynamoDBClient({});
const env = loadEnv(manifest);
const deps = {
  cases: new DynamoDbFraudCases(dynamodb, env.TABLE_NAME),
  profiles: new DynamoDbProfileReader(dynamodb, env.TABLE_NAME),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({}), env.FRAUD_REPLY_STATE_MACHINE_ARN),
  settings: {
    replyWindowMinutes: env.FRAUD_REPLY_WINDOW_MINUTES,
    escalationWindowMinutes: env.FRAUD_ESCALATION_WINDOW_MINUTES,
    minRiskScore: env.FRAUD_MIN_RISK_SCORE,
  },
  ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
};

/**
 * Fraud.Suspected opens the case and starts its reply workflow (fraud-alerts sends the alert itself);
 * Customer.Replied, an answer taken by the bank's app, resumes that workflow as a link click or an SMS
 * reply does.
 */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  switch (event['detail-type']) {
    case fraudSuspected.detailType: {
      // An invalid Fraud.Suspected is rejected, with its reason, by fraud-alerts, which gets every one.
      const parsed = parseDetail(fraudSuspected.schema, event.detail);
      if (!parsed.ok) return;
      logger.appendKeys({ caseId: parsed.value.caseId });
      const outcome = await openFraudCase(parsed.value, deps);
      logger.info('fraud case', { outcome });
      return;
    }
    case customerReplied.detailType: {
      const detail = await acceptCustomerEvent(event, (d) => parseDetail(customerReplied.schema, d), deps);
      if (!detail) return;
      logger.appendKeys({ caseId: detail.caseId });
      const outcome = await receiveReply(
        {
          customerId: detail.customerId,
          caseId: detail.caseId,
          answer: detail.answer,
          channel: detail.channel,
        },
        deps,
      );
      // A second or late answer is a valid event that changes nothing; an unknown case is bad input.
      if (outcome === 'not_found')
        return rejectEvent(event, 'detail.caseId: no fraud case of this customer with this id', deps);
      logger.info('fraud reply', { channel: detail.channel, outcome });
      return;
    }
    default:
      return rejectEvent(event, `detail-type: ${event['detail-type']} is not a fraud reply event`, deps);
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
