import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import type { GenericSchema } from 'valibot';
import { eventCorrelation } from '#adapters/lambda/correlation.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { acceptEvent, rejectEvent } from '#application/accept-event.ts';
import { type AccountNotice, sendAccountNotice } from '#application/account-notices.ts';
import * as loanPreApproved from '#contract/events/loan-pre-approved.ts';
import * as paymentCompleted from '#contract/events/payment-completed.ts';
import * as statementReady from '#contract/events/statement-ready.ts';
import { parseDetail } from '#contract/validate.ts';
import { manifest } from './function.ts';

const logger = new Logger();
const env = loadEnv(manifest);
const deps = { ...triggerDeps(env), loanOffers: env.LOAN_OFFERS };
const contracts = [paymentCompleted, statementReady, loanPreApproved] as {
  detailType: AccountNotice['detailType'];
  schema: GenericSchema<unknown, AccountNotice['detail']>;
}[];

/** Payment.Completed, Statement.Ready, Loan.PreApproved → one notice each. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  logger.appendKeys(eventCorrelation(event));
  const contract = contracts.find((c) => c.detailType === event['detail-type']);
  if (!contract)
    return rejectEvent(event, `detail-type: ${event['detail-type']} is not an account notice`, deps);
  const detail = await acceptEvent(event, (d) => parseDetail(contract.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ detailType: contract.detailType });
  await sendAccountNotice(event, { detailType: contract.detailType, detail } as AccountNotice, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
