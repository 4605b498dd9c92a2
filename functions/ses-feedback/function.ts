import { defineFunction } from '#adapters/lambda/manifest.ts';
import { tableEnv } from '#adapters/lambda/manifest-parts.ts';
import { SES_FEEDBACK_DETAIL_TYPES } from '#domain/ses-feedback.ts';

export const manifest = defineFunction({
  name: 'ses-feedback',
  description: 'Records SES delivery, bounce, complaint, open and click events; suppresses bounced addresses',
  triggers: [
    {
      kind: 'awsServiceRule',
      id: 'SesFeedback',
      source: 'aws.ses',
      detailTypes: SES_FEEDBACK_DETAIL_TYPES,
      // Only mail sent through Herald's configuration set.
      detail: ({ sesConfigurationSet }) => ({
        mail: { tags: { 'ses:configuration-set': [sesConfigurationSet] } },
      }),
    },
  ],
  grants: { table: 'readWrite' },
  env: tableEnv,
});
