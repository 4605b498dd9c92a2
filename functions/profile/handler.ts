import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbProfileWriter } from '#adapters/dynamodb/profile-writer.ts';
import { requireEnv } from '#adapters/lambda/env.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { gateDeps } from '#adapters/lambda/gate-deps.ts';
import { applyProfileEvent } from '#application/update-profile.ts';
import * as alertSettingsChanged from '#contract/events/alert-settings-changed.ts';
import * as consentChanged from '#contract/events/consent-changed.ts';
import * as customerUpserted from '#contract/events/customer-upserted.ts';

const dynamodb = new DynamoDBClient({});
const tableName = requireEnv('TABLE_NAME');
const deps = {
  profiles: new DynamoDbProfileWriter(dynamodb, tableName),
  ...gateDeps({ dynamodb, tableName, sqs: new SQSClient({}) }),
};

/** Customer.Upserted, Consent.Changed, AlertSettings.Changed → the customer's profile. */
export const handler = eventHandler(
  {
    [customerUpserted.detailType]: {
      schema: customerUpserted.schema,
      run: (detail, event) =>
        applyProfileEvent(event, { detailType: customerUpserted.detailType, detail }, deps),
    },
    [consentChanged.detailType]: {
      schema: consentChanged.schema,
      run: (detail, event) =>
        applyProfileEvent(event, { detailType: consentChanged.detailType, detail }, deps),
    },
    [alertSettingsChanged.detailType]: {
      schema: alertSettingsChanged.schema,
      run: (detail, event) =>
        applyProfileEvent(event, { detailType: alertSettingsChanged.detailType, detail }, deps),
    },
  },
  deps,
  { processed: 'profile event processed' },
);
