// A Herald function's manifest (`functions/<name>/function.ts`): what infra needs to build it, as data
// beside its handler: its triggers (rules declared next to the function they route to, queues, tasks), its
// grants (by name and kind; infra turns them into IAM), and its environment. Each variable is declared once,
// with the schema of its string value and the place infra takes the value from; the handler reads its
// environment only through `loadEnv(manifest)`, so a name is written once. A manifest is bundled into its
// function: it imports nothing of aws-cdk-lib or infra/ at run time.
import * as v from 'valibot';
import { parseInternal } from '../../contract/internal/parse.ts';
import type { BankDetailType } from '../../contract/registry.ts';
import type { MessageType } from '../../notifications/catalogue.ts';

// ---- what infra can provide ---------------------------------------------------------------------------

/** The stateful stack's queues, by their property name there (infra/stacks/stateful-stack.ts). */
export type QueueName =
  | 'deadLetterQueue'
  | 'emailQueue'
  | 'smsQueue'
  | 'pushQueue'
  | 'whatsAppQueue'
  | 'deferQueue'
  | 'renderQueue'
  | 'securityRenderQueue'
  | 'dueQueue';

/** The journeys' state machines (infra/constructs/journeys.ts). */
export type JourneyMachine = 'cardActivation' | 'kyc' | 'onboarding' | 'paymentDue' | 'winBack' | 'survey';
/** Every state machine a function is given the ARN of. */
export type StateMachineName = JourneyMachine | 'fraudReply';

/**
 * Values of the deployment that infra looks up by name (infra/function-settings.ts has one entry per
 * name): settings of the config, and names and ARNs of resources that are not queues or state machines.
 */
export type Setting =
  | 'quietHoursDefault'
  | 'marketingCap'
  | 'transactionalDefault'
  | 'loanOffers'
  | 'fraudReplyWindowMinutes'
  | 'fraudEscalationWindowMinutes'
  | 'fraudMinRiskScore'
  | 'fraudDefaultOnNoAnswer'
  | 'brandName'
  | 'fallbackDelaySeconds'
  | 'taxReminderLocalTime'
  | 'senderEmail'
  | 'senderNames'
  | 'sesConfigurationSet'
  | 'smsSenderId'
  | 'pushApplicationId'
  | 'whatsappPhoneNumberId'
  | 'whatsappMetaApiVersion'
  | 'attributionWindowDays'
  | 'paymentDueSettings'
  | 'allowedSources'
  | 'statusEvents'
  | 'scheduleGroup'
  | 'schedulerRoleArn'
  | 'replyLinkKeyArn'
  | 'consentLinkKeyArn';
/** Values a deployment may not have: the variable is then left unset, and read as `undefined`. */
export type OptionalSetting =
  | 'brandUrl'
  | 'replyToEmail'
  | 'pseudonymKey'
  | 'replyBaseUrl'
  /** The reply-link key, for signing: only with a reply endpoint (`replyBaseUrl`). */
  | 'replyLinkSigningKeyArn'
  /** Where consent links lead (config `consent.linkBaseUrl`); the key and lifetime below only with it. */
  | 'consentLinkBaseUrl'
  | 'consentLinkSigningKeyArn'
  | 'consentLinkDays';

/** Where infra takes a variable's value from. */
export type RequiredSource =
  | { readonly from: 'tableName' }
  | { readonly from: 'busName' }
  | { readonly from: 'queueUrl'; readonly queue: QueueName }
  | { readonly from: 'queueArn'; readonly queue: QueueName }
  | { readonly from: 'stateMachineArn'; readonly machine: StateMachineName }
  /** The `maxReceiveCount` of the redrive policy of the queue the function consumes. */
  | { readonly from: 'maxReceiveCount' }
  | { readonly from: 'setting'; readonly setting: Setting };
export type OptionalSource = { readonly from: 'optionalSetting'; readonly setting: OptionalSetting };
export type EnvSource = RequiredSource | OptionalSource;

export const from = {
  tableName: { from: 'tableName' },
  busName: { from: 'busName' },
  maxReceiveCount: { from: 'maxReceiveCount' },
  queueUrl: (queue: QueueName) => ({ from: 'queueUrl', queue }) as const,
  queueArn: (queue: QueueName) => ({ from: 'queueArn', queue }) as const,
  stateMachineArn: (machine: StateMachineName) => ({ from: 'stateMachineArn', machine }) as const,
  setting: (setting: Setting) => ({ from: 'setting', setting }) as const,
  optionalSetting: (setting: OptionalSetting) => ({ from: 'optionalSetting', setting }) as const,
} as const satisfies Record<string, EnvSource | ((name: never) => EnvSource)>;

// ---- the environment ------------------------------------------------------------------------------------

