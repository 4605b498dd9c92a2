import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { fraudReplyStepDeps } from '#adapters/lambda/fraud-reply-step-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { concludeFraudCase, escalateFraudCase, planFraudReply } from '#application/fraud-replies.ts';
import { FRAUD_REPLY_STEP_INPUT, fraudReplyStepInput } from '#contract/internal/fraud-reply.ts';
import { parseInternal, valueOrThrow } from '#contract/internal/parse.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = fraudReplyStepDeps(loadEnv(manifest));

/**
 * The fraud reply workflow's Lambda Tasks: plan the wait, escalate, conclude (DynamoDB + the render queue).
 * The input is read with its schema: one the state machine did not build as Herald's definition does (a
 * definition bug, not a customer's doing) fails the Task, naming the field.
 */
const lambdaHandler = async (event: unknown) => {
  const input = valueOrThrow(parseInternal(fraudReplyStepInput, event, FRAUD_REPLY_STEP_INPUT));
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
  }
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
