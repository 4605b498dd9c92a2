import { defineFunction } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'profile',
  description: 'Keeps the customer profile (contacts, consents, alert settings)',
  triggers: [
    {
      kind: 'rule',
      id: 'ProfileEvents',
      detailTypes: ['Customer.Upserted', 'Consent.Changed', 'AlertSettings.Changed'],
    },
  ],
  grants: { table: 'readWrite' },
  env: gateEnv,
});
