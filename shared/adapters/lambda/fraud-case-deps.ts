import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbFraudCases } from '../dynamodb/fraud-cases.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { SfnFraudReplyWorkflow } from '../sfn/fraud-reply-workflow.ts';
import { gateDeps } from './gate-deps.ts';
import type { EnvOf } from './manifest.ts';
import type { gateEnv } from './manifest-parts.ts';

/**
 * What the fraud reply events function needs: the fraud cases, the profiles, the reply workflow it starts
 * and resumes, the deployment's reply and escalation windows and minimum risk score, and the gate of bank
 * events (gate-deps.ts). `env` is the function's (`loadEnv(manifest)`).
 */
export function fraudCaseDeps(
  env: EnvOf<typeof gateEnv> & {
    readonly FRAUD_REPLY_STATE_MACHINE_ARN: string;
    readonly FRAUD_REPLY_WINDOW_MINUTES: number;
    readonly FRAUD_ESCALATION_WINDOW_MINUTES: number;
    readonly FRAUD_MIN_RISK_SCORE: number;
  },
) {
  const dynamodb = new DynamoDBClient({});
  return {
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
}
