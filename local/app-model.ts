// Reads what the local runtime needs from the synthesized CloudFormation templates: the rules with their
// event patterns and targets, the queues and which function each feeds, the table, and each function's
// environment with its references resolved to local resources. Nothing here is configured twice: change
// a rule or a function in infra/ and the local runtime follows.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { loadConfig } from '../infra/config.ts';
import { buildHerald } from '../infra/herald-app.ts';

export const LOCAL_ACCOUNT = '000000000000';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Resource {
  Type: string;
  Properties?: Record<string, Json>;
}
export interface StackTemplate {
  stackName: string;
  template: {
    Resources?: Record<string, Resource>;
    Outputs?: Record<string, { Value: Json; Export?: { Name: Json } }>;
  };
}

export interface LocalQueue {
  key: string;
  logicalId: string;
  url: string;
  arn: string;
  /** How long a received message stays hidden before SQS delivers it again (default 30 s). */
  visibilityTimeoutSeconds: number;
  redrive?: { deadLetterArn: string; maxReceiveCount: number };
}
export interface LocalFunction {
  key: string;
  name: string;
  arn: string;
  environment: Record<string, string>;
  /** MemorySize (default 128 MB, as Lambda's). */
  memoryMb: number;
  /** LoggingConfig: Text or JSON format, and the JSON format's log levels. */
  logging: { format: 'Text' | 'JSON'; applicationLevel?: string; systemLevel?: string };
  /** TracingConfig Mode Active. */
  tracing: boolean;
}
export interface LocalRule {
  key: string;
  /** `herald` for the bank's bus, `default` for the account's default bus (events of AWS services). */
  bus: 'herald' | 'default';
  pattern: unknown;
  targetFunctionArns: string[];
  /** Targets that are API destinations (the bank's webhook): each matched event is one invocation. */
  apiDestinationTargets: number;
}
export interface LocalEventSource {
  queueArn: string;
  functionArn: string;
  batchSize: number;
  reportBatchItemFailures: boolean;
}
export interface LocalTable {
  name: string;
  keySchema: Json;
  attributeDefinitions: Json;
  globalSecondaryIndexes?: Json;
  timeToLiveAttribute?: string;
}
/** A Step Functions state machine, with its definition's references resolved (local/stepfunctions.ts). */
export interface LocalStateMachine {
  key: string;
  name: string;
  arn: string;
  definition: unknown;
  /** LoggingConfiguration Level (ALL, ERROR, FATAL, OFF). */
  logLevel?: string;
}
/** A Lambda function URL (AWS::Lambda::Url): the function HTTP requests to it invoke. */
export interface LocalFunctionUrl {
  key: string;
  functionArn: string;
}
/** A function subscribed to an SNS topic (AWS::SNS::Subscription, protocol lambda). */
export interface LocalTopicSubscription {
  key: string;
  /** The topic's key (stack/logicalId). */
  topic: string;
  functionArn: string;
}
/**
 * A CloudWatch Logs subscription filter (AWS::Logs::SubscriptionFilter) on a log group the functions write
 * to, with a function as its destination: the log lines its pattern matches reach that function.
 */
export interface LocalLogSubscription {
  key: string;
  logGroupName: string;
  filterName: string;
  filterPattern: string;
  functionArn: string;
}
export interface AppModel {
  region: string;
  tables: LocalTable[];
  queues: LocalQueue[];
  functions: LocalFunction[];
  rules: LocalRule[];
  eventSources: LocalEventSource[];
  stateMachines: LocalStateMachine[];
  functionUrls: LocalFunctionUrl[];
  topicSubscriptions: LocalTopicSubscription[];
  logSubscriptions: LocalLogSubscription[];
}

