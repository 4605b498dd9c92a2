// The one Lambda construct every Herald function uses, built from the function's manifest
// (functions/<name>/function.ts): fixed runtime defaults, the Herald log group, async failure handling, the
// platform's environment, and grant methods the stack calls for what the manifest declares.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import {
  type IGrantable,
  type IPrincipal,
  Policy,
  type PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  type EventSourceMapping,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { type ILogGroup, LogGroup } from 'aws-cdk-lib/aws-logs';
import { type IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import type { EnvSource, FunctionManifest } from '../../shared/adapters/lambda/manifest.ts';
import { SENDER_TIMEOUT_SECONDS } from '../../shared/adapters/lambda/manifest-parts.ts';
import { type HeraldConfig, heraldLogGroupName } from '../config.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLER = fileURLToPath(new URL('./bundling.ts', import.meta.url));

/**
 * The function's code: `index.mjs`, bundled on this machine by infra/constructs/bundling.ts, the same
 * esbuild build (with its plugin and aliases) that the local runtime and `npm run bench` use. The build
 * runs in a child process because esbuild plugins need its asynchronous API. No Docker is involved: the
 * image named below is CDK's required fallback and is never pulled, since local bundling always succeeds
 * or fails loudly.
 */
function bundledCode(entry: string): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: {
        tryBundle(outputDir: string): boolean {
          const run = spawnSync(
            process.execPath,
            ['--import', 'tsx', BUNDLER, entry, join(outputDir, 'index.mjs')],
            {
              cwd: REPO_ROOT,
              encoding: 'utf8',
            },
          );
          if (run.status !== 0) throw new Error(`bundling ${entry} failed:\n${run.stderr}`);
          return true;
        },
      },
    },
  });
}

export const DEFAULT_TIMEOUT = Duration.seconds(10);
export const DEFAULT_MEMORY_MB = 256;
/** Timeout of the queue-driven sender functions; the channel queues' visibility timeout derives from it. */
export const SENDER_TIMEOUT = Duration.seconds(SENDER_TIMEOUT_SECONDS);
/** Async invocation (EventBridge → Lambda) settings; failures then go to the on-failure destination. */
export const ASYNC_RETRY_ATTEMPTS = 2;
export const ASYNC_MAX_EVENT_AGE = Duration.hours(6);
/** SQS event source defaults. */
export const SQS_BATCH_SIZE = 10;
export const SQS_MAX_BATCHING_WINDOW = Duration.seconds(1);

/**
 * The application log level of every function (Lambda's log-level filtering, JSON format). INFO, and no
 * stricter: the delivery log's records carry no `level`, so Lambda files them at INFO, and a stricter level
 * would drop the delivery log itself. Lambda hands the level to the function as `AWS_LAMBDA_LOG_LEVEL`,
 * which Powertools Logger reads before anything else (its constructor option and `POWERTOOLS_LOG_LEVEL`
 * included), so this is the one place Herald's log level is set.
 */
export const APPLICATION_LOG_LEVEL = ApplicationLogLevel.INFO;

/** Lambda's guidance: visibility timeout ≥ 6 × function timeout + batching window. */
export function queueVisibilityTimeout(functionTimeout: Duration): Duration {
  return Duration.seconds(functionTimeout.toSeconds() * 6 + SQS_MAX_BATCHING_WINDOW.toSeconds());
}

/** The L1 resource of an L2 construct: where acknowledgements are scoped. */
export function cfnOf(construct: IConstruct): IConstruct {
  const child = construct.node.defaultChild;
  if (child === undefined) throw new Error(`${construct.node.path} has no default child`);
  return child;
}

/**
 * `ledger`: only what a function that gives up on a message job writes to its message item (read it,
 * claim a fallback, mark it dead-lettered): render and defer.
 */
export type TableAccess = 'readWrite' | 'read' | 'ledger';

