// The configuration of a Herald environment: one valibot schema says what each field may hold and what it
// defaults to, and `HeraldConfig`, the resolved configuration every stack and construct reads, is inferred
// from it, so no consumer fills in a default of its own. The environments themselves, the part a bank
// edits, are in infra/environments.ts; `loadConfig` picks one (CDK context `herald:env`) and parses it.
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as v from 'valibot';
import { statusEventSelection } from '../shared/contract/internal/status-events.ts';
import { heraldEvents } from '../shared/contract/registry.ts';
import { DEFAULT_CONSENT_LINK_DAYS } from '../shared/domain/consent-link.ts';
import { DEFAULT_ATTRIBUTION_WINDOW_DAYS } from '../shared/domain/conversions.ts';
import { DEFAULT_FRAUD_POLICY } from '../shared/domain/fraud.ts';
import {
  cardActivationProblems,
  DEFAULT_CARD_ACTIVATION,
} from '../shared/domain/journeys/card-activation.ts';
import { DEFAULT_KYC, kycProblems } from '../shared/domain/journeys/kyc.ts';
import { DEFAULT_ONBOARDING, onboardingProblems } from '../shared/domain/journeys/onboarding.ts';
import { DEFAULT_PAYMENT_DUE, paymentDueProblems } from '../shared/domain/journeys/payment-due.ts';
import { DEFAULT_SURVEYS, surveyProblems } from '../shared/domain/journeys/surveys.ts';
import { DEFAULT_WIN_BACK, winBackProblems } from '../shared/domain/journeys/win-back.ts';
import { type LoanOfferSettings, loanOfferProblems } from '../shared/domain/loan-offers.ts';
import { DEFAULT_FALLBACK_DELAY_SECONDS } from '../shared/domain/policy/channel-plan.ts';
import { senderNameProblem } from '../shared/domain/sender.ts';
import { DEFAULT_STATUS_EVENTS } from '../shared/domain/status-events.ts';
import { LANGUAGES } from '../shared/domain/templates/compiled/common.ts';
import {
  EXAMPLE_BRAND_NAMES,
  EXAMPLE_PUSH_APPLICATION_ID,
  EXAMPLE_WHATSAPP_PHONE_NUMBER_ID,
  environments,
} from './environments.ts';
import { CONSENT_OUTPUTS, FRAUD_REPLY_OUTPUTS } from './stack-outputs.ts';

/** The event `Source` accepted when an environment lists none. */
export const DEFAULT_ALLOWED_SOURCES: readonly string[] = ['bank.core'];

/** Retention values CDK's `RetentionDays` supports, except INFINITE (logs must expire). */
export const SUPPORTED_LOG_RETENTION_DAYS: readonly number[] = Object.values(RetentionDays).filter(
  (value): value is number => typeof value === 'number' && value !== RetentionDays.INFINITE,
);

/** Lambda's system log levels (LoggingConfig.SystemLogLevel), least detail first. */
export const LAMBDA_SYSTEM_LOG_LEVELS = ['WARN', 'INFO', 'DEBUG'] as const;

const ACCOUNT_ID = /^\d{12}$/;

const accountId = v.pipe(v.string(), v.regex(ACCOUNT_ID, 'must be a 12-digit AWS account id'));

/** A rate as a fraction: above 0 (0 would alarm on any single error), at most 1. */
const fraction = v.pipe(
  v.number(),
  v.gtValue(0, 'must be a fraction above 0 (e.g. 0.05 for 5%)'),
  v.maxValue(1, 'must be a fraction at most 1 (e.g. 0.05 for 5%)'),
);

/** A local time of day, `HH:MM`. */
const timeOfDay = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));

const email = v.pipe(v.string(), v.email('must be an e-mail address'));

/** A sender display name (shared/domain/sender.ts says what it may hold). */
const senderName = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? senderNameProblem(dataset.value) : undefined;
    if (problem) addIssue({ message: problem });
  }),
);