/** One variable: the schema of its value (a string, or unset) and where infra takes the value from. */
export interface EnvVar<TSchema extends v.GenericSchema<string | undefined, unknown> = EnvSchema> {
  readonly source: EnvSource;
  readonly schema: TSchema;
}
type EnvSchema = v.GenericSchema<string | undefined, unknown>;
export type EnvDeclaration = Readonly<Record<string, EnvVar>>;

/** The typed environment `loadEnv` returns for a declaration. */
export type EnvOf<TEnv extends EnvDeclaration> = {
  readonly [K in keyof TEnv]: v.InferOutput<NonNullable<TEnv[K]>['schema']>;
};

/** A variable infra always sets. */
export function envVar<TSchema extends v.GenericSchema<string, unknown>>(
  source: RequiredSource,
  schema: TSchema,
): EnvVar<TSchema> {
  return { source, schema };
}

/** A variable infra sets only when the deployment has the value; read as `undefined` otherwise. */
export function optionalEnvVar<TSchema extends v.GenericSchema<string, unknown>>(
  source: OptionalSource,
  schema: TSchema,
): EnvVar<v.OptionalSchema<TSchema, undefined>> {
  return { source, schema: v.optional(schema) };
}

/** Schemas of variables' values. */
export const envSchemas = {
  /** Any text, empty included (a channel that is not configured). */
  anyText: /* @__PURE__ */ v.string(),
  /** A name, an ARN, a URL: not empty. */
  text: /* @__PURE__ */ v.pipe(v.string(), v.nonEmpty('must not be empty')),
  /** A whole number ≥ 0, as its digits. */
  wholeNumber: /* @__PURE__ */ v.pipe(
    v.string(),
    v.regex(/^\d+$/, 'expected a whole number'),
    v.transform(Number),
  ),
  /** A whole number ≥ 1, as its digits. */
  positiveWholeNumber: /* @__PURE__ */ v.pipe(
    v.string(),
    v.regex(/^[1-9]\d*$/, 'expected a positive whole number'),
    v.transform(Number),
  ),
  /** A finite number. */
  number: /* @__PURE__ */ v.pipe(
    v.string(),
    v.transform(Number),
    v.check((n: number) => Number.isFinite(n), 'expected a number'),
  ),
} as const;

/**
 * JSON text read with `schema` and, when given, checked by `problems` (each naming a field): a variable that
 * is not fails naming the variable and the field (`environment variable PAYMENT_DUE_SETTINGS.localTime: …`).
 */
export function jsonSchema<T>(schema: v.GenericSchema<unknown, T>, problems?: (value: T) => string[]) {
  return v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        return JSON.parse(dataset.value) as unknown;
      } catch {
        addIssue({ message: 'not valid JSON' });
        return NEVER;
      }
    }),
    schema,
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const found = problems?.(dataset.value) ?? [];
      if (found.length > 0) addIssue({ message: found.join('; ') });
    }),
  );
}

/**
 * The function's environment, read with its manifest's schemas. A variable that is missing or not what its
 * schema says fails the cold start, naming the variable (and the field, for JSON); nothing else of the
 * environment is read.
 */
export function loadEnv<TManifest extends { readonly env: EnvDeclaration }>(
  manifest: TManifest,
  env: Readonly<Record<string, string | undefined>> = process.env,
): EnvOf<TManifest['env']> {
  const values: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(manifest.env)) {
    const raw = env[name];
    const parsed = parseInternal(variable.schema, raw, `environment variable ${name}`);
    if (!parsed.ok)
      throw new Error(
        raw === undefined || raw === '' ? `environment variable ${name} is not set` : parsed.reason,
      );
    values[name] = parsed.value;
  }
  return values as EnvOf<TManifest['env']>;
}

// ---- triggers and grants --------------------------------------------------------------------------------

/** Values of the deployment a rule's content filter may use. */
export interface RuleSettings {
  readonly fraudMinRiskScore: number;
  readonly sesConfigurationSet: string;
}
/** A content filter on `detail` (EventBridge pattern syntax), or one made from the deployment's settings. */
export type RuleDetail =
  | Readonly<Record<string, unknown>>
  | ((settings: RuleSettings) => Readonly<Record<string, unknown>>);

export type Trigger =
  /** A rule on the Herald bus `id`: these bank events, from the allowed producers, with the content filter. */
  | {
      readonly kind: 'rule';
      readonly id: string;
      readonly detailTypes: readonly BankDetailType[];
      readonly detail?: RuleDetail;
    }
  /** The catch-all rule `id`: every event on the Herald bus of an unknown DetailType or Source. */
  | { readonly kind: 'unknownEvents'; readonly id: string }
  /** A rule `id` on the account's default bus for events an AWS service publishes. */
  | {
      readonly kind: 'awsServiceRule';
      readonly id: string;
      readonly source: 'aws.ses';
      readonly detailTypes: readonly string[];
      readonly detail?: RuleDetail;
    }
  /** The queue's messages, in batches with partial batch responses. */
  | { readonly kind: 'queue'; readonly queue: QueueName }
  /** The Lambda Task of every step of the journeys' state machines, or of the fraud reply workflow. */
  | { readonly kind: 'task'; readonly workflow: 'journeys' | 'fraudReply' }
  /** The `.waitForTaskToken` Task of the fraud reply workflow. */
  | { readonly kind: 'waitTask'; readonly workflow: 'fraudReply' }
  /** A public function URL: the fraud alert's YES/NO links, or the e-mails' consent links. */
  | { readonly kind: 'functionUrl'; readonly links: 'reply' | 'consent' }
  /** The SNS topic inbound SMS and WhatsApp replies arrive on. */
  | { readonly kind: 'inboundReplies' }
  /** A CloudWatch Logs subscription on the Herald log group: the delivery records. */
  | { readonly kind: 'deliveryRecords' };

