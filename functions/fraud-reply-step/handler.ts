import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import {
  concludeFraudCase,
  escalateFraudCase,
  fraudReplySettingsFromEnv,
  planFraudReply,
} from '#application/fraud-replies.ts';
import { messageTypes } from '#notifications/catalogue.ts';

const logger = new Logger();
const base = triggerDeps();
const deps = {
  ...base,
  cases: new DynamoDbFraudCases(base.dynamodb, base.tableName),
  messageTypes,
  settings: fraudReplySettingsFromEnv(),
  eventBusName: requireEnv('EVENT_BUS_NAME'),
};

/** The fraud reply workflow's Lambda Tasks: plan the wait, escalate, conclude (DynamoDB + the render queue). */
const lambdaHandler = async (input: {
  action: string;
  customerId: string;
  caseId: string;
  eventId: string;
}) => {
  logger.appendKeys({ eventId: input.eventId, caseId: input.caseId, action: input.action });
  const ref = { customerId: input.customerId, caseId: input.caseId };
  switch (input.action) {
    case 'plan':
      return planFraudReply(ref, deps);
    case 'escalate':
      return escalateFraudCase(ref, deps);
    case 'conclude': {
      const conclusion = await concludeFraudCase(ref, deps);
      logger.info('fraud case concluded', { outcome: conclusion.outcome });
      return conclusion;
    }
    default:
      // The state machine names the actions: anything else is a definition bug, not a customer's doing.
      throw new Error(`unknown fraud reply action ${input.action}`);
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
