// Builds the Herald stacks into an App. Used by infra/app.ts (the CDK CLI entry), the infra tests and the
// local runtime, so all three synthesize the same templates.
import { readFileSync } from 'node:fs';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { assertDeployable, type HeraldConfig, type HeraldEnvironment, loadConfig } from './config.ts';
import { StatefulStack } from './stacks/stateful-stack.ts';
import { StatelessStack } from './stacks/stateless-stack.ts';

/** CDK context key that picks the environment (`-c herald:env=prod`). */
export const HERALD_ENV_CONTEXT_KEY = 'herald:env';
export const DEFAULT_ENV_NAME = 'dev';
/** CDK context key listing the stacks to bundle; `[]` skips bundling (tests, local runtime). */
export const BUNDLING_STACKS_CONTEXT_KEY = 'aws:cdk:bundling-stacks';

export interface HeraldStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

export const statefulStackName = (config: HeraldConfig) => `HeraldStateful-${config.envName}`;
export const statelessStackName = (config: HeraldConfig) => `HeraldStateless-${config.envName}`;

/**
 * The two stacks of `config`. Refuses (HeraldConfigError) an environment other than `dev` that still has
 * example values from infra/environments.ts or no `brand.url`, naming each field: such a stack would deploy.
 */
export function buildHerald(app: App, config: HeraldConfig): HeraldStacks {
  assertDeployable(config);
  const env = { account: config.account, region: config.region };
  const stateful = new StatefulStack(app, statefulStackName(config), {
    env,
    config,
    description: `Herald ${config.envName}: key, event bus and archive, table, queues, SES configuration set`,
  });
  const stateless = new StatelessStack(app, statelessStackName(config), {
    env,
    config,
    stateful,
    description: `Herald ${config.envName}: functions, rules and queue subscriptions`,
  });
  for (const stack of [stateful, stateless]) {
    Tags.of(stack).add('app', 'herald');
    Tags.of(stack).add('herald:env', config.envName);
  }
  return { stateful, stateless };
}

/** The config of the environment named by the `herald:env` context (default `dev`). */
export function configFromContext(scope: Construct, overrides?: Partial<HeraldEnvironment>): HeraldConfig {
  const envName: unknown = scope.node.tryGetContext(HERALD_ENV_CONTEXT_KEY) ?? DEFAULT_ENV_NAME;
  if (typeof envName !== 'string') {
    throw new Error(`Context ${HERALD_ENV_CONTEXT_KEY} must be a string, got ${JSON.stringify(envName)}`);
  }
  return loadConfig(envName, overrides);
}

/** cdk-nag AwsSolutions and Serverless packs; synthesis fails on any unacknowledged finding. */
export function addHeraldChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}

/** The `context` of cdk.json, so in-process apps synthesize what `cdk synth` does. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson: unknown = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8'));
  if (typeof cdkJson === 'object' && cdkJson !== null && 'context' in cdkJson) {
    const { context } = cdkJson;
    if (typeof context === 'object' && context !== null) return { ...context };
  }
  return {};
}

export interface HeraldAppOptions {
  /** @default the `herald:env` of cdk.json */
  readonly envName?: string;
  readonly overrides?: Partial<HeraldEnvironment>;
  /** Run esbuild for the functions. @default false (templates only, fast) */
  readonly bundling?: boolean;
  /** Register the cdk-nag packs (synthesis then fails on findings). @default false */
  readonly nagChecks?: boolean;
  readonly outdir?: string;
  /** Extra context, applied last. */
  readonly context?: Record<string, unknown>;
}

export interface HeraldApp extends HeraldStacks {
  readonly app: App;
  readonly config: HeraldConfig;
}

/**
 * An App with cdk.json's context and the Herald stacks, not yet synthesized. For in-process use
 * (tests, local runtime): `createHeraldApp().app.synth()` then read `getStackByName(...).template`.
 */
export function createHeraldApp(options: HeraldAppOptions = {}): HeraldApp {
  const context: Record<string, unknown> = { ...cdkJsonContext() };
  if (options.envName !== undefined) context[HERALD_ENV_CONTEXT_KEY] = options.envName;
  if (options.bundling !== true) context[BUNDLING_STACKS_CONTEXT_KEY] = [];
  Object.assign(context, options.context);
  const app = new App({ context, ...(options.outdir === undefined ? {} : { outdir: options.outdir }) });
  const config = configFromContext(app, options.overrides);
  const stacks = buildHerald(app, config);
  if (options.nagChecks === true) addHeraldChecks(app);
  return { app, config, ...stacks };
}