/** A delivery channel whose provider a sender sends through (infra/constructs/delivery-channels.ts). */
export type ProviderChannel = 'email' | 'sms' | 'push' | 'whatsapp';

/** What the function may do beyond logging, tracing and the Herald DLQ (which every function has). */
export interface Grants {
  /**
   * Item access to the Herald table: `readWrite`, `read`, or `ledger` (get, put, update: only what a
   * function that gives up on a message job writes).
   */
  readonly table?: 'readWrite' | 'read' | 'ledger';
  /** Queues it sends to. */
  readonly sendTo?: readonly QueueName[];
  /** PutEvents on the Herald bus. */
  readonly putEvents?: boolean;
  /** Start and stop executions of these journeys' state machines. */
  readonly journeys?: readonly JourneyMachine[];
  /** Start the fraud reply workflow's executions; resume its waiting Tasks (SendTaskSuccess). */
  readonly fraudReply?: readonly ('start' | 'resume')[];
  /** The reply-link key: `sign` (GenerateMac, with a reply endpoint only) or `verify` (VerifyMac). */
  readonly replyLinks?: 'sign' | 'verify';
  /** The consent-link key: `sign` (GenerateMac, with a consent link URL only) or `verify` (VerifyMac). */
  readonly consentLinks?: 'sign' | 'verify';
  /** Send through this channel's provider (SES, SNS SMS, End User Messaging push or WhatsApp). */
  readonly provider?: ProviderChannel;
  /** Create one-off schedules in Herald's schedule group, passing the scheduler role. */
  readonly schedules?: boolean;
}

export interface FunctionManifest {
  /** The folder under `functions/`; also `HERALD_FUNCTION`. */
  readonly name: string;
  readonly description: string;
  /** @default 10 (infra/constructs/herald-function.ts DEFAULT_TIMEOUT) */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memoryMb?: number;
  readonly triggers: readonly Trigger[];
  readonly grants: Grants;
  readonly env: EnvDeclaration;
  /**
   * A trigger function's message types (each decider's intents are typed by its list): it is given the
   * queues of their render functions, and no other.
   */
  readonly raises?: readonly MessageType[];
}

/** A manifest, with its literal name and its environment's types kept. */
export function defineFunction<const TManifest extends FunctionManifest>(manifest: TManifest): TManifest {
  return manifest;
}

// ---- the platform -----------------------------------------------------------------------------------------

/**
 * Variables infra sets on every function (infra/constructs/herald-function.ts), declared here once:
 * `HERALD_FUNCTION`, Powertools' service name, and the Herald DLQ (`DLQ_URL`), which a manifest declares
 * when its code reads it. The log level is Lambda's `AWS_LAMBDA_LOG_LEVEL`, from the function's logging
 * config (herald-function.ts `APPLICATION_LOG_LEVEL`).
 */
export const PLATFORM_VARIABLES = ['HERALD_FUNCTION', 'POWERTOOLS_SERVICE_NAME', 'DLQ_URL'];
/**
 * Variables the Lambda runtime, the AWS SDK, Powertools and Node read themselves, which no manifest declares:
 * by prefix (Lambda and AWS set most of them), and by name (Powertools' `LOG_LEVEL` and `ENVIRONMENT`, the
 * SDK's home directory for its shared config files, Node's watch mode).
 */
export const RUNTIME_VARIABLE_PREFIXES = ['AWS_', '_X_AMZN_', '_HANDLER', 'LAMBDA_', 'POWERTOOLS_', 'NODE_'];
export const RUNTIME_VARIABLES = [
  'LOG_LEVEL',
  'ENVIRONMENT',
  'HOME',
  'USERPROFILE',
  'HOMEPATH',
  'HOMEDRIVE',
  'WATCH_REPORT_DEPENDENCIES',
];

/** Whether a variable is the platform's or the runtime's rather than a function's own. */
export const isPlatformVariable = (name: string): boolean =>
  PLATFORM_VARIABLES.includes(name) ||
  RUNTIME_VARIABLES.includes(name) ||
  RUNTIME_VARIABLE_PREFIXES.some((prefix) => name.startsWith(prefix));
