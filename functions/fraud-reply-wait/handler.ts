import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import middy from '@middy/core';
import { DynamoDbFraudCases } from '#adapters/dynamodb/fraud-cases.ts';
import { systemNow } from '#adapters/lambda/env.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { SfnFraudReplyWorkflow } from '#adapters/sfn/fraud-reply-workflow.ts';
import { awaitReply } from '#application/fraud-replies.ts';
import { FRAUD_REPLY_WAIT_INPUT, fraudReplyWaitInput } from '#contract/internal/fraud-reply.ts';
import { parseInternal, valueOrThrow } from '#contract/internal/parse.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = {
  cases: new DynamoDbFraudCases(new DynamoDBClient({}), loadEnv(manifest).TABLE_NAME),
  workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
  now: systemNow,
};

/**
 * The `.waitForTaskToken` Task of the fraud reply workflow: stores the task token on the case (it is never
 * logged); the execution then waits until an answer resumes it or the Task times out at the deadline. The
 * input is read with its schema, as every Task's is.
 */
const lambdaHandler = async (event: unknown): Promise<void> => {
  const input = valueOrThrow(parseInternal(fraudReplyWaitInput, event, FRAUD_REPLY_WAIT_INPUT));
  logger.appendKeys({ eventId: input.eventId, caseId: input.caseId, wait: input.wait });
  const outcome = await awaitReply(
    { customerId: input.customerId, caseId: input.caseId, taskToken: input.taskToken },
    deps,
  );
  logger.info('fraud reply wait', { outcome });
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
