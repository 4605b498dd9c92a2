import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { StatusEventSelection } from '../../domain/status-events.ts';
import { DynamoDbMessageLedger } from '../dynamodb/message-ledger.ts';
import { DynamoDbOutboundEventClaims } from '../dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '../eventbridge/bank-events.ts';
import { systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { busEnv, tableEnv } from './manifest-parts.ts';

/**
 * What the status events function needs: the bus, the claims of what was emitted already, the message
 * ledger's outcomes, the profiles and the consent ledger (for provider opt-outs), and its selection
 * (`STATUS_EVENTS`). `env` is the function's (`loadEnv(manifest)`).
 */
export function statusEventDeps(
  env: EnvOf<typeof tableEnv & typeof busEnv> & {
    readonly STATUS_EVENTS: StatusEventSelection;
  },
) {
  const dynamodb = new DynamoDBClient({});
  const tableName = env.TABLE_NAME;
  return {
    events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
    claims: new DynamoDbOutboundEventClaims(dynamodb, tableName),
    outcomes: new DynamoDbMessageLedger(dynamodb, tableName),
    profiles: new DynamoDbProfileReader(dynamodb, tableName),
    consents: new DynamoDbProfileWriter(dynamodb, tableName),
    selection: env.STATUS_EVENTS,
    now: systemNow,
  };
}
