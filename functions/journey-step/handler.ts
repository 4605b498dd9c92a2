import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { journeyStepDeps } from '#adapters/lambda/journey-step-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { runJourneyStep } from '#application/journeys.ts';
import { runWinBackCheck } from '#application/win-back.ts';
import { JOURNEY_STEP_INPUT, journeyStepInput } from '#contract/internal/journey-step.ts';
import { parseInternal, valueOrThrow } from '#contract/internal/parse.ts';
import type { JourneyStepResult } from '#domain/journeys/journey.ts';
import { CHECK_STEP, WIN_BACK } from '#domain/journeys/win-back.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const deps = journeyStepDeps(loadEnv(manifest));

/**
 * The Task of every journey state machine: one step (decide, claim, notify). Its input is read with its
 * schema: one the state machine did not build as Herald's definitions do fails, naming the field. An error
 * fails the Task, which the state machine retries and then catches; the answer tells it whether to go on.
 * Every line carries the bank event that started the execution (`eventId`), the journey and the step.
 */
const lambdaHandler = async (event: unknown): Promise<JourneyStepResult> => {
  const input = valueOrThrow(parseInternal(journeyStepInput, event, JOURNEY_STEP_INPUT));
  logger.appendKeys({ eventId: input.eventId, journey: input.journey, step: input.step });
  // Win-back's check sends nothing: it decides whether the customer has lapsed (or when to look again).
  const result =
    input.journey === WIN_BACK && input.step === CHECK_STEP
      ? await runWinBackCheck(input, deps)
      : await runJourneyStep(input, deps);
  logger.info('journey step', { ...result });
  return result;
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
