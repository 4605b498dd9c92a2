// Per-environment deployment configuration: the one typed place a bank edits before `cdk deploy`.
// The environment is picked with the CDK context key `herald:env` (cdk.json sets `dev`;
// `npx cdk synth -c herald:env=prod`).
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as v from 'valibot';
import { statusEventSelection } from '../shared/contract/internal/status-events.ts';
import { heraldEvents } from '../shared/contract/registry.ts';
import { DEFAULT_CONSENT_LINK_DAYS } from '../shared/domain/consent-link.ts';
import {
  type CardActivationSettings,
  cardActivationProblems,
  DEFAULT_CARD_ACTIVATION,
} from '../shared/domain/journeys/card-activation.ts';
import { DEFAULT_KYC, type KycSettings, kycProblems } from '../shared/domain/journeys/kyc.ts';
import {
  DEFAULT_ONBOARDING,
  type OnboardingSettings,
  onboardingProblems,
} from '../shared/domain/journeys/onboarding.ts';
import {
  DEFAULT_PAYMENT_DUE,
  type PaymentDueSettings,
  paymentDueProblems,
} from '../shared/domain/journeys/payment-due.ts';
import { DEFAULT_SURVEYS, type SurveySettings, surveyProblems } from '../shared/domain/journeys/surveys.ts';
import {
  DEFAULT_WIN_BACK,
  type WinBackSettings,
  winBackProblems,
} from '../shared/domain/journeys/win-back.ts';
import { type LoanOfferSettings, loanOfferProblems } from '../shared/domain/loan-offers.ts';
import { type SenderNames, senderNameProblem } from '../shared/domain/sender.ts';
import { DEFAULT_STATUS_EVENTS, type StatusEventSelection } from '../shared/domain/status-events.ts';
import { LANGUAGES } from '../shared/domain/templates/compiled/common.ts';
import { CONSENT_OUTPUTS, FRAUD_REPLY_OUTPUTS } from './stack-outputs.ts';

