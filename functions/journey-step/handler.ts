import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { DynamoDbCapCounter } from '#adapters/dynamodb/cap-counter.ts';
import { DynamoDbJourneys } from '#adapters/dynamodb/journeys.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { runJourneyStep } from '#application/journeys.ts';
import { cardActivationKind } from '#domain/journeys/card-activation.ts';
import type { JourneyStepInput, JourneyStepResult } from '#domain/journeys/journey.ts';
import { messageTypes } from '#domain/message-types.ts';

const logger = new Logger();
const base = triggerDeps();
const deps = {
  ...base,
  caps: new DynamoDbCapCounter(base.dynamodb, base.tableName),
  journeys: new DynamoDbJourneys(base.dynamodb, base.tableName),
  kinds: { [cardActivationKind.name]: cardActivationKind },
  messageTypes,
};

/**
 * The Task of every journey state machine: one step (decide, claim, notify). An error fails the Task, which
 * the state machine retries and then catches; the answer tells it whether to go on.
 */
const lambdaHandler = async (input: JourneyStepInput): Promise<JourneyStepResult> => {
  logger.appendKeys({ journey: input.journey, step: input.step });
  const result = await runJourneyStep(input, deps);
  logger.info('journey step', { ...result });
  return result;
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