/** The sender's display name: `default`, and per language where the bank writes it differently. */
const senderNames = v.strictObject({
  default: senderName,
  ...(Object.fromEntries(LANGUAGES.map((language) => [language, v.optional(senderName)])) as Record<
    (typeof LANGUAGES)[number],
    v.OptionalSchema<typeof senderName, undefined>
  >),
});

const httpsUrl = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL'));
/** A Secrets Manager secret, by ARN: config names secrets, never holds them. */
const secretArn = v.pipe(
  v.string(),
  v.regex(
    /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/,
    'must be the ARN of a Secrets Manager secret (the value itself never goes in the config)',
  ),
);
const nonEmptyText = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const wholeMinutes = (min: number, max: number, most: string) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number of minutes'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max} (${most})`),
  );

/**
 * Settings the domain checks as a whole (shared/domain/journeys/*: each problem names its field): every
 * field may be left out for its default, and so may the whole object.
 */
function checkedSettings<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  problems: (settings: v.InferOutput<v.ObjectSchema<TEntries, undefined>>) => string[],
) {
  const schema = v.pipe(
    v.object(entries),
    v.rawCheck<v.InferOutput<v.ObjectSchema<TEntries, undefined>>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const problem of problems(dataset.value)) addIssue({ message: problem });
    }),
  );
  return v.optional(schema, {} as v.InferInput<typeof schema>);
}

/**
 * Business hours, in UTC: CloudWatch metric math reads the hour, minute and weekday of each datapoint in
 * UTC only (HOUR, MINUTE, DAY), and has no time zones, so a bank in another zone writes its hours in UTC
 * (and adjusts them for daylight saving time if it wants them exact).
 */
const businessHours = v.pipe(
  v.object({
    /** `HH:MM` UTC, inclusive. */
    start: timeOfDay,
    /** `HH:MM` UTC (`24:00` for midnight), exclusive; after `start` (business hours do not span midnight). */
    end: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM')),
    /** `weekdays` (Monday to Friday) or `every-day`. */
    days: v.optional(v.picklist(['weekdays', 'every-day'], 'must be weekdays or every-day'), 'weekdays'),
    /** Only `UTC` is supported. */
    timeZone: v.optional(
      v.literal(
        'UTC',
        'must be UTC: CloudWatch metric math reads datapoint times in UTC only; write the hours in UTC',
      ),
      'UTC',
    ),
  }),
  v.forward(
    v.check(({ start, end }) => start < end, 'must be after start (business hours do not span midnight)'),
    ['end'],
  ),
);

/** Thresholds of the on-call alarms; every alarm fires when its metric reaches or exceeds its threshold. */
const alarmThresholds = v.object({
  /** Messages visible in the DLQ (alarm at or above), a whole number ≥ 1. */
  dlqMessages: v.optional(
    v.pipe(v.number(), v.integer('must be a whole number of messages'), v.minValue(1, 'must be at least 1')),
    1,
  ),
  /** Errors / Invocations of one function over 5 minutes, as a fraction 0..1 (alarm above). */
  functionErrorRate: v.optional(fraction, 0.05),
  /** SES account bounce rate (`Reputation.BounceRate`), fraction 0..1 (alarm above). */
  sesBounceRate: v.optional(fraction, 0.05),
  /** SES account complaint rate (`Reputation.ComplaintRate`), fraction 0..1 (alarm above). */
  sesComplaintRate: v.optional(fraction, 0.001),
  /** Failed plus timed-out executions of one state machine over 5 minutes (alarm at or above), ≥ 1. */
  stateMachineFailures: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number of executions'),
      v.minValue(1, 'must be at least 1'),
    ),
    1,
  ),
  /**
   * Minutes without a bank event on the bus, during business hours, before the alarm fires (5–1440): one
   * alarm period; CloudWatch periods are whole minutes, and period × evaluations ≤ one day.
   */
  noEventsMinutes: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number of minutes'),
      v.minValue(5, 'must be at least 5'),
      v.maxValue(1440, 'must be at most 1440 (a day)'),
    ),
    30,
  ),
  /** When the bank's producers are expected to send events (Monday to Friday, 08:00–18:00 UTC). */
  businessHours: v.optional(businessHours, { start: '08:00', end: '18:00' }),
});

