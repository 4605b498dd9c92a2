import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { EventBridgeEvent } from 'aws-lambda';
import type { GenericSchema } from 'valibot';
import { DynamoDbCapCounter } from '#adapters/dynamodb/cap-counter.ts';
import { DynamoDbMessageClaims } from '#adapters/dynamodb/message-claims.ts';
import { DynamoDbProfileReader } from '#adapters/dynamodb/profile-reader.ts';
import { requireEnv, systemNow } from '#adapters/lambda/env.ts';
import { policyFromEnv } from '#adapters/lambda/policy.ts';
import { PowertoolsDeliveryLog } from '#adapters/powertools/delivery-log.ts';
import { SqsDeadLetters, SqsPlanQueue } from '#adapters/sqs/queues.ts';
import { acceptEvent, rejectEvent } from '#application/accept-event.ts';
import { type AccountNotice, sendAccountNotice } from '#application/account-notices.ts';
import * as loanPreApproved from '#contract/events/loan-pre-approved.ts';
import * as paymentCompleted from '#contract/events/payment-completed.ts';
import * as statementReady from '#contract/events/statement-ready.ts';
import { parseDetail } from '#contract/validate.ts';

const logger = new Logger();
const dynamodb = new DynamoDBClient({});
const sqs = new SQSClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  profiles: new DynamoDbProfileReader(dynamodb, tableName),
  claims: new DynamoDbMessageClaims(dynamodb, tableName),
  caps: new DynamoDbCapCounter(dynamodb, tableName),
  plans: new SqsPlanQueue(sqs, requireEnv('RENDER_QUEUE_URL')),
  policy: policyFromEnv(),
  deadLetters: new SqsDeadLetters(sqs, requireEnv('DLQ_URL')),
  log: new PowertoolsDeliveryLog(),
  now: systemNow,
};
const contracts = [paymentCompleted, statementReady, loanPreApproved] as {
  detailType: AccountNotice['detailType'];
  schema: GenericSchema<unknown, AccountNotice['detail']>;
}[];

/** Payment.Completed, Statement.Ready, Loan.PreApproved → one notice each. */
const lambdaHandler = async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
  const contract = contracts.find((c) => c.detailType === event['detail-type']);
  if (!contract)
    return rejectEvent(event, `detail-type: ${event['detail-type']} is not an account notice`, deps);
  const detail = await acceptEvent(event, (d) => parseDetail(contract.schema, d), deps);
  if (!detail) return;
  logger.appendKeys({ eventId: detail.eventId, detailType: contract.detailType });
  await sendAccountNotice(event, { detailType: contract.detailType, detail } as AccountNotice, deps);
};

export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));