export interface HeraldConfig {
  /** Short lower-case name; used in stack names (`HeraldStateful-<envName>`) and resource names. */
  envName: string;
  /** Target account; undefined = environment-agnostic synthesis (the account comes from the CLI credentials). */
  account?: string;
  region: string;
  /** Accounts whose producers may call `events:PutEvents` on the Herald bus. */
  allowedProducerAccounts: string[];
  /** EventBridge `Source` values accepted from producers (bus policy and every rule). */
  allowedSources: string[];
  /** Verified SES identity (address; its domain may be the verified identity instead). */
  senderEmail: string;
  /**
   * The sender's display name in the From header (`"Demo Bank" <alerts@…>`): `default`, and the name in a
   * language where the bank writes it differently (`ar: 'بنك ديمو'`; RFC 2047-encoded when not ASCII).
   * Defaults to `brand.name` in every language: an e-mail never comes from a bare address.
   */
  senderName?: SenderNames;
  /** Optional Reply-To address of every e-mail (a monitored mailbox); without it replies go to the sender. */
  replyToEmail?: string;
  /**
   * Pre-approved loan offers (`loan.preapproved`): the representative example every offer quotes (APR,
   * interest rate, term, and per currency the amount borrowed, the monthly repayment and the total payable),
   * as consumer-credit rules require next to an amount. Required while the offers are on; `{ enabled: false }`
   * turns them off (each offer is then recorded suppressed, `loan_offers_disabled`). An offer in a currency
   * the example has no amounts for is recorded suppressed, `no_representative_example_for_currency`.
   */
  loanOffers?: LoanOfferSettings;
  /** SES configuration set name; defaults to `herald-<envName>`. */
  sesConfigurationSetName?: string;
  /** SNS SMS sender id (1–11 alphanumerics, at least one letter); not supported in every country. */
  smsSenderId?: string;
  /**
   * End User Messaging push (Pinpoint) application id, 32 hex digits: the project that holds the APNs and
   * FCM credentials. Without it push is off: the PushQueue and the send-push function are still deployed
   * (so nothing queued for push is ever left unread), but send-push has no send permission and settles
   * every job as failed with reason `channel_not_configured`.
   */
  pushApplicationId?: string;
  /**
   * End User Messaging Social phone number id (`phone-number-id-` + 32 hex digits, as listed by
   * GetLinkedWhatsAppBusinessAccount) WhatsApp messages are sent from. Without it WhatsApp is off, as push
   * is without `pushApplicationId`. Requires `whatsappMetaApiVersion`.
   */
  whatsappPhoneNumberId?: string;
  /**
   * Meta Graph API version of the WhatsApp messages, e.g. `v20.0`; one End User Messaging Social supports in
   * the region. Required with `whatsappPhoneNumberId` (no default: Meta retires versions).
   */
  whatsappMetaApiVersion?: string;
  /** CloudWatch Logs retention of every Herald log group; one of the values CDK `RetentionDays` supports. */
  logRetentionDays: number;
  /** Retention of the bus archive, in days. */
  archiveRetentionDays: number;
  /** Where alarms are sent (observability). */
  alarmEmail?: string;
  /** Alarm thresholds (observability). */
  alarms: HeraldAlarmThresholds;
  /** The bank as customers know it: named in every message (and linked, when `url` is set). */
  brand: { name: string; url?: string };
  /** Quiet hours for customers who set none, local time `HH:MM`; equal start and end for none. */
  defaultQuietHours: { start: string; end: string };
  /** Marketing messages per customer and local calendar day. */
  marketingCap: number;
  /** Whether transactional messages may go on a channel the customer never decided about (default denied). */
  transactionalDefault: 'granted' | 'denied';
  /** Local time `HH:MM` at which tax-date reminders go out on their date, in the customer's time zone (default 09:00). */
  taxReminderLocalTime?: string;
  /**
   * For a type sent on the first reachable channel: how long its fallback on the next channel waits for the
   * one before it to be sent or fail, in seconds (1–300; default 120).
   */
  fallbackDelaySeconds?: number;
  /**
   * How long after a message a goal event (Card.Activated, Kyc.Completed, Payment.Completed,
   * Customer.Active) still counts as converted by it, in days (1–90; default 7).
   */
  attributionWindowDays?: number;
  /** Suspicious-activity alerts (Fraud.Suspected); every field has a default (see `fraudSettings`). */
  fraud?: FraudConfig;
  /** The consent links of e-mails (one-click unsubscribe, preference page); see `consentLinkSettings`. */
  consent?: ConsentConfig;
  /**
   * Timings of the card activation journey (Card.Issued); every field has a default
   * (shared/domain/journeys/card-activation.ts `DEFAULT_CARD_ACTIVATION`): reminders on days 2, 5 and 10
   * until activation, a nudge if the card is unused 30 days after activation, the incentive 2 days later.
   */
  cardActivation?: Partial<CardActivationSettings>;
  /** The KYC reminders (Customer.SignedUp): `reminderDays` after sign-up (default 1, 3 and 7). */
  kyc?: Partial<KycSettings>;
  /** The onboarding lessons (Kyc.Completed): `lessonDays` after KYC completes (default 1 and 4). */
  onboarding?: Partial<OnboardingSettings>;
  /**
   * Payment-due reminders (Payment.Due): `daysBefore` the due date (default 3) and on it, at `localTime` in
   * the customer's time zone (default 09:00); a bill due more than `maxDaysAhead` days ahead (default 90) is
   * rejected.
   */
  paymentDue?: Partial<PaymentDueSettings>;
  /**
   * The win-back journey (no Customer.Active for N days); every field has a default
   * (shared/domain/journeys/win-back.ts `DEFAULT_WIN_BACK`): lapsed after 30 days without activity, then
   * messages on days 0, 4 and 9 of the lapse until the customer is active again.
   */
  winBack?: Partial<WinBackSettings>;
  /** Surveys (Lifecycle.MilestoneReached): the request goes `delayHours` after the milestone (default 24). */
  surveys?: Partial<SurveySettings>;
  /**
   * Which delivery outcomes are published on the bus as `Notification.StatusChanged` (README "Delivery status
   * events"); each field has a default (shared/domain/status-events.ts `DEFAULT_STATUS_EVENTS`): `failed`,
   * `bounced`, `complained`, `replied` of every type, every status of security messages, all types.
   * `statuses: [], allStatusesOf: []` publishes none (Notification.Failed is always published).
   */
  statusEvents?: Partial<StatusEventSelection>;
  /**
   * Delivers Herald's outbound events (status events and Notification.Failed by default) to the bank's HTTPS
   * endpoint through an EventBridge API destination. Off when absent.
   */
  statusWebhook?: StatusWebhookConfig;
  /**
   * Event buses in consumer accounts (ARNs) that receive every Herald → bank event (Source `herald`): one
   * rule per bus on the Herald bus. Each consumer bus must let this account put events (README "Consuming
   * from another account").
   */
  outboundEventBuses?: string[];
}

/** The bank's HTTPS endpoint for Herald's outbound events (an EventBridge connection + API destination). */
export interface StatusWebhookConfig {
  /** https URL EventBridge POSTs each event to (the event as JSON, as a rule target receives it). */
  endpoint: string;
  /**
   * How EventBridge authenticates to it. The secret stays in Secrets Manager: the config names its ARN (and
   * the JSON field holding the value, when the secret is JSON), never the value.
   */
  auth:
    | { type: 'apiKey'; headerName: string; secretArn: string; secretField?: string }
    | {
        type: 'oauthClientCredentials';
        /** The token endpoint (https). */
        authorizationEndpoint: string;
        clientId: string;
        /** The client secret. */
        secretArn: string;
        secretField?: string;
        scope?: string;
      };
  /** Invocations per second EventBridge makes at most (1–300; default 10). */
  rateLimitPerSecond?: number;
  /** Which of Herald's outbound DetailTypes go (default Notification.StatusChanged and Notification.Failed). */
  detailTypes?: string[];
}

