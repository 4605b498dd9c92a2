// The consent links of e-mails (shared/domain/consent-link.ts): the render functions sign each e-mail's
// preference page link and each marketing e-mail's one-click unsubscribe link with the consent-link key
// (kms:GenerateMac, that key only); the consent-link function behind a public function URL checks them
// (kms:VerifyMac, that key only) and changes consent on the customer's word.
import { CfnOutput } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { CONSENT_OUTPUTS } from '../stack-outputs.ts';
import type { HeraldFunction } from './herald-function.ts';

export interface ConsentLinkSettings {
  /** The https URL the links lead to (config `consent.linkBaseUrl`, by default `<brand.url>/consent`). */
  linkBaseUrl: string;
  linkLifetimeDays: number;
}

/** Lets a render function sign consent links: GenerateMac on the consent-link key, and where they lead. */
export function grantSignConsentLinks(fn: HeraldFunction, key: IKey, settings: ConsentLinkSettings): void {
  fn.fn.addEnvironment('CONSENT_LINK_KEY_ARN', key.keyArn);
  fn.fn.addEnvironment('CONSENT_LINK_BASE_URL', settings.linkBaseUrl);
  fn.fn.addEnvironment('CONSENT_LINK_DAYS', String(settings.linkLifetimeDays));
  fn.addPolicy('SignConsentLinks', [
    new PolicyStatement({
      sid: 'GenerateMacWithConsentLinkKey',
      actions: ['kms:GenerateMac'],
      resources: [key.keyArn],
    }),
  ]);
}

/**
 * The consent-link endpoint: a public function URL (links are opened from e-mails, and mailbox providers
 * POST the one-click unsubscribe from their own servers, so no AWS authentication), with VerifyMac on the
 * consent-link key only and PutEvents on the Herald bus (the outbound consent event). Its URL is a stack
 * output: `consent.linkBaseUrl` (or `<brand.url>/consent`) fronts it. `PUBLIC_BASE_URL` is that URL, as
 * the links are published under it.
 */
export function exposeConsentLinks(
  fn: HeraldFunction,
  key: IKey,
  eventBus: IEventBus,
  settings: { linkBaseUrl: string | undefined },
): void {
  fn.addPolicy('VerifyConsentLinks', [
    new PolicyStatement({
      sid: 'VerifyMacWithConsentLinkKey',
      actions: ['kms:VerifyMac'],
      resources: [key.keyArn],
    }),
  ]);
  fn.fn.addEnvironment('CONSENT_LINK_KEY_ARN', key.keyArn);
  if (settings.linkBaseUrl) fn.fn.addEnvironment('PUBLIC_BASE_URL', settings.linkBaseUrl);
  fn.fn.addEnvironment('EVENT_BUS_NAME', eventBus.eventBusName);
  eventBus.grantPutEventsTo(fn.role);
  const url = fn.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
  new CfnOutput(fn, 'LinkEndpoint', {
    value: url.url,
    description:
      'The consent link endpoint (one-click unsubscribe, preference page): consent.linkBaseUrl points here',
  }).overrideLogicalId(CONSENT_OUTPUTS.linkEndpoint);
}
