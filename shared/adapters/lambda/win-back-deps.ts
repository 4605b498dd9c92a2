import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { WIN_BACK } from '../../domain/journeys/win-back.ts';
import { DynamoDbJourneys } from '../dynamodb/journeys.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { DynamoDbWinBack } from '../dynamodb/win-back.ts';
import { SfnJourneyExecutions } from '../sfn/journey-executions.ts';
import { gateDeps } from './gate-deps.ts';
import type { EnvOf } from './manifest.ts';
import type { gateEnv } from './manifest-parts.ts';

/**
 * What the win-back function needs: the journeys' and win-back's state, the profiles, the win-back state
 * machine, the message ledger for conversion attribution and the gate of bank events (gate-deps.ts). `env`
 * is the function's (`loadEnv(manifest)`).
 */
export function winBackDeps(
  env: EnvOf<typeof gateEnv> & {
    readonly WIN_BACK_STATE_MACHINE_ARN: string;
    readonly ATTRIBUTION_WINDOW_DAYS: number;
  },
) {
  const dynamodb = new DynamoDBClient({});
  const tableName = env.TABLE_NAME;
  return {
    journeys: new DynamoDbJourneys(dynamodb, tableName),
    winBack: new DynamoDbWinBack(dynamodb, tableName),
    profiles: new DynamoDbProfileReader(dynamodb, tableName),
    executions: new SfnJourneyExecutions(new SFNClient({}), {
      [WIN_BACK]: env.WIN_BACK_STATE_MACHINE_ARN,
    }),
    ...gateDeps({ dynamodb, sqs: new SQSClient({}) }, env),
    conversions: new DynamoDbMessageLedger(dynamodb, tableName),
    windowDays: env.ATTRIBUTION_WINDOW_DAYS,
  };
}