export interface FraudConfig {
  /** Minutes the customer has to answer YES/NO, from the bank's `occurredAt` (default 30). */
  replyWindowMinutes?: number;
  /** Cases scored below this (0..1) are not sent; the bus rule drops them (default 0: every case). */
  minRiskScore?: number;
  /**
   * https URL of the endpoint that receives the YES/NO link clicks (default `<brand.url>/fraud-reply`).
   * Without it and without `brand.url`, fraud e-mails and pushes go without buttons.
   */
  replyBaseUrl?: string;
  /**
   * After the deadline without an answer, one escalation message on the next channel and this many more
   * minutes for an answer (default 15).
   */
  escalationWindowMinutes?: number;
  /** What happens when nobody answered by then: request a hold on the card, or not (default `hold`). */
  defaultOnNoAnswer?: 'hold' | 'no_hold';
}

export interface ConsentConfig {
  /**
   * https URL of the endpoint that receives the unsubscribe and preference page links of e-mails (default
   * `<brand.url>/consent`): the ConsentLinkEndpoint output, or the bank's own URL in front of it. Without it
   * and without `brand.url`, e-mails go without them.
   */
  linkBaseUrl?: string;
  /** Days a consent link counts after its e-mail was written (default 60). */
  linkLifetimeDays?: number;
}

/** Thresholds of the on-call alarms; every alarm fires when its metric reaches or exceeds its threshold. */
export interface HeraldAlarmThresholds {
  /** Messages visible in the DLQ (alarm at or above), a whole number ≥ 1. */
  dlqMessages: number;
  /** Errors / Invocations of one function over 5 minutes, as a fraction 0..1 (alarm above). */
  functionErrorRate: number;
  /** SES account bounce rate (`Reputation.BounceRate`), fraction 0..1 (alarm above). */
  sesBounceRate: number;
  /** SES account complaint rate (`Reputation.ComplaintRate`), fraction 0..1 (alarm above). */
  sesComplaintRate: number;
  /** Failed plus timed-out executions of one state machine over 5 minutes (alarm at or above), ≥ 1. */
  stateMachineFailures: number;
  /** Minutes without a bank event on the bus, during business hours, before the alarm fires (5–1440). */
  noEventsMinutes: number;
  /** When the bank's producers are expected to send events; silence outside these hours is not alarmed. */
  businessHours: BusinessHours;
}

/**
 * Business hours, in UTC: CloudWatch metric math reads the hour, minute and weekday of each datapoint in
 * UTC only (HOUR, MINUTE, DAY), and has no time zones, so a bank in another zone writes its hours in UTC
 * (and adjusts them for daylight saving time if it wants them exact).
 */
export interface BusinessHours {
  /** `HH:MM` UTC, inclusive. */
  start: string;
  /** `HH:MM` UTC (`24:00` for midnight), exclusive; after `start` (business hours do not span midnight). */
  end: string;
  /** `weekdays` (Monday to Friday, the default) or `every-day`. */
  days?: 'weekdays' | 'every-day';
  /** Only `UTC` (the default) is supported. */
  timeZone?: 'UTC';
}

export const DEFAULT_ALARM_THRESHOLDS: Readonly<HeraldAlarmThresholds> = {
  dlqMessages: 1,
  functionErrorRate: 0.05,
  sesBounceRate: 0.05,
  sesComplaintRate: 0.001,
  stateMachineFailures: 1,
  noEventsMinutes: 30,
  businessHours: { start: '08:00', end: '18:00', days: 'weekdays', timeZone: 'UTC' },
};

export const DEFAULT_ALLOWED_SOURCES: readonly string[] = ['bank.core'];

/**
 * The example values the shipped configs carry. `dev` runs on them (the local stack sends nothing anywhere);
 * any other environment is refused at synth while one is left (`placeholderProblems`).
 */
export const EXAMPLE_PUSH_APPLICATION_ID = '0123456789abcdef0123456789abcdef';
export const EXAMPLE_WHATSAPP_PHONE_NUMBER_ID = 'phone-number-id-0123456789abcdef0123456789abcdef';
export const EXAMPLE_BRAND_NAMES: readonly string[] = ['Demo Bank', 'Herald Bank'];

