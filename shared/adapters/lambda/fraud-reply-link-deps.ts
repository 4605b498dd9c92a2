import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDbFraudCases } from '../dynamodb/fraud-cases.ts';
import { KmsMacVerifier } from '../kms/link-signer.ts';
import { SfnFraudReplyWorkflow } from '../sfn/fraud-reply-workflow.ts';
import { systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { tableEnv } from './manifest-parts.ts';

/**
 * What the fraud reply links function needs: the fraud cases, the waiting workflows it resumes, and the KMS
 * key that checks each link's token. `env` is the function's (`loadEnv(manifest)`).
 */
export function fraudReplyLinkDeps(env: EnvOf<typeof tableEnv> & { readonly REPLY_LINK_KEY_ARN: string }) {
  return {
    cases: new DynamoDbFraudCases(new DynamoDBClient({}), env.TABLE_NAME),
    workflow: new SfnFraudReplyWorkflow(new SFNClient({})),
    verifier: new KmsMacVerifier(new KMSClient({}), env.REPLY_LINK_KEY_ARN),
    now: systemNow,
  };
}
