// The CustomerConsent port for the consent-link endpoint, on DynamoDB and the Herald bus.
//
// Stand-in until the one use case of consent changes on the customer's word lands: it writes the ledger
// entry and emits the outbound event as that use case does (an entry id derived from what caused it, the
// event claimed once). Replaced by a call to that use case.
import { createHash } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { CustomerConsent, CustomerConsentChange } from '../../ports/customer-consent.ts';
import { DynamoDbOutboundEventClaims } from '../dynamodb/outbound-event-claims.ts';
import { DynamoDbProfileReader } from '../dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../dynamodb/profile-writer.ts';
import { EventBridgeBankEvents } from '../eventbridge/bank-events.ts';
import { requireEnv } from './env.ts';

const eventIdOf = (change: CustomerConsentChange): string =>
  `herald-consent-${createHash('sha256')
    .update(
      JSON.stringify([
        change.customerId,
        change.source,
        change.causedBy,
        change.channel,
        change.category,
        change.granted,
      ]),
    )
    .digest('base64url')
    .slice(0, 32)}`;

export function customerConsentFromEnv(dynamodb: DynamoDBClient, table: string): CustomerConsent {
  const profiles = new DynamoDbProfileReader(dynamodb, table);
  const writer = new DynamoDbProfileWriter(dynamodb, table);
  const claims = new DynamoDbOutboundEventClaims(dynamodb, table);
  const events = new EventBridgeBankEvents(new EventBridgeClient({}), requireEnv('EVENT_BUS_NAME'));
  return {
    async change(change) {
      const profile = await profiles.get(change.customerId);
      if (!profile) return 'unknown_customer';
      const eventId = eventIdOf(change);
      const { customerId, channel, category, granted, source, causedBy, occurredAt } = change;
      await writer.setConsent(
        { customerId, channel, category, granted, source, occurredAt, eventId },
        new Date(),
      );
      const key = `consent:${eventId}`;
      if (!(await claims.claim(customerId, key, new Date()))) return 'recorded';
      try {
        await events.emit('Consent.ChangedByCustomer', {
          eventId,
          customerId,
          occurredAt,
          channel,
          category,
          granted,
          source,
          causedBy,
        });
      } catch (error) {
        await claims.release(customerId, key);
        throw error;
      }
      return 'recorded';
    },
  };
}