export const environments: Readonly<Record<string, HeraldConfig>> = {
  dev: {
    envName: 'dev',
    account: undefined,
    region: 'eu-west-1',
    allowedProducerAccounts: ['111111111111'],
    allowedSources: [...DEFAULT_ALLOWED_SOURCES],
    senderEmail: 'alerts@dev.herald.example',
    senderName: { default: 'Demo Bank', ar: 'بنك ديمو' },
    brand: { name: 'Demo Bank', url: 'https://bank.example' },
    // An example, like the rest of this environment: the bank's own representative example goes here.
    loanOffers: {
      representativeExample: {
        apr: '9.9',
        interestRate: '9.5',
        termMonths: 60,
        amounts: {
          EUR: { borrowed: '10000.00', monthlyRepayment: '210.03', totalPayable: '12601.80' },
          GBP: { borrowed: '10000.00', monthlyRepayment: '210.03', totalPayable: '12601.80' },
          USD: { borrowed: '10000.00', monthlyRepayment: '210.03', totalPayable: '12601.80' },
          RON: { borrowed: '50000.00', monthlyRepayment: '1050.15', totalPayable: '63009.00' },
          AED: { borrowed: '40000.00', monthlyRepayment: '840.12', totalPayable: '50407.20' },
          IDR: { borrowed: '150000000', monthlyRepayment: '3150450', totalPayable: '189027000' },
          VND: { borrowed: '250000000', monthlyRepayment: '5250750', totalPayable: '315045000' },
        },
      },
    },
    defaultQuietHours: { start: '22:00', end: '07:00' },
    marketingCap: 2,
    transactionalDefault: 'denied',
    // Placeholders, like the sender above: the local stack delivers push and WhatsApp to its outbox with
    // them; replace them with your own before deploying, or remove them to turn the channels off.
    pushApplicationId: EXAMPLE_PUSH_APPLICATION_ID,
    whatsappPhoneNumberId: EXAMPLE_WHATSAPP_PHONE_NUMBER_ID,
    whatsappMetaApiVersion: 'v20.0',
    logRetentionDays: 30,
    archiveRetentionDays: 30,
    alarms: { ...DEFAULT_ALARM_THRESHOLDS },
  },
  prod: {
    envName: 'prod',
    // Placeholders: synth refuses this environment until each is replaced (README: Deploy).
    account: '222222222222', // the bank's production account
    region: 'eu-west-1',
    allowedProducerAccounts: ['333333333333'], // the accounts of the bank's event producers
    allowedSources: [...DEFAULT_ALLOWED_SOURCES],
    senderEmail: 'alerts@herald.example', // an address (or on a domain) verified in SES
    // Off until the bank sets its representative example: { representativeExample: { apr, … } }.
    loanOffers: { enabled: false },
    brand: { name: 'Herald Bank' }, // the bank's name, and `url`: its https site
    defaultQuietHours: { start: '22:00', end: '07:00' },
    marketingCap: 2,
    transactionalDefault: 'denied',
    logRetentionDays: 365,
    archiveRetentionDays: 365,
    alarms: { ...DEFAULT_ALARM_THRESHOLDS },
  },
};

/** Retention values CDK's `RetentionDays` supports, except INFINITE (logs must expire). */
export const SUPPORTED_LOG_RETENTION_DAYS: readonly number[] = Object.values(RetentionDays).filter(
  (value): value is number => typeof value === 'number' && value !== RetentionDays.INFINITE,
);

const ACCOUNT_ID = /^\d{12}$/;

const accountId = v.pipe(v.string(), v.regex(ACCOUNT_ID, 'must be a 12-digit AWS account id'));

/** A rate as a fraction: above 0 (0 would alarm on any single error), at most 1. */
const fraction = v.pipe(
  v.number(),
  v.gtValue(0, 'must be a fraction above 0 (e.g. 0.05 for 5%)'),
  v.maxValue(1, 'must be a fraction at most 1 (e.g. 0.05 for 5%)'),
);

/** A sender display name (shared/domain/sender.ts says what it may hold). */
const senderName = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? senderNameProblem(dataset.value) : undefined;
    if (problem) addIssue({ message: problem });
  }),
);

const httpsUrl = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL'));
/** A Secrets Manager secret, by ARN: config names secrets, never holds them. */
const secretArn = v.pipe(
  v.string(),
  v.regex(
    /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/,
    'must be the ARN of a Secrets Manager secret (the value itself never goes in the config)',
  ),
);