/** Suspicious-activity alerts (Fraud.Suspected). */
const fraud = v.object({
  /** Minutes the customer has to answer YES/NO, from the bank's `occurredAt` (default 30). */
  replyWindowMinutes: v.optional(wholeMinutes(1, 10_080, 'a week'), DEFAULT_FRAUD_POLICY.replyWindowMinutes),
  /** Cases scored below this (0..1) are not sent; the bus rule drops them (default 0: every case). */
  minRiskScore: v.optional(
    v.pipe(v.number(), v.minValue(0, 'must be from 0 to 1'), v.maxValue(1, 'must be from 0 to 1')),
    DEFAULT_FRAUD_POLICY.minRiskScore,
  ),
  /**
   * https URL of the endpoint that receives the YES/NO link clicks (default `<brand.url>/fraud-reply`).
   * Without it and without `brand.url`, fraud e-mails and pushes go without buttons.
   */
  replyBaseUrl: v.optional(httpsUrl),
  /**
   * After the deadline without an answer, one escalation message on the next channel and this many more
   * minutes for an answer (default 15).
   */
  escalationWindowMinutes: v.optional(wholeMinutes(1, 1440, 'a day'), 15),
  /** What happens when nobody answered by then: request a hold on the card, or not (default `hold`). */
  defaultOnNoAnswer: v.optional(v.picklist(['hold', 'no_hold'], 'must be "hold" or "no_hold"'), 'hold'),
});

/** The consent links of e-mails: one-click unsubscribe (RFC 8058) and the preference page. */
const consent = v.object({
  /**
   * https URL of the endpoint that receives the unsubscribe and preference page links (default
   * `<brand.url>/consent`): the ConsentLinkEndpoint output, or the bank's own URL in front of it. Without it
   * and without `brand.url`, e-mails go without them.
   */
  linkBaseUrl: v.optional(httpsUrl),
  /** Days a consent link counts after its e-mail was written (30–400; default 60). */
  linkLifetimeDays: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number of days'),
      v.minValue(30, 'must be at least 30 (an unsubscribe link must work for 30 days)'),
      v.maxValue(400, 'must be at most 400'),
    ),
    DEFAULT_CONSENT_LINK_DAYS,
  ),
});

/** The bank's HTTPS endpoint for Herald's outbound events (an EventBridge connection + API destination). */
const statusWebhook = v.object({
  /** https URL EventBridge POSTs each event to (the event as JSON, as a rule target receives it). */
  endpoint: httpsUrl,
  /**
   * How EventBridge authenticates to it. The secret stays in Secrets Manager: the config names its ARN (and
   * the JSON field holding the value, when the secret is JSON), never the value.
   */
  auth: v.variant('type', [
    v.object({
      type: v.literal('apiKey'),
      headerName: v.pipe(
        v.string(),
        v.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name (letters, digits, dashes)'),
      ),
      secretArn,
      secretField: v.optional(nonEmptyText),
    }),
    v.object({
      type: v.literal('oauthClientCredentials'),
      /** The token endpoint (https). */
      authorizationEndpoint: httpsUrl,
      clientId: nonEmptyText,
      /** The client secret. */
      secretArn,
      secretField: v.optional(nonEmptyText),
      scope: v.optional(nonEmptyText),
    }),
  ]),
  /** Invocations per second EventBridge makes at most (1–300; default 10). */
  rateLimitPerSecond: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(300, 'must be at most 300'),
    ),
    10,
  ),
  /** Which of Herald's outbound DetailTypes go (default Notification.StatusChanged and Notification.Failed). */
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
    ['Notification.StatusChanged', 'Notification.Failed'],
  ),
});