/** Synthesizes the Herald CDK app in-process (no asset bundling) and returns its stack templates. */
export function synthesizeTemplates(envName = 'dev'): StackTemplate[] {
  // The app is the same for the same environment within one process (a test file replays many times):
  // synthesize it once and hand out copies.
  let stacks = synthesized.get(envName);
  // A test run synthesizes once for all its test files (test/support/synthesize-once.ts).
  const shared =
    process.env.HERALD_SYNTHESIZED_DIR && join(process.env.HERALD_SYNTHESIZED_DIR, `${envName}.json`);
  if (!stacks && shared && existsSync(shared)) {
    stacks = JSON.parse(readFileSync(shared, 'utf8')) as StackTemplate[];
    synthesized.set(envName, stacks);
  }
  if (!stacks) {
    const outdir = mkdtempSync(join(tmpdir(), 'herald-synth-'));
    try {
      // CDK's built-in CloudFormation validation (a WebAssembly rule engine) is left to `cdk synth` and the
      // infrastructure tests: here it would cost most of the local stack's start-up and change nothing.
      const app = new App({
        outdir,
        builtinCloudFormationValidation: false,
        context: { 'aws:cdk:bundling-stacks': [], 'herald:env': envName },
      });
      buildHerald(app, loadConfig(envName));
      const assembly = app.synth();
      stacks = assembly.stacks.map((s) => ({ stackName: s.stackName, template: s.template }));
      synthesized.set(envName, stacks);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }
  return structuredClone(stacks);
}
const synthesized = new Map<string, StackTemplate[]>();

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function buildAppModel(
  stacks: StackTemplate[],
  options: { sqsEndpoint: string; region: string },
): AppModel {
  const { region } = options;
  const resources = new Map<string, { stack: string; logicalId: string; resource: Resource }>();
  const exports = new Map<string, { stack: string; value: Json }>();
  for (const { stackName, template } of stacks) {
    for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
      resources.set(`${stackName}/${logicalId}`, { stack: stackName, logicalId, resource });
    }
    for (const output of Object.values(template.Outputs ?? {})) {
      if (typeof output.Export?.Name === 'string')
        exports.set(output.Export.Name, { stack: stackName, value: output.Value });
    }
  }

  const tableName = (logicalId: string, r: Resource) =>
    typeof r.Properties?.TableName === 'string' ? r.Properties.TableName : logicalId;
  const arnOf = (type: string, logicalId: string): string => {
    switch (type) {
      case 'AWS::SQS::Queue':
        return `arn:aws:sqs:${region}:${LOCAL_ACCOUNT}:${logicalId}`;
      case 'AWS::Lambda::Function':
        return `arn:aws:lambda:${region}:${LOCAL_ACCOUNT}:function:${logicalId}`;
      default:
        return `arn:aws:local:${region}:${LOCAL_ACCOUNT}:${type.replace(/::/g, '-')}/${logicalId}`;
    }
  };
  const refOf = (logicalId: string, r: Resource): string => {
    switch (r.Type) {
      case 'AWS::SQS::Queue':
        return `${options.sqsEndpoint}/${LOCAL_ACCOUNT}/${logicalId}`;
      case 'AWS::DynamoDB::Table':
        return tableName(logicalId, r);
      case 'AWS::Lambda::Function':
        return logicalId;
      case 'AWS::StepFunctions::StateMachine': {
        // Ref of a state machine is its ARN.
        const name = r.Properties?.StateMachineName;
        return `arn:aws:states:${region}:${LOCAL_ACCOUNT}:stateMachine:${typeof name === 'string' ? name : logicalId}`;
      }
      default: {
        const name = r.Properties?.Name;
        return typeof name === 'string' ? name : logicalId;
      }
    }
  };
  const pseudo: Record<string, string> = {
    'AWS::Region': region,
    'AWS::AccountId': LOCAL_ACCOUNT,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
  };

  const resolve = (value: Json, stack: string): string => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return String(value);
    if (!isObject(value)) throw new Error(`cannot resolve ${JSON.stringify(value)}`);
    if ('Ref' in value) {
      const id = String(value.Ref);
      if (id in pseudo) return pseudo[id] as string;
      const found = resources.get(`${stack}/${id}`);
      if (!found) throw new Error(`Ref to unknown resource ${stack}/${id}`);
      return refOf(id, found.resource);
    }
    if ('Fn::GetAtt' in value) {
      const [id, attribute] = value['Fn::GetAtt'] as [string, string];
      const found = resources.get(`${stack}/${id}`);
      if (!found) throw new Error(`Fn::GetAtt on unknown resource ${stack}/${id}`);
      if (attribute === 'Arn') return arnOf(found.resource.Type, id);
      if (attribute === 'QueueUrl') return refOf(id, found.resource);
      if (attribute === 'QueueName') return id;
      return `${id}.${attribute}`;
    }
    if ('Fn::ImportValue' in value) {
      const name = resolve(value['Fn::ImportValue'] as Json, stack);
      const exported = exports.get(name);
      if (!exported) throw new Error(`Fn::ImportValue of unknown export ${name}`);
      return resolve(exported.value, exported.stack);
    }
    if ('Fn::Join' in value) {
      const [separator, parts] = value['Fn::Join'] as [string, Json[]];
      return parts.map((p) => resolve(p, stack)).join(separator);
    }
    if ('Fn::Select' in value) {
      const [index, list] = value['Fn::Select'] as [number, Json];
      const items = Array.isArray(list) ? list.map((p) => resolve(p, stack)) : [];
      return items[Number(index)] ?? '';
    }
    throw new Error(`intrinsic not supported by the local runtime: ${Object.keys(value).join(', ')}`);
  };

  /** Resolves the intrinsics inside a value (e.g. a Ref in an event pattern), leaving plain JSON alone. */
  const resolveDeep = (value: Json, stack: string): Json => {
    if (Array.isArray(value)) return value.map((v) => resolveDeep(v, stack));
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]?.startsWith('Fn::'))) return resolve(value, stack);
    return Object.fromEntries(keys.map((k) => [k, resolveDeep(value[k] as Json, stack)]));
  };

  const model: AppModel = {
    region,
    tables: [],
    queues: [],
    functions: [],
    rules: [],
    eventSources: [],
    stateMachines: [],
    functionUrls: [],
    topicSubscriptions: [],
    logSubscriptions: [],
  };
  for (const [key, { stack, logicalId, resource }] of resources) {
    const props = resource.Properties ?? {};
    switch (resource.Type) {
      case 'AWS::DynamoDB::Table': {
        const ttl = props.TimeToLiveSpecification;
        model.tables.push({
          name: tableName(logicalId, resource),
          keySchema: props.KeySchema ?? [],
          attributeDefinitions: props.AttributeDefinitions ?? [],
          ...(props.GlobalSecondaryIndexes ? { globalSecondaryIndexes: props.GlobalSecondaryIndexes } : {}),
          ...(isObject(ttl) && typeof ttl.AttributeName === 'string'
            ? { timeToLiveAttribute: ttl.AttributeName }
            : {}),
        });
        break;
      }
      case 'AWS::SQS::Queue': {
        const redrive = props.RedrivePolicy;
        model.queues.push({
          key,
          logicalId,
          url: refOf(logicalId, resource),
          arn: arnOf(resource.Type, logicalId),
          visibilityTimeoutSeconds: Number(props.VisibilityTimeout ?? 30),
          ...(isObject(redrive) && redrive.deadLetterTargetArn
            ? {
                redrive: {
                  deadLetterArn: resolve(redrive.deadLetterTargetArn, stack),
                  maxReceiveCount: Number(redrive.maxReceiveCount ?? 1),
                },
              }
            : {}),
        });
        break;
      }
      case 'AWS::Lambda::Function': {
        const variables = isObject(props.Environment) ? props.Environment.Variables : undefined;
        // Functions without HERALD_FUNCTION are CDK's own (custom resource handlers): not run locally.
        if (!isObject(variables) || typeof variables.HERALD_FUNCTION !== 'string') break;
        const name = variables.HERALD_FUNCTION;
        const environment: Record<string, string> = {};
        for (const [variable, v] of Object.entries(variables)) environment[variable] = resolve(v, stack);
        const config = isObject(props.LoggingConfig) ? props.LoggingConfig : {};
        const logging: LocalFunction['logging'] = {
          format: config.LogFormat === 'JSON' ? 'JSON' : 'Text',
          ...(typeof config.ApplicationLogLevel === 'string'
            ? { applicationLevel: config.ApplicationLogLevel }
            : {}),
          ...(typeof config.SystemLogLevel === 'string' ? { systemLevel: config.SystemLogLevel } : {}),
        };
        // What Lambda adds from the logging config in JSON format: the format and the application log level
        // (INFO unless set), which Powertools Logger takes as its level.
        if (logging.format === 'JSON') {
          environment.AWS_LAMBDA_LOG_FORMAT = 'JSON';
          environment.AWS_LAMBDA_LOG_LEVEL = logging.applicationLevel ?? 'INFO';
        }
        model.functions.push({
          key,
          name,
          arn: arnOf(resource.Type, logicalId),
          environment,
          memoryMb: Number(props.MemorySize ?? 128),
          logging,
          tracing: isObject(props.TracingConfig) && props.TracingConfig.Mode === 'Active',
        });
        break;
      }
      case 'AWS::Events::Rule': {
        const pattern =
          typeof props.EventPattern === 'string' ? JSON.parse(props.EventPattern) : props.EventPattern;
        const targets = Array.isArray(props.Targets) ? props.Targets : [];
        const busName = props.EventBusName === undefined ? 'default' : resolve(props.EventBusName, stack);
        model.rules.push({
          key,
          bus: busName === 'default' ? 'default' : 'herald',
          pattern: resolveDeep(pattern as Json, stack),
          // Functions only: an API destination (the bank's webhook) has nothing to call locally.
          targetFunctionArns: targets
            .filter(isObject)
            .map((t) => resolve(t.Arn as Json, stack))
            .filter((arn) => arn.startsWith('arn:aws:lambda:')),
          apiDestinationTargets: targets.filter((t) => {
            const getAtt = isObject(t) && isObject(t.Arn) ? t.Arn['Fn::GetAtt'] : undefined;
            const id = Array.isArray(getAtt) ? String(getAtt[0]) : undefined;
            return (
              id !== undefined &&
              resources.get(`${stack}/${id}`)?.resource.Type === 'AWS::Events::ApiDestination'
            );
          }).length,
        });
        break;
      }
      case 'AWS::StepFunctions::StateMachine': {
        const arn = refOf(logicalId, resource);
        model.stateMachines.push({
          key,
          name: arn.slice(arn.lastIndexOf(':') + 1),
          arn,
          definition: JSON.parse(resolve(props.DefinitionString as Json, stack)),
          ...(isObject(props.LoggingConfiguration) && typeof props.LoggingConfiguration.Level === 'string'
            ? { logLevel: props.LoggingConfiguration.Level }
            : {}),
        });
        break;
      }
      case 'AWS::Logs::SubscriptionFilter': {
        const destination = resolve(props.DestinationArn as Json, stack);
        if (!destination.startsWith('arn:aws:lambda:')) break;
        model.logSubscriptions.push({
          key,
          logGroupName: resolve(props.LogGroupName as Json, stack),
          filterName: typeof props.FilterName === 'string' ? props.FilterName : logicalId,
          filterPattern: String(props.FilterPattern ?? ''),
          functionArn: destination,
        });
        break;
      }
      case 'AWS::Lambda::Url': {
        model.functionUrls.push({ key, functionArn: resolve(props.TargetFunctionArn as Json, stack) });
        break;
      }
      case 'AWS::SNS::Subscription': {
        const topic = props.TopicArn;
        if (props.Protocol !== 'lambda' || !isObject(topic) || typeof topic.Ref !== 'string') break;
        model.topicSubscriptions.push({
          key,
          topic: `${stack}/${topic.Ref}`,
          functionArn: resolve(props.Endpoint as Json, stack),
        });
        break;
      }
      case 'AWS::Lambda::EventSourceMapping': {
        const functionRef = resolve(props.FunctionName as Json, stack);
        model.eventSources.push({
          queueArn: resolve(props.EventSourceArn as Json, stack),
          functionArn: functionRef.startsWith('arn:')
            ? functionRef
            : arnOf('AWS::Lambda::Function', functionRef),
          batchSize: Number(props.BatchSize ?? 10),
          reportBatchItemFailures:
            Array.isArray(props.FunctionResponseTypes) &&
            props.FunctionResponseTypes.includes('ReportBatchItemFailures'),
        });
        break;
      }
    }
  }
  return model;
}
