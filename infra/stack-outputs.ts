// Names of the stack outputs a deployment reads after `cdk deploy` (README: Deploy). Fixed logical ids,
// so the deploy steps and the config's messages can name them.

/** Outputs of the stateless stack (`HeraldStateless-<env>`) for the fraud reply loop. */
export const FRAUD_REPLY_OUTPUTS = {
  /** The YES/NO link endpoint (a Lambda function URL): `fraud.replyBaseUrl` fronts it, or is it. */
  linkEndpoint: 'FraudReplyLinkEndpoint',
  /** The SNS topic two-way SMS and WhatsApp replies are published to. */
  inboundTopicArn: 'FraudInboundRepliesTopicArn',
} as const;

/** Outputs of the stateless stack for the consent links of e-mails. */
export const CONSENT_OUTPUTS = {
  /** The unsubscribe and preference page endpoint (a Lambda function URL): `consent.linkBaseUrl` fronts it. */
  linkEndpoint: 'ConsentLinkEndpoint',
} as const;
