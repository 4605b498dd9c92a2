// The values of the deployment a manifest's environment may name (shared/adapters/lambda/manifest.ts
// `Setting`, `OptionalSetting`): one entry per name, typed so that a name a manifest may use and this table
// lacks, or an entry no name stands for, does not compile.
import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { OptionalSetting, RuleSettings, Setting } from '../shared/adapters/lambda/manifest.ts';
import { DEFAULT_ATTRIBUTION_WINDOW_DAYS } from '../shared/domain/conversions.ts';
import { DEFAULT_PAYMENT_DUE } from '../shared/domain/journeys/payment-due.ts';
import { DEFAULT_FALLBACK_DELAY_SECONDS } from '../shared/domain/policy/channel-plan.ts';
import { fraudSettings, type HeraldConfig, statusEventsOf, taxReminderLocalTime } from './config.ts';
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

/** The payment-due reminders' settings: config `paymentDue` over the defaults (also the state machine's). */
export const paymentDueSettingsOf = (config: HeraldConfig) => ({
  ...DEFAULT_PAYMENT_DUE,
  ...config.paymentDue,
});

/** The name of Herald's schedule group: a name, not a reference, so that the schedules' ARNs are known. */
export const scheduleGroupNameOf = ({ config, stateful }: Pick<DeploymentContext, 'config' | 'stateful'>) =>
  stateful.scheduleGroup.name ?? `herald-${config.envName}`;

export const SETTINGS: { readonly [K in Setting]: (context: DeploymentContext) => string } = {
  quietHoursDefault: ({ config }) => `${config.defaultQuietHours.start}-${config.defaultQuietHours.end}`,
  marketingCap: ({ config }) => String(config.marketingCap),
  transactionalDefault: ({ config }) => config.transactionalDefault,
  loanOffers: ({ config }) => JSON.stringify(config.loanOffers ?? { enabled: false }),
  fraudReplyWindowMinutes: ({ config }) => String(fraudSettings(config).replyWindowMinutes),
  fraudEscalationWindowMinutes: ({ config }) => String(fraudSettings(config).escalationWindowMinutes),
  fraudMinRiskScore: ({ config }) => String(fraudSettings(config).minRiskScore),
  fraudDefaultOnNoAnswer: ({ config }) => fraudSettings(config).defaultOnNoAnswer,
  brandName: ({ config }) => config.brand.name,
  fallbackDelaySeconds: ({ config }) => String(config.fallbackDelaySeconds ?? DEFAULT_FALLBACK_DELAY_SECONDS),
  taxReminderLocalTime: ({ config }) => taxReminderLocalTime(config),
  senderEmail: ({ config }) => config.senderEmail,
  senderNames: ({ config }) => JSON.stringify(config.senderName ?? { default: config.brand.name }),
  sesConfigurationSet: ({ stateful }) => stateful.configurationSet.configurationSetName,
  smsSenderId: ({ config }) => config.smsSenderId ?? '',
  pushApplicationId: ({ config }) => config.pushApplicationId ?? '',
  whatsappPhoneNumberId: ({ config }) => config.whatsappPhoneNumberId ?? '',
  whatsappMetaApiVersion: ({ config }) => config.whatsappMetaApiVersion ?? '',
  attributionWindowDays: ({ config }) =>
    String(config.attributionWindowDays ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS),
  paymentDueSettings: ({ config }) => JSON.stringify(paymentDueSettingsOf(config)),
  allowedSources: ({ config }) => JSON.stringify(config.allowedSources),
  statusEvents: ({ config }) => JSON.stringify(statusEventsOf(config)),
  scheduleGroup: scheduleGroupNameOf,
  schedulerRoleArn: ({ schedulerRole }) => schedulerRole.roleArn,
  replyLinkKeyArn: ({ stateful }) => stateful.replyLinkKey.keyArn,
};

export const OPTIONAL_SETTINGS: {
  readonly [K in OptionalSetting]: (context: DeploymentContext) => string | undefined;
} = {
  brandUrl: ({ config }) => config.brand.url || undefined,
  replyToEmail: ({ config }) => config.replyToEmail || undefined,
  pseudonymKey: ({ pseudonymKey }) => pseudonymKey || undefined,
  replyBaseUrl: ({ config }) => fraudSettings(config).replyBaseUrl,
  replyLinkSigningKeyArn: ({ config, stateful }) =>
    fraudSettings(config).replyBaseUrl === undefined ? undefined : stateful.replyLinkKey.keyArn,
};

/** The values rules' content filters are made from (a manifest's `detail` function). */
export const ruleSettingsOf = ({
  config,
  stateful,
}: Pick<DeploymentContext, 'config' | 'stateful'>): RuleSettings => ({
  fraudMinRiskScore: fraudSettings(config).minRiskScore,
  sesConfigurationSet: stateful.configurationSet.configurationSetName,
});