/**
 * `<brand.url>/<path>`: where a link endpoint's links go when its own base URL is not set (`fraud-reply` for
 * the YES/NO links, `consent` for the consent links).
 */
const brandBaseUrl = (brandUrl: string | undefined, path: string): string | undefined => {
  const base = brandUrl?.replace(/\/+$/, '');
  return base ? `${base}/${path}` : undefined;
};
const FRAUD_REPLY_PATH = 'fraud-reply';
const CONSENT_PATH = 'consent';

const ConfigSchema = v.pipe(
  v.object({
    /** Short lower-case name; used in stack names (`HeraldStateful-<envName>`) and resource names. */
    envName: v.pipe(
      v.string(),
      v.regex(/^[a-z][a-z0-9-]{0,15}$/, 'must be 1-16 lower-case letters, digits or dashes'),
    ),
    /** Target account; undefined = environment-agnostic synthesis (the account comes from the CLI credentials). */
    account: v.optional(accountId),
    region: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must look like eu-west-1')),
    /** Accounts whose producers may call `events:PutEvents` on the Herald bus. */
    allowedProducerAccounts: v.array(accountId),
    /** EventBridge `Source` values accepted from producers (bus policy and every rule). */
    allowedSources: v.optional(
      v.pipe(v.array(nonEmptyText), v.nonEmpty('must list at least one event source')),
      DEFAULT_ALLOWED_SOURCES,
    ),
    /** Verified SES identity (address; its domain may be the verified identity instead). */
    senderEmail: email,
    /**
     * The sender's display name in the From header (`"Demo Bank" <alerts@…>`): `default`, and the name in a
     * language where the bank writes it differently (`ar: 'بنك ديمو'`; RFC 2047-encoded when not ASCII).
     * Defaults to `brand.name` in every language: an e-mail never comes from a bare address.
     */
    senderName: v.optional(senderNames),
    /** Optional Reply-To address of every e-mail (a monitored mailbox); without it replies go to the sender. */
    replyToEmail: v.optional(email),
    /**
     * Pre-approved loan offers (`loan.preapproved`): the representative example every offer quotes (APR,
     * interest rate, term, and per currency the amount borrowed, the monthly repayment and the total
     * payable), as consumer-credit rules require next to an amount. Required while the offers are on;
     * `{ enabled: false }` turns them off (each offer is then recorded suppressed, `loan_offers_disabled`).
     * An offer in a currency the example has no amounts for is recorded suppressed,
     * `no_representative_example_for_currency`. Checked as a whole by loanOfferProblems, which names each
     * field.
     */
    loanOffers: v.pipe(
      v.optional(
        v.custom<LoanOfferSettings>(
          (value) => typeof value === 'object' && value !== null,
          'must be an object',
        ),
      ),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        for (const problem of loanOfferProblems(dataset.value)) addIssue({ message: problem });
      }),
      // loanOfferProblems refuses a missing one, so what passes is there.
      v.transform((settings) => settings as LoanOfferSettings),
    ),
    /** SES configuration set name; defaults to `herald-<envName>`. */
    sesConfigurationSetName: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -')),
    ),
    /** SNS SMS sender id (1–11 alphanumerics, at least one letter); not supported in every country. */
    smsSenderId: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^(?=.*[A-Za-z])[A-Za-z0-9]{1,11}$/,
          'must be 1-11 letters or digits with at least one letter',
        ),
      ),
    ),
    /**
     * End User Messaging push (Pinpoint) application id, 32 hex digits: the project that holds the APNs and
     * FCM credentials. Without it push is off: the PushQueue and the send-push function are still deployed
     * (so nothing queued for push is ever left unread), but send-push has no send permission and settles
     * every job as failed with reason `channel_not_configured`.
     */
    pushApplicationId: v.optional(
      v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'must be a push application (project) id: 32 hex digits')),
    ),
    /**
     * End User Messaging Social phone number id (`phone-number-id-` + 32 hex digits, as listed by
     * GetLinkedWhatsAppBusinessAccount) WhatsApp messages are sent from. Without it WhatsApp is off, as push
     * is without `pushApplicationId`. Requires `whatsappMetaApiVersion`.
     */
    whatsappPhoneNumberId: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^phone-number-id-[0-9a-f]{32}$/,
          'must be an End User Messaging Social phone number id: phone-number-id- and 32 hex digits',
        ),
      ),
    ),
    /**
     * Meta Graph API version of the WhatsApp messages, e.g. `v20.0`; one End User Messaging Social supports
     * in the region. Required with `whatsappPhoneNumberId` (no default: Meta retires versions).
     */
    whatsappMetaApiVersion: v.optional(
      v.pipe(v.string(), v.regex(/^v\d+\.\d+$/, 'must be a Meta Graph API version such as v20.0')),
    ),
    /** CloudWatch Logs retention of every Herald log group; one of the values CDK `RetentionDays` supports. */
    logRetentionDays: v.pipe(
      v.number(),
      v.check(
        (days) => SUPPORTED_LOG_RETENTION_DAYS.includes(days),
        `must be one of ${SUPPORTED_LOG_RETENTION_DAYS.join(', ')}`,
      ),
    ),
    /**
     * What Lambda writes to the Herald log group of its own for each invocation (its system log level; every
     * function logs in Lambda's JSON format): `WARN`, the default, leaves out Lambda's per-invocation lines;
     * `INFO` adds `platform.start` and `platform.report` (each invocation's duration, billed duration
     * and memory used: about 0.7 KB an invocation with tracing, test/infra/logging.test.ts counts it);
     * `DEBUG` adds the runtime's own events too. The Duration and Errors metrics (timeouts included), and so
     * the alarms, do not depend on it.
     */
    lambdaSystemLogLevel: v.optional(
      v.picklist(LAMBDA_SYSTEM_LOG_LEVELS, 'must be WARN, INFO or DEBUG'),
      'WARN',
    ),
    /** Retention of the bus archive, in days. */
    archiveRetentionDays: v.pipe(
      v.number(),
      v.integer('must be a whole number of days'),
      v.minValue(1, 'must be at least 1'),
    ),
    /** Where alarms are sent (observability). */
    alarmEmail: v.optional(email),
    /** Alarm thresholds (observability); each has a default. */
    alarms: v.optional(alarmThresholds, {}),
    /** The bank as customers know it: named in every message (and linked, when `url` is set). */
    brand: v.object({
      name: v.pipe(nonEmptyText, v.maxLength(40, 'must be at most 40 characters')),
      url: v.optional(httpsUrl),
    }),
    /** Quiet hours for customers who set none, local time `HH:MM`; equal start and end for none. */
    defaultQuietHours: v.object({ start: timeOfDay, end: timeOfDay }),
    /** Marketing messages per customer and local calendar day. */
    marketingCap: v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be at least 0'),
    ),
    /** Whether transactional messages may go on a channel the customer never decided about. */
    transactionalDefault: v.picklist(['granted', 'denied'], 'must be granted or denied'),
    /** Local time `HH:MM` at which tax-date reminders go out on their date, in the customer's time zone. */
    taxReminderLocalTime: v.optional(timeOfDay, '09:00'),
    /**
     * How long after a message a goal event (Card.Activated, Kyc.Completed, Payment.Completed,
     * Customer.Active) still counts as converted by it, in days (1–90).
     */
    attributionWindowDays: v.optional(
      v.pipe(
        v.number(),
        v.integer('must be a whole number of days'),
        v.minValue(1, 'must be at least 1'),
        // Message items are kept 90 days (MESSAGE_RETENTION_SECONDS).
        v.maxValue(90, 'must be at most 90'),
      ),
      DEFAULT_ATTRIBUTION_WINDOW_DAYS,
    ),
    /**
     * For a type sent on the first reachable channel: how long its fallback on the next channel waits for
     * the one before it to be sent or fail, in seconds (1–300). Up to three fallbacks each wait this long
     * after the one before: 3 × 300 s is SQS's 15-minute delay.
     */
    fallbackDelaySeconds: v.optional(
      v.pipe(
        v.number(),
        v.integer('must be a whole number of seconds'),
        v.minValue(1, 'must be at least 1'),
        v.maxValue(300, 'must be at most 300'),
      ),
      DEFAULT_FALLBACK_DELAY_SECONDS,
    ),
    /** Suspicious-activity alerts (Fraud.Suspected); every field has a default. */
    fraud: v.optional(fraud, {}),
    /** The consent links of e-mails (one-click unsubscribe, preference page); every field has a default. */
    consent: v.optional(consent, {}),
    /**
     * Timings of the card activation journey (Card.Issued), `DEFAULT_CARD_ACTIVATION` for each left out:
     * reminders on days 2, 5 and 10 until activation, a nudge if the card is unused 30 days after
     * activation, the incentive 2 days later.
     */
    cardActivation: checkedSettings(
      {
        reminderDays: v.optional(v.array(v.number()), DEFAULT_CARD_ACTIVATION.reminderDays),
        spendWindowDays: v.optional(v.number(), DEFAULT_CARD_ACTIVATION.spendWindowDays),
        incentiveDelayDays: v.optional(v.number(), DEFAULT_CARD_ACTIVATION.incentiveDelayDays),
        incentiveSpend: v.optional(v.record(v.string(), v.string()), DEFAULT_CARD_ACTIVATION.incentiveSpend),
        incentiveWindowDays: v.optional(v.number(), DEFAULT_CARD_ACTIVATION.incentiveWindowDays),
      },
      cardActivationProblems,
    ),
    /** The KYC reminders (Customer.SignedUp): `reminderDays` after sign-up. */
    kyc: checkedSettings(
      { reminderDays: v.optional(v.array(v.number()), DEFAULT_KYC.reminderDays) },
      kycProblems,
    ),
    /** The onboarding lessons (Kyc.Completed): `lessonDays` after KYC completes. */
    onboarding: checkedSettings(
      { lessonDays: v.optional(v.array(v.number()), DEFAULT_ONBOARDING.lessonDays) },
      onboardingProblems,
    ),
    /**
     * Payment-due reminders (Payment.Due): `daysBefore` the due date and on it, at `localTime` in the
     * customer's time zone; a bill due more than `maxDaysAhead` days ahead is rejected.
     */
    paymentDue: checkedSettings(
      {
        daysBefore: v.optional(v.array(v.number()), DEFAULT_PAYMENT_DUE.daysBefore),
        localTime: v.optional(v.string(), DEFAULT_PAYMENT_DUE.localTime),
        maxDaysAhead: v.optional(v.number(), DEFAULT_PAYMENT_DUE.maxDaysAhead),
      },
      paymentDueProblems,
    ),
    /**
     * The win-back journey (no Customer.Active for `inactiveDays`), then messages on `messageDays` of the
     * lapse until the customer is active again.
     */
    winBack: checkedSettings(
      {
        inactiveDays: v.optional(v.number(), DEFAULT_WIN_BACK.inactiveDays),
        messageDays: v.optional(v.array(v.number()), DEFAULT_WIN_BACK.messageDays),
      },
      winBackProblems,
    ),
    /** Surveys (Lifecycle.MilestoneReached): the request goes `delayHours` after the milestone. */
    surveys: checkedSettings(
      { delayHours: v.optional(v.number(), DEFAULT_SURVEYS.delayHours) },
      surveyProblems,
    ),
    /**
     * Which delivery outcomes are published on the bus as `Notification.StatusChanged` (README "Delivery
     * status events"), `DEFAULT_STATUS_EVENTS` for each left out: `failed`, `bounced`, `complained`,
     * `replied` of every type, every status of security messages, all types. `statuses: [],
     * allStatusesOf: []` publishes none (Notification.Failed is always published).
     */
    statusEvents: v.optional(
      v.object({
        statuses: v.optional(statusEventSelection.entries.statuses, DEFAULT_STATUS_EVENTS.statuses),
        allStatusesOf: v.optional(
          statusEventSelection.entries.allStatusesOf,
          DEFAULT_STATUS_EVENTS.allStatusesOf,
        ),
        types: statusEventSelection.entries.types,
      }),
      {},
    ),
    /**
     * Delivers Herald's outbound events (status events and Notification.Failed by default) to the bank's
     * HTTPS endpoint through an EventBridge API destination. Off when absent.
     */
    statusWebhook: v.optional(statusWebhook),
    /**
     * Event buses in consumer accounts (ARNs) that receive every Herald → bank event (Source `herald`): one
     * rule per bus on the Herald bus. Each consumer bus must let this account put events (README
     * "Consuming from another account").
     */
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
      [],
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
  // The defaults that follow from other fields.
  v.transform(({ senderName, sesConfigurationSetName, fraud, consent, ...config }) => ({
    ...config,
    senderName: senderName ?? { default: config.brand.name },
    sesConfigurationSetName: sesConfigurationSetName ?? `herald-${config.envName}`,
    fraud: { ...fraud, replyBaseUrl: fraud.replyBaseUrl ?? brandBaseUrl(config.brand.url, FRAUD_REPLY_PATH) },
    consent: { ...consent, linkBaseUrl: consent.linkBaseUrl ?? brandBaseUrl(config.brand.url, CONSENT_PATH) },
  })),
);

