// Shared helpers for the infra tests: synthesize Herald without bundling and read the templates the way
// the local runtime does (Ref / Fn::GetAtt / Fn::ImportValue resolved against the stateful Outputs).
import { createRequire } from 'node:module';
import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import type { HeraldEnvironment } from '../../infra/config.ts';
import { createHeraldApp, type HeraldApp, type HeraldAppOptions } from '../../infra/herald-app.ts';

/**
 * What a bank fills in before deploying prod, for the tests that synthesize it: synthesis refuses prod's
 * shipped example values (placeholderProblems). Like the shipped prod, no push application and no WhatsApp
 * number.
 */
export const PROD_VALUES: Partial<HeraldEnvironment> = {
  account: '482915736104',
  allowedProducerAccounts: ['590317284615'],
  senderEmail: 'alerts@notify.vistara-bank.eu',
  brand: { name: 'Vistara Bank', url: 'https://www.vistara-bank.eu' },
};

export interface Resource {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export interface SynthesizedHerald extends HeraldApp {
  readonly statefulTemplate: Template;
  readonly statelessTemplate: Template;
  /** Resources of `type` in the stateless (default) or stateful template, by logical id. */
  resources(type: string, which?: 'stateful' | 'stateless'): Record<string, Resource>;
  /** Logical id of an L2 (its default child) or L1 construct. */
  logicalId(construct: IConstruct): string;
  /** A stateless value with Fn::ImportValue replaced by the stateful Output it imports. */
  resolveImport(value: unknown): unknown;
  /** The CfnFunction logical id of the function whose HERALD_FUNCTION is `name`. */
  functionLogicalId(name: string): string;
  /** Every statement of every IAM policy attached to the role of function `name`. */
  statementsOf(name: string): Statement[];
}

export function synthHerald(options: HeraldAppOptions = {}): SynthesizedHerald {
  const herald = createHeraldApp(options);
  const statefulTemplate = Template.fromStack(herald.stateful);
  const statelessTemplate = Template.fromStack(herald.stateless);
  const exports = new Map<string, unknown>();
  const outputs = statefulTemplate.toJSON().Outputs as Record<
    string,
    { Value: unknown; Export?: { Name: string } }
  >;
  for (const output of Object.values(outputs ?? {})) {
    if (output.Export !== undefined) exports.set(output.Export.Name, output.Value);
  }

  const resources = (type: string, which: 'stateful' | 'stateless' = 'stateless') =>
    (which === 'stateful' ? statefulTemplate : statelessTemplate).findResources(type) as Record<
      string,
      Resource
    >;

  const resolveImport = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolveImport);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    const name = record['Fn::ImportValue'];
    if (typeof name === 'string') {
      if (!exports.has(name)) throw new Error(`No stateful export named ${name}`);
      return exports.get(name);
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, resolveImport(inner)]));
  };

  const functionLogicalId = (name: string) => {
    const match = Object.entries(resources('AWS::Lambda::Function')).find(
      ([, fn]) => environmentOf(fn).HERALD_FUNCTION === name,
    );
    if (match === undefined) throw new Error(`No function with HERALD_FUNCTION=${name}`);
    return match[0];
  };

  const statementsOf = (name: string) => {
    const fn = defined(resources('AWS::Lambda::Function')[functionLogicalId(name)], name);
    const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    return Object.values(resources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"Ref":"${roleId}"`))
      .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  };

  return {
    ...herald,
    statefulTemplate,
    statelessTemplate,
    resources,
    logicalId: (construct) => {
      const element = (construct.node.defaultChild ?? construct) as CfnElement;
      return Stack.of(element).getLogicalId(element);
    },
    resolveImport,
    functionLogicalId,
    statementsOf,
  };
}

export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

/** Logical id of the log group a function logs to. */
export function logGroupOf(fn: Resource | undefined): string {
  const loggingConfig = defined(fn, 'function').Properties.LoggingConfig as { LogGroup: { Ref: string } };
  return loggingConfig.LogGroup.Ref;
}

export function environmentOf(fn: Resource | undefined): Record<string, unknown> {
  const environment = fn?.Properties.Environment as { Variables?: Record<string, unknown> } | undefined;
  return environment?.Variables ?? {};
}

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const ref = (logicalId: string) => ({ Ref: logicalId });
export const arnOf = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });

/** Allow statements granting `action` (exact match, or a wildcard pattern covering it). */
export function allowing(statements: Statement[], action: string): Statement[] {
  return statements.filter(
    (statement) =>
      statement.Effect === 'Allow' &&
      asArray(statement.Action).some(
        (granted) =>
          granted === action ||
          new RegExp(`^${granted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(action),
      ),
  );
}

// State machines (journeys): asl-validator, and a definition with its references made literal ARNs.
const require = createRequire(import.meta.url);
export const aslValidator = require('asl-validator') as (
  definition: unknown,
  options?: { checkArn?: boolean; checkPaths?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

export type State = Record<string, unknown> & { Type: string };
export interface Definition {
  StartAt: string;
  TimeoutSeconds?: number;
  States: Record<string, State>;
}

/** The definition of a state machine, with each `Fn::GetAtt` of a function made a literal Lambda ARN. */
export function definitionOf(machine: Resource): Definition {
  const body = machine.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] };
  const text = body['Fn::Join'][1]
    .map((part) =>
      typeof part === 'string'
        ? part
        : (part as { Ref?: string }).Ref === 'AWS::Partition'
          ? 'aws'
          : `arn:aws:lambda:eu-west-1:123456789012:function:${(part as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]}`,
    )
    .join('');
  return JSON.parse(text) as Definition;
}
