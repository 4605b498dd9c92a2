// The one Lambda construct every Herald function uses: fixed runtime defaults, the Herald log group,
// async failure handling, and bind* methods that grant access and set the matching env var.
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
  Architecture,
  Code,
  type EventSourceMapping,
  Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { type ILogGroup, LogGroup } from 'aws-cdk-lib/aws-logs';
import { type IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
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
export const SENDER_TIMEOUT = Duration.seconds(15);
/** Async invocation (EventBridge → Lambda) settings; failures then go to the on-failure destination. */
export const ASYNC_RETRY_ATTEMPTS = 2;
export const ASYNC_MAX_EVENT_AGE = Duration.hours(6);
/** SQS event source defaults. */
export const SQS_BATCH_SIZE = 10;
export const SQS_MAX_BATCHING_WINDOW = Duration.seconds(1);

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
  /** Folder name under `functions/`; also the `HERALD_FUNCTION` env var. */
  readonly name: string;
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
  readonly description?: string;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 256 */
  readonly memorySize?: number;
  /** Extra environment variables. */
  readonly environment?: Readonly<Record<string, string>>;
  /** @default `functions/<name>/handler.ts`; override only to bundle a test fixture. */
  readonly entry?: string;
}

/**
 * One Herald Lambda function: `<id>/Role` and `<id>/Function`, logging to the Herald log group.
 *
 * The role is Herald's own (no AWS managed policy): it may write to the Herald log group, trace to X-Ray,
 * and whatever the bind* methods add.
 */
export class HeraldFunction extends Construct implements IGrantable {
  readonly name: string;
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly logGroup: ILogGroup;
  readonly grantPrincipal: IPrincipal;

  constructor(scope: Construct, id: string, props: HeraldFunctionProps) {
    super(scope, id);
    this.name = props.name;

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Herald ${props.config.envName} ${props.name} function`,
    });
    this.grantPrincipal = this.role;

    // Every function logs to the one Herald log group (see the stateful stack), so that each delivery
    // record lands, once, where the saved queries look.
    this.logGroup =
      props.logGroup ?? LogGroup.fromLogGroupName(this, 'Logs', heraldLogGroupName(props.config));
    this.logGroup.grantWrite(this.role);

    this.fn = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry ?? `${REPO_ROOT}functions/${props.name}/handler.ts`),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      tracing: Tracing.ACTIVE,
      timeout: props.timeout ?? DEFAULT_TIMEOUT,
      memorySize: props.memorySize ?? DEFAULT_MEMORY_MB,
      role: this.role,
      logGroup: this.logGroup,
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: ASYNC_MAX_EVENT_AGE,
      onFailure: new SqsDestination(props.deadLetterQueue),
      environment: {
        HERALD_FUNCTION: props.name,
        POWERTOOLS_SERVICE_NAME: 'herald',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        DLQ_URL: props.deadLetterQueue.queueUrl,
        ...props.environment,
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
   * Grants item-level access to the table (and its key) and sets `TABLE_NAME` (or `envVar`).
   * Narrower than CDK's grantReadWriteData: no Scan, DescribeTable or stream actions.
   */
  bindTable(table: ITable, access: TableAccess, envVar = 'TABLE_NAME'): this {
    table.grant(this.role, ...TABLE_ACTIONS[access]);
    table.encryptionKey?.grant(this.role, ...TABLE_KEY_ACTIONS[access]);
    this.fn.addEnvironment(envVar, table.tableName);
    return this;
  }

  /** Grants `sqs:SendMessage` (and the key) on a queue and sets `envVar` to its URL. */
  bindQueue(queue: IQueue, envVar: string): this {
    queue.grantSendMessages(this.role);
    this.fn.addEnvironment(envVar, queue.queueUrl);
    return this;
  }

  /**
   * Subscribes the function to an SQS queue with partial batch responses
   * (`reportBatchItemFailures`, batch of 10, 1 s batching window). With a queue that has a dead-letter
   * queue, sets `MAX_RECEIVE_COUNT` to its redrive policy's `maxReceiveCount`, so that the function knows a
   * job's last receive.
   */
  consumeQueue(id: string, queue: IQueue, options: { maxConcurrency?: number } = {}): EventSourceMapping {
    queue.grantConsumeMessages(this.role);
    const redrive = queue instanceof Queue ? queue.deadLetterQueue : undefined;
    if (redrive) this.fn.addEnvironment('MAX_RECEIVE_COUNT', String(redrive.maxReceiveCount));
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
