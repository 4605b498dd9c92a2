// The consent links of e-mails (shared/domain/consent-link.ts): the render functions sign each e-mail's
// preference page link and each marketing e-mail's one-click unsubscribe link with the consent-link key
// (kms:GenerateMac, that key only); the consent-link function behind a public function URL checks them
// (kms:VerifyMac, that key only) and changes consent on the customer's word. Their manifests declare those
// grants and the variables (`consentLinks`, CONSENT_LINK_*): infra/constructs/function-wiring.ts.
import { CfnOutput } from 'aws-cdk-lib';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { CONSENT_OUTPUTS } from '../stack-outputs.ts';
import type { HeraldFunction } from './herald-function.ts';

/**
 * The consent-link endpoint: a public function URL (links are opened from e-mails, and mailbox providers
 * POST the one-click unsubscribe from their own servers, so no AWS authentication). Its URL is a stack
 * output: `consent.linkBaseUrl` (or `<brand.url>/consent`) fronts it.
 */
export function exposeConsentLinks(fn: HeraldFunction): void {
  const url = fn.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
  new CfnOutput(fn, 'LinkEndpoint', {
    value: url.url,
    description:
      'The consent link endpoint (one-click unsubscribe, preference page): consent.linkBaseUrl points here',
  }).overrideLogicalId(CONSENT_OUTPUTS.linkEndpoint);
}