const ConfigSchema = v.pipe(
  v.object({
    envName: v.pipe(
      v.string(),
      v.regex(/^[a-z][a-z0-9-]{0,15}$/, 'must be 1-16 lower-case letters, digits or dashes'),
    ),
    account: v.optional(accountId),
    region: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must look like eu-west-1')),
    allowedProducerAccounts: v.array(accountId),
    allowedSources: v.pipe(
      v.array(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
      v.nonEmpty('must list at least one event source'),
    ),
    senderEmail: v.pipe(v.string(), v.email('must be an e-mail address')),
    senderName: v.optional(
      v.strictObject({
        default: senderName,
        ...Object.fromEntries(LANGUAGES.map((language) => [language, v.optional(senderName)])),
      }),
    ),
    replyToEmail: v.optional(v.pipe(v.string(), v.email('must be an e-mail address'))),
    // Checked as a whole by loanOfferProblems, which names each field; required while the offers are on.
    loanOffers: v.pipe(
      v.optional(
        v.custom<LoanOfferSettings>(
          (value) => typeof value === 'object' && value !== null,
          'must be an object',
        ),
      ),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        for (const problem of loanOfferProblems(dataset.value as LoanOfferSettings | undefined))
          addIssue({ message: problem });
      }),
    ),
    sesConfigurationSetName: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -')),
    ),
    smsSenderId: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/,
          'must be 1-11 letters or digits with at least one letter',
        ),
      ),
    ),
    logRetentionDays: v.pipe(
      v.number(),
      v.check(
        (days) => SUPPORTED_LOG_RETENTION_DAYS.includes(days),
        `must be one of ${SUPPORTED_LOG_RETENTION_DAYS.join(', ')}`,
      ),
    ),
    archiveRetentionDays: v.pipe(
      v.number(),
      v.integer('must be a whole number of days'),
      v.minValue(1, 'must be at least 1'),
    ),
    alarmEmail: v.optional(v.pipe(v.string(), v.email('must be an e-mail address'))),
    alarms: v.object({
      dlqMessages: v.pipe(
        v.number(),
        v.integer('must be a whole number of messages'),
        v.minValue(1, 'must be at least 1'),
      ),
      functionErrorRate: fraction,
      sesBounceRate: fraction,
      sesComplaintRate: fraction,
      stateMachineFailures: v.pipe(
        v.number(),
        v.integer('must be a whole number of executions'),
        v.minValue(1, 'must be at least 1'),
      ),
      // One alarm period: CloudWatch periods are whole minutes, and period × evaluations ≤ one day.
      noEventsMinutes: v.pipe(
        v.number(),
        v.integer('must be a whole number of minutes'),
        v.minValue(5, 'must be at least 5'),
        v.maxValue(1440, 'must be at most 1440 (a day)'),
      ),
      businessHours: v.pipe(
        v.object({
          start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
          end: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM')),
          days: v.optional(v.picklist(['weekdays', 'every-day'], 'must be weekdays or every-day')),
          timeZone: v.optional(
            v.literal(
              'UTC',
              'must be UTC: CloudWatch metric math reads datapoint times in UTC only; write the hours in UTC',
            ),
          ),
        }),
        v.forward(
          v.check(
            ({ start, end }) => start < end,
            'must be after start (business hours do not span midnight)',
          ),
          ['end'],
        ),
      ),
    }),
    brand: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('must not be empty'),
        v.maxLength(40, 'must be at most 40 characters'),
      ),
      url: v.optional(
        v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL')),
      ),
    }),
    defaultQuietHours: v.object({
      start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
      end: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
    }),
    marketingCap: v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be at least 0'),
    ),
    transactionalDefault: v.picklist(['granted', 'denied'], 'must be granted or denied'),
    taxReminderLocalTime: v.optional(
      v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
    ),
    attributionWindowDays: v.optional(
      v.pipe(
        v.number(),
        v.integer('must be a whole number of days'),
        v.minValue(1, 'must be at least 1'),
        // Message items are kept 90 days (MESSAGE_RETENTION_SECONDS).
        v.maxValue(90, 'must be at most 90'),
      ),
    ),
    // Up to three fallbacks each wait this long after the one before: 3 × 300 s is SQS's 15-minute delay.
    fallbackDelaySeconds: v.optional(
      v.pipe(
        v.number(),
        v.integer('must be a whole number of seconds'),
        v.minValue(1, 'must be at least 1'),
        v.maxValue(300, 'must be at most 300'),
      ),
    ),
    fraud: v.optional(
      v.object({
        replyWindowMinutes: v.optional(
          v.pipe(
            v.number(),
            v.integer('must be a whole number of minutes'),
            v.minValue(1, 'must be at least 1'),
            v.maxValue(10_080, 'must be at most 10080 (a week)'),
          ),
        ),
        minRiskScore: v.optional(
          v.pipe(v.number(), v.minValue(0, 'must be from 0 to 1'), v.maxValue(1, 'must be from 0 to 1')),
        ),
        replyBaseUrl: v.optional(
          v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL')),
        ),
        escalationWindowMinutes: v.optional(
          v.pipe(
            v.number(),
            v.integer('must be a whole number of minutes'),
            v.minValue(1, 'must be at least 1'),
            v.maxValue(1440, 'must be at most 1440 (a day)'),
          ),
        ),
        defaultOnNoAnswer: v.optional(v.picklist(['hold', 'no_hold'], 'must be "hold" or "no_hold"')),
      }),
    ),
    consent: v.optional(
      v.object({
        linkBaseUrl: v.optional(
          v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL')),
        ),
        linkLifetimeDays: v.optional(
          v.pipe(
            v.number(),
            v.integer('must be a whole number of days'),
            v.minValue(30, 'must be at least 30 (an unsubscribe link must work for 30 days)'),
            v.maxValue(400, 'must be at most 400'),
          ),
        ),
      }),
    ),
    // Checked as a whole (with the defaults filled in) by cardActivationProblems, which names each field.
    cardActivation: v.optional(
      v.pipe(
        v.object({
          reminderDays: v.optional(v.array(v.number())),
          spendWindowDays: v.optional(v.number()),
          incentiveDelayDays: v.optional(v.number()),
          incentiveSpend: v.optional(v.record(v.string(), v.string())),
          incentiveWindowDays: v.optional(v.number()),
        }),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          for (const problem of cardActivationProblems({ ...DEFAULT_CARD_ACTIVATION, ...dataset.value }))
            addIssue({ message: problem });
        }),
      ),
    ),
    kyc: v.optional(
      v.pipe(
        v.object({ reminderDays: v.optional(v.array(v.number())) }),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          for (const problem of kycProblems({ ...DEFAULT_KYC, ...dataset.value }))
            addIssue({ message: problem });
        }),
      ),
    ),
    onboarding: v.optional(
      v.pipe(
        v.object({ lessonDays: v.optional(v.array(v.number())) }),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          for (const problem of onboardingProblems({ ...DEFAULT_ONBOARDING, ...dataset.value }))
            addIssue({ message: problem });
        }),
      ),
    ),
    paymentDue: v.optional(
      v.pipe(
        v.object({
          daysBefore: v.optional(v.array(v.number())),
          localTime: v.optional(v.string()),
          maxDaysAhead: v.optional(v.number()),
        }),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          for (const problem of paymentDueProblems({ ...DEFAULT_PAYMENT_DUE, ...dataset.value }))
            addIssue({ message: problem });
        }),
      ),
    ),
    winBack: v.optional(
      v.pipe(
        v.object({
          inactiveDays: v.optional(v.number()),
          messageDays: v.optional(v.array(v.number())),
        }),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          for (const problem of winBackProblems({ ...DEFAULT_WIN_BACK, ...dataset.value }))
            addIssue({ message: problem });
        }),
      ),
    ),
    surveys: v.optional(
      v.pipe(
        v.object({ delayHours: v.optional(v.number()) }),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          for (const problem of surveyProblems({ ...DEFAULT_SURVEYS, ...dataset.value }))
            addIssue({ message: problem });
        }),
      ),
    ),
    statusEvents: v.optional(v.partial(statusEventSelection)),
    statusWebhook: v.optional(
      v.object({
        endpoint: httpsUrl,
        auth: v.variant('type', [
          v.object({
            type: v.literal('apiKey'),
            headerName: v.pipe(
              v.string(),
              v.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name (letters, digits, dashes)'),
            ),
            secretArn,
            secretField: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
          }),
          v.object({
            type: v.literal('oauthClientCredentials'),
            authorizationEndpoint: httpsUrl,
            clientId: v.pipe(v.string(), v.nonEmpty('must not be empty')),
            secretArn,
            secretField: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
            scope: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
          }),
        ]),
        rateLimitPerSecond: v.optional(
          v.pipe(
            v.number(),
            v.integer('must be a whole number'),
            v.minValue(1, 'must be at least 1'),
            v.maxValue(300, 'must be at most 300'),
          ),
        ),
        detailTypes: v.optional(
          v.pipe(
            v.array(
              v.picklist(
                Object.keys(heraldEvents),
                `must be one of Herald's outbound DetailTypes: ${Object.keys(heraldEvents).join(', ')}`,
              ),
            ),
            v.nonEmpty('must name at least one DetailType'),
          ),
        ),
      }),
    ),
    outboundEventBuses: v.optional(
      v.array(
        v.pipe(
          v.string(),
          v.regex(
            /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[A-Za-z0-9._/-]+$/,
            'must be the ARN of an event bus (arn:aws:events:<region>:<account>:event-bus/<name>)',
          ),
        ),
      ),
    ),
    pushApplicationId: v.optional(
      v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'must be a push application (project) id: 32 hex digits')),
    ),
    whatsappPhoneNumberId: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^phone-number-id-[0-9a-f]{32}$/,
          'must be an End User Messaging Social phone number id: phone-number-id- and 32 hex digits',
        ),
      ),
    ),
    whatsappMetaApiVersion: v.optional(
      v.pipe(v.string(), v.regex(/^v\d+\.\d+$/, 'must be a Meta Graph API version such as v20.0')),
    ),
  }),
  v.forward(
    v.check(
      (config) =>
        (config.whatsappPhoneNumberId === undefined) === (config.whatsappMetaApiVersion === undefined),
      'must be set together with whatsappPhoneNumberId (both or neither)',
    ),
    ['whatsappMetaApiVersion'],
  ),
);

