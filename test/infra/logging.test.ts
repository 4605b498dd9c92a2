// Every Herald function logs in Lambda's JSON format with log-level filtering: its own lines at INFO and
// above (the delivery log's records carry no level, so Lambda counts them as INFO), and none of Lambda's
// per-invocation lines unless the environment asks for them (`lambdaSystemLogLevel`). The local stack reads
// the same settings from the template: each function gets the AWS_LAMBDA_LOG_LEVEL Lambda would give it
// (Powertools Logger's level), and the cost meter counts Lambda's lines as the template configures them.
import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../functions/manifests.ts';
import { type HeraldEnvironment, loadConfig } from '../../infra/config.ts';
import { environments } from '../../infra/environments.ts';
import { type AppModel, buildAppModel, type StackTemplate } from '../../local/app-model.ts';
import { CostMeter } from '../../local/cost/meter.ts';
import { defined, environmentOf, type SynthesizedHerald, synthHerald } from './support.ts';

const NAMES = MANIFESTS.map((manifest) => manifest.name).sort();

/** Each Herald function's LoggingConfig (its log group aside), by function name. */
function loggingOf(herald: SynthesizedHerald): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(herald.resources('AWS::Lambda::Function'))
      .filter((fn) => typeof environmentOf(fn).HERALD_FUNCTION === 'string')
      .map((fn) => {
        const { LogGroup: _logGroup, ...levels } = fn.Properties.LoggingConfig as Record<string, unknown>;
        return [String(environmentOf(fn).HERALD_FUNCTION), levels] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The local stack's reading of the synthesized templates. */
function localModelOf(herald: SynthesizedHerald): AppModel {
  const stacks: StackTemplate[] = [
    { stackName: herald.stateful.stackName, template: herald.statefulTemplate.toJSON() },
    { stackName: herald.stateless.stackName, template: herald.statelessTemplate.toJSON() },
  ];
  return buildAppModel(stacks, { sqsEndpoint: 'https://sqs.eu-west-1.amazonaws.com', region: 'eu-west-1' });
}

/**
 * The log bytes the cost meter counts for Lambda's own lines of one invocation of `name` billed 11 ms (the
 * no-alert invocation of balance-alerts: 5 ms and one DynamoDB call).
 */
function platformLogBytes(model: AppModel, name: string): number {
  const fn = defined(
    model.functions.find((f) => f.name === name),
    name,
  );
  const meter = new CostMeter();
  const invocation = meter.start(fn);
  meter.call(invocation, 'dynamodb');
  meter.end(invocation);
  return defined(meter.usage().lambda.functions[name], name).platformLogBytes;
}

describe("the functions' logging, as deployed", () => {
  const herald = synthHerald();

  it('every function logs in JSON format, its own lines from INFO, none of Lambda’s per-invocation lines', () => {
    // Act
    const logging = loggingOf(herald);
    // Assess: one entry per manifest, all alike.
    expect(logging).toEqual(
      Object.fromEntries(
        NAMES.map((name) => [
          name,
          { LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN' },
        ]),
      ),
    );
  });

  it('no function sets POWERTOOLS_LOG_LEVEL: Lambda’s AWS_LAMBDA_LOG_LEVEL, which Powertools reads first, is the one level', () => {
    // Act
    const setting = Object.values(herald.resources('AWS::Lambda::Function'))
      .map((fn) => environmentOf(fn))
      .filter((variables) => typeof variables.HERALD_FUNCTION === 'string')
      .filter((variables) => 'POWERTOOLS_LOG_LEVEL' in variables || 'LOG_LEVEL' in variables)
      .map((variables) => variables.HERALD_FUNCTION);
    // Assess
    expect(setting).toEqual([]);
  });

  it.each(Object.keys(environments))('the shipped %s environment keeps the default, WARN', (envName) => {
    // Act
    const config = loadConfig(envName);
    // Assess
    expect(config.lambdaSystemLogLevel).toBe('WARN');
  });

  it('the local stack runs each function with the log level and format Lambda would give it', () => {
    // Act
    const model = localModelOf(herald);
    // Assess
    expect(
      Object.fromEntries(
        model.functions
          .map((fn) => [
            fn.name,
            {
              logging: fn.logging,
              AWS_LAMBDA_LOG_FORMAT: fn.environment.AWS_LAMBDA_LOG_FORMAT,
              AWS_LAMBDA_LOG_LEVEL: fn.environment.AWS_LAMBDA_LOG_LEVEL,
            },
          ])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ),
    ).toEqual(
      Object.fromEntries(
        NAMES.map((name) => [
          name,
          {
            logging: { format: 'JSON', applicationLevel: 'INFO', systemLevel: 'WARN' },
            AWS_LAMBDA_LOG_FORMAT: 'JSON',
            AWS_LAMBDA_LOG_LEVEL: 'INFO',
          },
        ]),
      ),
    );
  });

  it('the cost meter counts no line of Lambda’s own for an invocation', () => {
    // Act
    const bytes = platformLogBytes(localModelOf(herald), 'balance-alerts');
    // Assess
    expect(bytes).toBe(0);
  });
});

describe('an environment that wants the per-invocation lines back: lambdaSystemLogLevel INFO', () => {
  const herald = synthHerald({ overrides: { lambdaSystemLogLevel: 'INFO' } });

  it('every function gets system log level INFO, the rest unchanged', () => {
    // Act
    const logging = loggingOf(herald);
    // Assess
    expect(logging).toEqual(
      Object.fromEntries(
        NAMES.map((name) => [
          name,
          { LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'INFO' },
        ]),
      ),
    );
  });

  it('costs platform.start and platform.report per invocation, 727 bytes with tracing', () => {
    // Act
    const bytes = platformLogBytes(localModelOf(herald), 'balance-alerts');
    // Assess: the two JSON lines Lambda writes at INFO (local/cost/meter.ts `platformLines`), tracing active:
    //   platform.start: {"time":"<24>","type":"platform.start","record":{"requestId":"<36>","version":
    //     "$LATEST"}} = 81 + 24 + 36 = 141, with the tracing object before its last brace:
    //     ,"tracing":{"spanId":"<16>","type":"X-Amzn-Trace-Id","value":"Root=<35>;Parent=<16>;Sampled=1"}
    //     = 83 + 16 + 35 + 16 = 150                                                        141 + 150 = 291
    //   platform.report: {"time":"<24>","type":"platform.report","record":{"requestId":"<36>","metrics":
    //     {"durationMs":10.50,"billedDurationMs":11,"memorySizeMB":256,"maxMemoryUsedMB":96},"status":
    //     "success"}} = 162 + 24 + 36 + 12 digits = 234, with the same tracing object      234 + 150 = 384
    //   and 26 bytes per log event: 291 + 384 + 2 × 26 = 727 (Text format's START/END/REPORT: 432).
    expect(bytes).toBe(727);
  });
});

it('a system log level Lambda does not have is refused, naming the field', () => {
  // Act
  const load = () => loadConfig('dev', { lambdaSystemLogLevel: 'ERROR' } as unknown as HeraldEnvironment);
  // Assess
  expect(load).toThrow(/lambdaSystemLogLevel: must be WARN, INFO or DEBUG/);
});
