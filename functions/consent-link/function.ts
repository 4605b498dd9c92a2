import { defineFunction, envSchemas, envVar, from, optionalEnvVar } from '#adapters/lambda/manifest.ts';
import { busEnv, tableEnv } from '#adapters/lambda/manifest-parts.ts';

const { text } = envSchemas;

export const manifest = defineFunction({
  name: 'consent-link',
  description:
    'Unsubscribe and preference page links of e-mails: checks the signed token (KMS VerifyMac), changes consent',
  // One-click unsubscribe (RFC 8058) and the preference page (infra/constructs/consent-links.ts).
  triggers: [{ kind: 'functionUrl', links: 'consent' }],
  // VerifyMac on the consent-link key only; PutEvents for the outbound consent event.
  grants: { table: 'readWrite', putEvents: true, consentLinks: 'verify' },
  env: {
    ...tableEnv,
    CONSENT_LINK_KEY_ARN: envVar(from.setting('consentLinkKeyArn'), text),
    // The URL the links are published under (config `consent.linkBaseUrl`): how the local runtime routes a
    // link in a message to this function (local/function-urls.ts).
    PUBLIC_BASE_URL: optionalEnvVar(from.optionalSetting('consentLinkBaseUrl'), text),
    ...busEnv,
    BRAND_NAME: envVar(from.setting('brandName'), text),
    TRANSACTIONAL_DEFAULT: envVar(from.setting('transactionalDefault'), envSchemas.anyText),
  },
});