export class HeraldConfigError extends Error {
  override readonly name = 'HeraldConfigError';
}

/**
 * The configuration of `envName` with `overrides` applied, validated.
 * Throws a HeraldConfigError naming the unknown environment or every bad field.
 */
export function loadConfig(envName: string, overrides: Partial<HeraldConfig> = {}): HeraldConfig {
  const base = Object.hasOwn(environments, envName) ? environments[envName] : undefined;
  if (base === undefined) {
    throw new HeraldConfigError(
      `Unknown Herald environment "${envName}" (known: ${Object.keys(environments).join(', ')}); ` +
        'choose one with -c herald:env=<name>',
    );
  }
  const result = v.safeParse(ConfigSchema, { ...base, ...overrides });
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(config)'}: ${issue.message}`);
    throw new HeraldConfigError(`Invalid Herald config for "${envName}": ${problems.join('; ')}`);
  }
  return result.output;
}

/** The environment that may run on the example values: the local stack and its tests. */
export const PLACEHOLDER_ENV_NAME = 'dev';

/** An example AWS account id: one digit twelve times (the shipped configs), or the AWS documentation's. */
const isExampleAccount = (account: string) => /^(\d)\1{11}$/.test(account) || account === '123456789012';

/** A domain reserved for examples and tests (RFC 2606, RFC 6761): nothing there reaches anyone. */
const isExampleDomain = (domain: string) =>
  /(^|\.)(example|test|invalid|localhost)$/i.test(domain) || /(^|\.)example\.(com|net|org)$/i.test(domain);

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/**
 * What keeps a deployment other than `dev` from being deployed: each example value left from the shipped
 * configs, and a missing `brand.url` (without it messages carry no link to the bank, marketing messages no
 * working unsubscribe link, and fraud e-mails and pushes no YES/NO buttons). One line per field: the field,
 * what is wrong, what to do. Empty for `dev`, which runs on the examples.
 */