/** An environment as written in infra/environments.ts: every field with a default may be left out. */
export type HeraldEnvironment = v.InferInput<typeof ConfigSchema>;
/** An environment's configuration with every default filled in: what the stacks and constructs read. */
export type HeraldConfig = v.InferOutput<typeof ConfigSchema>;
export type HeraldAlarmThresholds = HeraldConfig['alarms'];
export type BusinessHours = HeraldAlarmThresholds['businessHours'];
export type StatusWebhookConfig = NonNullable<HeraldConfig['statusWebhook']>;

/** The alarm thresholds of an environment that sets none. */
export const DEFAULT_ALARM_THRESHOLDS: Readonly<HeraldAlarmThresholds> = v.parse(alarmThresholds, {});

export class HeraldConfigError extends Error {
  override readonly name = 'HeraldConfigError';
}

/**
 * The configuration of `envName` (infra/environments.ts) with `overrides` applied, validated, with every
 * default filled in. Throws a HeraldConfigError naming the unknown environment or every bad field, by its
 * path in the environment (`brand.url`, `alarms.businessHours.end`).
 */
export function loadConfig(envName: string, overrides: Partial<HeraldEnvironment> = {}): HeraldConfig {
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
    throw new HeraldConfigError(
      `Invalid Herald config for "${envName}" (infra/environments.ts, environments.${envName}): ${problems.join('; ')}`,
    );
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
  // A link endpoint's own base URL on an example domain; its default, <brand.url>/<path>, is fixed with
  // brand.url above.
  for (const [field, baseUrl, path, output] of [
    ['fraud.replyBaseUrl', config.fraud.replyBaseUrl, FRAUD_REPLY_PATH, FRAUD_REPLY_OUTPUTS.linkEndpoint],
    ['consent.linkBaseUrl', config.consent.linkBaseUrl, CONSENT_PATH, CONSENT_OUTPUTS.linkEndpoint],
  ] as const)
    if (
      baseUrl !== undefined &&
      baseUrl !== brandBaseUrl(config.brand.url, path) &&
      isExampleDomain(hostOf(baseUrl))
    )
      problem(
        field,
        `${hostOf(baseUrl)} is an example domain`,
        `set the https URL that fronts the ${output} output, or remove it to use <brand.url>/${path}`,
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
    `Herald environment "${config.envName}" still has example values (infra/environments.ts; README: Deploy):\n` +
      problems.map((line) => `  - ${line}`).join('\n'),
  );
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
