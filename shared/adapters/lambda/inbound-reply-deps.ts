import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SFNClient } from '@aws-sdk/client-sfn';
import { clientOnFirstSend } from '../aws/client-on-first-send.ts';
import { DynamoDbCustomersByNumber } from '../dynamodb/contact-index.ts';
import { DynamoDbFraudCases } from '../dynamodb/fraud-cases.ts';
import { DynamoDbOutboundEventClaims } from '../dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileWriter } from '../dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '../eventbridge/bank-events.ts';
import { SfnFraudReplyWorkflow } from '../sfn/fraud-reply-workflow.ts';
import { systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { busEnv, TriggerEnv } from './manifest-parts.ts';
import { triggerDeps } from './trigger-deps.ts';

/**
 * What the inbound replies function needs (fraud-reply-inbound): the fraud cases and their waiting
 * workflows, the consent ledger and the contact index for the consent keywords, the bus for the events to
 * the bank, and a trigger's deps (`help`) to plan the answer to HELP as any message is planned. `env` is the
 * function's (`loadEnv(manifest)`). A reply needs Step Functions (YES/NO) or EventBridge (a consent
 * keyword) or neither, never both: each client is built on its first send.
 */
export function inboundReplyDeps(env: EnvOf<TriggerEnv & typeof busEnv>) {
  const help = triggerDeps(env);
  const { dynamodb, tableName } = help;
  return {
    cases: new DynamoDbFraudCases(dynamodb, tableName),
    workflow: new SfnFraudReplyWorkflow(clientOnFirstSend(() => new SFNClient({}))),
    profiles: help.profiles,
    consents: new DynamoDbProfileWriter(dynamodb, tableName),
    numbers: new DynamoDbCustomersByNumber(dynamodb, tableName),
    claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
    events: new EventBridgeBankEvents(
      clientOnFirstSend(() => new EventBridgeClient({})),
      env.EVENT_BUS_NAME,
    ),
    help,
    now: systemNow,
  };
}