export function placeholderProblems(config: HeraldConfig): string[] {
  if (config.envName === PLACEHOLDER_ENV_NAME) return [];
  const problems: string[] = [];
  const problem = (field: string, what: string, todo: string) => problems.push(`${field}: ${what}; ${todo}`);
  if (config.account !== undefined && isExampleAccount(config.account))
    problem(
      'account',
      `${config.account} is an example account id`,
      'set the 12-digit id of the AWS account this environment deploys to',
    );
  config.allowedProducerAccounts.forEach((account, i) => {
    if (isExampleAccount(account))
      problem(
        `allowedProducerAccounts.${i}`,
        `${account} is an example account id`,
        'list the accounts of the bank systems that put events on the Herald bus',
      );
  });
  const senderDomain = config.senderEmail.split('@').pop() ?? '';
  if (isExampleDomain(senderDomain))
    problem(
      'senderEmail',
      `${senderDomain} is an example domain`,
      'set the address messages are sent from, verified in SES (the address or its domain)',
    );
  const alarmDomain = config.alarmEmail?.split('@').pop();
  if (alarmDomain !== undefined && isExampleDomain(alarmDomain))
    problem(
      'alarmEmail',
      `${alarmDomain} is an example domain`,
      "set the on-call team's address, or remove it",
    );
  if (EXAMPLE_BRAND_NAMES.includes(config.brand.name))
    problem(
      'brand.name',
      `"${config.brand.name}" is the example's name`,
      'set the name customers know the bank by',
    );
  if (config.brand.url === undefined)
    problem(
      'brand.url',
      'missing: messages would carry no link to the bank, marketing messages no unsubscribe link, and fraud e-mails and pushes no YES/NO buttons',
      "set the bank's https site, e.g. https://www.your-bank.eu",
    );
  else if (isExampleDomain(hostOf(config.brand.url)))
    problem('brand.url', `${hostOf(config.brand.url)} is an example domain`, "set the bank's https site");
  const replyBaseUrl = config.fraud?.replyBaseUrl;
  if (replyBaseUrl !== undefined && isExampleDomain(hostOf(replyBaseUrl)))
    problem(
      'fraud.replyBaseUrl',
      `${hostOf(replyBaseUrl)} is an example domain`,
      `set the https URL that fronts the ${FRAUD_REPLY_OUTPUTS.linkEndpoint} output, or remove it to use <brand.url>/fraud-reply`,
    );
  const consentBaseUrl = config.consent?.linkBaseUrl;
  if (consentBaseUrl !== undefined && isExampleDomain(hostOf(consentBaseUrl)))
    problem(
      'consent.linkBaseUrl',
      `${hostOf(consentBaseUrl)} is an example domain`,
      `set the https URL that fronts the ${CONSENT_OUTPUTS.linkEndpoint} output, or remove it to use <brand.url>/consent`,
    );
  if (config.pushApplicationId === EXAMPLE_PUSH_APPLICATION_ID)
    problem(
      'pushApplicationId',
      'is the example id',
      'set the id of your End User Messaging push application, or remove it to turn push off',
    );
  if (config.whatsappPhoneNumberId === EXAMPLE_WHATSAPP_PHONE_NUMBER_ID)
    problem(
      'whatsappPhoneNumberId',
      'is the example id',
      'set the phone number id of your WhatsApp business account in End User Messaging Social, or remove it (and whatsappMetaApiVersion) to turn WhatsApp off',
    );
  return problems;
}

