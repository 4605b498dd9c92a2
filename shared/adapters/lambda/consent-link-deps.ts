import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { KMSClient } from '@aws-sdk/client-kms';
import type { ConsentLinkDeps } from '../../application/consent-links.ts';
import { DynamoDbConsentLinkUses } from '../dynamodb/consent-links.ts';
import { DynamoDbOutboundEventClaims } from '../dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '../eventbridge/bank-events.ts';
import { KmsMacVerifier } from '../kms/link-signer.ts';
import { systemNow } from './env.ts';
import type { EnvOf } from './manifest.ts';
import type { busEnv, tableEnv } from './manifest-parts.ts';

/**
 * What the consent links function needs: the KMS key that checks each link's token, the links' uses, and
 * the one use case of consent changes on the customer's word (the ledger, and the event to the bank). `env`
 * is the function's (`loadEnv(manifest)`).
 */
export function consentLinkDeps(
  env: EnvOf<typeof tableEnv & typeof busEnv> & {
    readonly CONSENT_LINK_KEY_ARN: string;
    readonly TRANSACTIONAL_DEFAULT: string;
  },
): ConsentLinkDeps {
  const dynamodb = new DynamoDBClient({});
  const table = env.TABLE_NAME;
  return {
    verifier: new KmsMacVerifier(new KMSClient({}), env.CONSENT_LINK_KEY_ARN),
    uses: new DynamoDbConsentLinkUses(dynamodb, table),
    profiles: new DynamoDbProfileReader(dynamodb, table),
    consents: new DynamoDbProfileWriter(dynamodb, table),
    claims: new DynamoDbOutboundEventClaims(dynamodb, table),
    events: new EventBridgeBankEvents(new EventBridgeClient({}), env.EVENT_BUS_NAME),
    now: systemNow,
    consentOptions: {
      transactionalDefault: env.TRANSACTIONAL_DEFAULT === 'granted' ? 'granted' : 'denied',
    },
  };
}