const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
/** Single-table access by key: item reads and (conditional, batched or transactional) writes. */
export const TABLE_ACTIONS: Readonly<Record<TableAccess, readonly string[]>> = {
  read: TABLE_READ_ACTIONS,
  ledger: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  readWrite: [
    ...TABLE_READ_ACTIONS,
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
  ],
};
/** What DynamoDB needs from the caller on a table encrypted with a customer-managed key (as CDK grants). */
const TABLE_KEY_ACTIONS: Readonly<Record<TableAccess, readonly string[]>> = {
  read: ['kms:Decrypt', 'kms:DescribeKey'],
  ledger: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
  readWrite: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'],
};

export interface HeraldFunctionProps {
  /**
   * Its manifest: the name (the folder under `functions/`, also `HERALD_FUNCTION`), description, timeout
   * and memory size. Its environment, triggers and grants are wired by the stack.
   */
  readonly manifest: FunctionManifest;
  readonly config: HeraldConfig;
  /**
   * Herald's customer-managed key. No longer used here: the function logs to the Herald log group, which
   * the stateful stack encrypts with it; optional so that existing callers need not change.
   */
  readonly encryptionKey?: IKey;
  /**
   * Where the function logs: the one Herald log group of the stateful stack, which holds the delivery log.
   * @default that group, by name (`heraldLogGroupName`)
   */
  readonly logGroup?: ILogGroup;
  /** The Herald DLQ: on-failure destination of async invocations, `DLQ_URL`, send permission. */
  readonly deadLetterQueue: IQueue;
  /** @default `functions/<name>/handler.ts`; override only to bundle a test fixture. */
  readonly entry?: string;
}

/**
 * One Herald Lambda function: `<id>/Role` and `<id>/Function`, logging to the Herald log group.
 *
 * The role is Herald's own (no AWS managed policy): it may write to the Herald log group, trace to X-Ray,
 * send to the Herald DLQ, and whatever the grant methods add.
 */
export class HeraldFunction extends Construct implements IGrantable {
  readonly name: string;
  readonly manifest: HeraldFunctionProps['manifest'];
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly logGroup: ILogGroup;
  readonly grantPrincipal: IPrincipal;