/** Throws a HeraldConfigError listing every `placeholderProblems` of `config`; synthesis calls it first. */
export function assertDeployable(config: HeraldConfig): void {
  const problems = placeholderProblems(config);
  if (problems.length === 0) return;
  throw new HeraldConfigError(
    `Herald environment "${config.envName}" still has example values (infra/config.ts; README: Deploy):\n` +
      problems.map((line) => `  - ${line}`).join('\n'),
  );
}

/** The SES configuration set name of a config (explicit or `herald-<envName>`). */
export function sesConfigurationSetName(config: HeraldConfig): string {
  return config.sesConfigurationSetName ?? `herald-${config.envName}`;
}

/** The local time tax-date reminders go out at (`taxReminderLocalTime`, default 09:00). */
export function taxReminderLocalTime(config: HeraldConfig): string {
  return config.taxReminderLocalTime ?? '09:00';
}

/** The fraud settings of a config with their defaults; `replyBaseUrl` is undefined when there is none. */
export function fraudSettings(config: HeraldConfig): {
  replyWindowMinutes: number;
  minRiskScore: number;
  replyBaseUrl: string | undefined;
  escalationWindowMinutes: number;
  defaultOnNoAnswer: 'hold' | 'no_hold';
} {
  const {
    replyWindowMinutes = 30,
    minRiskScore = 0,
    replyBaseUrl,
    escalationWindowMinutes = 15,
    defaultOnNoAnswer = 'hold',
  } = config.fraud ?? {};
  const brandUrl = config.brand.url?.replace(/\/+$/, '');
  return {
    replyWindowMinutes,
    minRiskScore,
    escalationWindowMinutes,
    defaultOnNoAnswer,
    replyBaseUrl: replyBaseUrl ?? (brandUrl ? `${brandUrl}/fraud-reply` : undefined),
  };
}

/**
 * The ARN resource name of a WhatsApp phone number id: `phone-number-id-<hex>` is the id the API takes,
 * `phone-number-id/<hex>` its ARN (`arn:aws:social-messaging:<region>:<account>:phone-number-id/<hex>`).
 */
export function whatsappPhoneNumberHex(phoneNumberId: string): string {
  return phoneNumberId.replace(/^phone-number-id-/, '');
}

/**
 * The one log group every Herald function writes to (Lambda advanced logging, `LoggingConfig.LogGroup`):
 * the delivery log records and the functions' operational lines. Kept in the stateful stack.
 */
export function heraldLogGroupName(config: HeraldConfig): string {
  return `/herald/${config.envName}/functions`;
}

/** The delivery outcomes published as status events: config `statusEvents` over the defaults. */
export function statusEventsOf(config: HeraldConfig): StatusEventSelection {
  return { ...DEFAULT_STATUS_EVENTS, ...config.statusEvents };
}

/** The bus name of a config. */
export function eventBusName(config: HeraldConfig): string {
  return `herald-${config.envName}`;
}

/**
 * The job dead-letter queue's name: where the message and wake-up queues move a job after its last
 * receive, and what `herald redrive` moves back to them.
 */
export function jobDeadLetterQueueName(config: Pick<HeraldConfig, 'envName'>): string {
  return `herald-${config.envName}-jobs-dlq`;
}

/** `logRetentionDays` as CDK's enum (validated by loadConfig). */
export function logRetention(config: HeraldConfig): RetentionDays {
  const match = Object.values(RetentionDays).find((value) => value === config.logRetentionDays);
  if (typeof match !== 'number') {
    throw new HeraldConfigError(
      `logRetentionDays ${config.logRetentionDays} is not a CDK RetentionDays value`,
    );
  }
  return match;
}

/** The consent-link settings of a config with their defaults; `linkBaseUrl` is undefined when there is none. */
export function consentLinkSettings(config: HeraldConfig): {
  linkBaseUrl: string | undefined;
  linkLifetimeDays: number;
} {
  const { linkBaseUrl, linkLifetimeDays = DEFAULT_CONSENT_LINK_DAYS } = config.consent ?? {};
  const brandUrl = config.brand.url?.replace(/\/+$/, '');
  return { linkBaseUrl: linkBaseUrl ?? (brandUrl ? `${brandUrl}/consent` : undefined), linkLifetimeDays };
}
