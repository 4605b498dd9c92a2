// The values of the deployment a manifest's environment may name (shared/adapters/lambda/manifest.ts
// `Setting`, `OptionalSetting`): one entry per name, typed so that a name a manifest may use and this table
// lacks, or an entry no name stands for, does not compile.
import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { OptionalSetting, RuleSettings, Setting } from '../shared/adapters/lambda/manifest.ts';
import type { HeraldConfig } from './config.ts';
import type { StatefulStack } from './stacks/stateful-stack.ts';

/** What the values are made from. */
export interface DeploymentContext {
  readonly config: HeraldConfig;
  readonly stateful: StatefulStack;
  /** The role EventBridge Scheduler puts deferred jobs on their queues with. */
  readonly schedulerRole: IRole;
  /** The deployment's secret for the pseudonyms of erased customers, given at synth; none in development. */
  readonly pseudonymKey: string | undefined;
}

/** The name of Herald's schedule group: a name, not a reference, so that the schedules' ARNs are known. */
export const scheduleGroupNameOf = ({ config, stateful }: Pick<DeploymentContext, 'config' | 'stateful'>) =>
  stateful.scheduleGroup.name ?? `herald-${config.envName}`;

export const SETTINGS: { readonly [K in Setting]: (context: DeploymentContext) => string } = {
  quietHoursDefault: ({ config }) => `${config.defaultQuietHours.start}-${config.defaultQuietHours.end}`,
  marketingCap: ({ config }) => String(config.marketingCap),
  transactionalDefault: ({ config }) => config.transactionalDefault,
  loanOffers: ({ config }) => JSON.stringify(config.loanOffers),
  fraudReplyWindowMinutes: ({ config }) => String(config.fraud.replyWindowMinutes),
  fraudEscalationWindowMinutes: ({ config }) => String(config.fraud.escalationWindowMinutes),
  fraudMinRiskScore: ({ config }) => String(config.fraud.minRiskScore),
  fraudDefaultOnNoAnswer: ({ config }) => config.fraud.defaultOnNoAnswer,
  brandName: ({ config }) => config.brand.name,
  fallbackDelaySeconds: ({ config }) => String(config.fallbackDelaySeconds),
  taxReminderLocalTime: ({ config }) => config.taxReminderLocalTime,
  senderEmail: ({ config }) => config.senderEmail,
  senderNames: ({ config }) => JSON.stringify(config.senderName),
  sesConfigurationSet: ({ stateful }) => stateful.configurationSet.configurationSetName,
  smsSenderId: ({ config }) => config.smsSenderId ?? '',
  pushApplicationId: ({ config }) => config.pushApplicationId ?? '',
  whatsappPhoneNumberId: ({ config }) => config.whatsappPhoneNumberId ?? '',
  whatsappMetaApiVersion: ({ config }) => config.whatsappMetaApiVersion ?? '',
  attributionWindowDays: ({ config }) => String(config.attributionWindowDays),
  paymentDueSettings: ({ config }) => JSON.stringify(config.paymentDue),
  allowedSources: ({ config }) => JSON.stringify(config.allowedSources),
  statusEvents: ({ config }) => JSON.stringify(config.statusEvents),
  scheduleGroup: scheduleGroupNameOf,
  schedulerRoleArn: ({ schedulerRole }) => schedulerRole.roleArn,
  replyLinkKeyArn: ({ stateful }) => stateful.replyLinkKey.keyArn,
  consentLinkKeyArn: ({ stateful }) => stateful.consentLinkKey.keyArn,
};

export const OPTIONAL_SETTINGS: {
  readonly [K in OptionalSetting]: (context: DeploymentContext) => string | undefined;
} = {
  brandUrl: ({ config }) => config.brand.url || undefined,
  replyToEmail: ({ config }) => config.replyToEmail || undefined,
  pseudonymKey: ({ pseudonymKey }) => pseudonymKey || undefined,
  replyBaseUrl: ({ config }) => config.fraud.replyBaseUrl,
  replyLinkSigningKeyArn: ({ config, stateful }) =>
    config.fraud.replyBaseUrl === undefined ? undefined : stateful.replyLinkKey.keyArn,
  consentLinkBaseUrl: ({ config }) => config.consent.linkBaseUrl,
  consentLinkSigningKeyArn: ({ config, stateful }) =>
    config.consent.linkBaseUrl === undefined ? undefined : stateful.consentLinkKey.keyArn,
  consentLinkDays: ({ config }) =>
    config.consent.linkBaseUrl === undefined ? undefined : String(config.consent.linkLifetimeDays),
};

/** The values rules' content filters are made from (a manifest's `detail` function). */
export const ruleSettingsOf = ({
  config,
  stateful,
}: Pick<DeploymentContext, 'config' | 'stateful'>): RuleSettings => ({
  fraudMinRiskScore: config.fraud.minRiskScore,
  sesConfigurationSet: stateful.configurationSet.configurationSetName,
});