  constructor(scope: Construct, id: string, props: HeraldFunctionProps) {
    super(scope, id);
    const { manifest } = props;
    this.name = manifest.name;
    this.manifest = manifest;

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Herald ${props.config.envName} ${manifest.name} function`,
    });
    this.grantPrincipal = this.role;

    // Every function logs to the one Herald log group (see the stateful stack), so that each delivery
    // record lands, once, where the saved queries look.
    this.logGroup =
      props.logGroup ?? LogGroup.fromLogGroupName(this, 'Logs', heraldLogGroupName(props.config));
    this.logGroup.grantWrite(this.role);

    this.fn = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry ?? `${REPO_ROOT}functions/${manifest.name}/handler.ts`),
      handler: 'index.handler',
      description: manifest.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      tracing: Tracing.ACTIVE,
      timeout:
        manifest.timeoutSeconds === undefined ? DEFAULT_TIMEOUT : Duration.seconds(manifest.timeoutSeconds),
      memorySize: manifest.memoryMb ?? DEFAULT_MEMORY_MB,
      role: this.role,
      logGroup: this.logGroup,
      // Lambda's JSON log format, for its log-level filtering: the function's own lines pass through as
      // written (Powertools writes JSON lines; the delivery log's records keep their shape), those below
      // APPLICATION_LOG_LEVEL are dropped, and Lambda's own lines for each invocation (platform.start and
      // platform.report, the JSON form of START and REPORT) only at `lambdaSystemLogLevel` INFO or DEBUG.
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: APPLICATION_LOG_LEVEL,
      systemLogLevelV2: SystemLogLevel[props.config.lambdaSystemLogLevel],
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: ASYNC_MAX_EVENT_AGE,
      onFailure: new SqsDestination(props.deadLetterQueue),
      // The platform's variables (shared/adapters/lambda/manifest.ts PLATFORM_VARIABLES); the manifest's own
      // are set by `setEnvironment`.
      environment: {
        HERALD_FUNCTION: manifest.name,
        POWERTOOLS_SERVICE_NAME: 'herald',
        DLQ_URL: props.deadLetterQueue.queueUrl,
      },
    });

    Validations.of(cfnOf(this.fn)).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason:
          'Herald pins nodejs22.x: bundles target node22 and the code is tested on it; moving to a newer ' +
          'runtime is a deliberate, tested upgrade, not a side effect of a CDK release.',
      },
      {
        id: 'Serverless-LambdaLatestVersion',
        reason:
          'Herald pins nodejs22.x: bundles target node22 and the code is tested on it; moving to a newer ' +
          'runtime is a deliberate, tested upgrade, not a side effect of a CDK release.',
      },
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Failed async invocations go to the on-failure destination (EventInvokeConfig OnFailure = the ' +
          'Herald DLQ, with the error context), which replaces the legacy DeadLetterConfig; queue-driven ' +
          'functions rely on the source queue redrive policy.',
      },
    );
    Validations.of(cfnOf(this.role.node.findChild('DefaultPolicy'))).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Only the X-Ray statement (xray:PutTraceSegments, xray:PutTelemetryRecords) added by active ' +
          'tracing uses Resource *: those actions do not support resource-level permissions.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason:
          "CDK's grant for the table and queues encrypted with Herald's customer-managed key; limited to " +
          'that one key ARN (GenerateDataKey/GenerateDataKeyWithoutPlaintext).',
      },
      {
        id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        reason:
          "CDK's grant for the table and queues encrypted with Herald's customer-managed key; limited to " +
          'that one key ARN (ReEncryptFrom/ReEncryptTo).',
      },
    );
  }

  /**
   * Sets every variable the manifest declares, each from its source. A variable whose source the
   * deployment does not have (an optional setting) is left unset; a required one that resolves to nothing
   * stops the synth, naming the function and the variable.
   */
  setEnvironment(resolve: (source: EnvSource) => string | undefined): void {
    for (const [name, variable] of Object.entries(this.manifest.env)) {
      const value = resolve(variable.source);
      if (value === undefined && variable.source.from !== 'optionalSetting')
        throw new Error(`${this.name}: no value for environment variable ${name}`);
      if (value !== undefined) this.fn.addEnvironment(name, value);
    }
  }

  /** Grants item-level access to the table (and its key): no Scan, DescribeTable or stream actions. */
  grantTable(table: ITable, access: TableAccess): void {
    table.grant(this.role, ...TABLE_ACTIONS[access]);
    table.encryptionKey?.grant(this.role, ...TABLE_KEY_ACTIONS[access]);
  }

  /** Grants `sqs:SendMessage` (and the key) on a queue. */
  grantSend(queue: IQueue): void {
    queue.grantSendMessages(this.role);
  }

  /**
   * Subscribes the function to an SQS queue with partial batch responses
   * (`reportBatchItemFailures`, batch of 10, 1 s batching window). A function that must know a message's
   * last receive declares `MAX_RECEIVE_COUNT` (the queue's redrive policy's `maxReceiveCount`).
   */
  consumeQueue(id: string, queue: IQueue, options: { maxConcurrency?: number } = {}): EventSourceMapping {
    queue.grantConsumeMessages(this.role);
    const redrive = queue instanceof Queue ? queue.deadLetterQueue : undefined;
    const mapping = this.fn.addEventSourceMapping(id, {
      eventSourceArn: queue.queueArn,
      reportBatchItemFailures: true,
      batchSize: SQS_BATCH_SIZE,
      maxBatchingWindow: SQS_MAX_BATCHING_WINDOW,
      maxConcurrency: options.maxConcurrency,
    });
    Validations.of(cfnOf(mapping)).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'SQS event source mappings do not support on-failure destinations; a message that keeps failing ' +
        `is moved to the job DLQ by the source queue redrive policy${redrive ? ` (maxReceiveCount ${redrive.maxReceiveCount})` : ''}, ` +
        'and the function records it on its last receive.',
    });
    return mapping;
  }

  /** Attaches `statements` to the role as a separate named policy, so findings can be acknowledged on it alone. */
  addPolicy(id: string, statements: PolicyStatement[]): Policy {
    const policy = new Policy(this, id, { statements });
    policy.attachToRole(this.role);
    return policy;
  }
}
