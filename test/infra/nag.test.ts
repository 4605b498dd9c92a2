import { App, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks, type NagPack, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createHeraldApp } from '../../infra/herald-app.ts';
import { PROD_VALUES, synthHerald } from './support.ts';

const herald = synthHerald();

/** Unacknowledged findings (errors and warnings) of a pack, as `rule @ construct path` lines. */
function findings(pack: NagPack, scope: IConstruct): string[] {
  const report = pack.validateScope(scope);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (resource) => `${violation.severity} ${violation.ruleName} @ ${resource.constructPath}`,
    ),
  );
}

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
  scope: IConstruct;
}

function acknowledgements(scope: IConstruct): Acknowledgement[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
          scope: construct,
        })),
      ),
  );
}

describe('cdk-nag', () => {
  it.each([
    ['AwsSolutions', () => new AwsSolutionsChecks()],
    ['Serverless', () => new ServerlessChecks()],
  ])('%s reports no unacknowledged errors or warnings', (_pack, makePack) => {
    expect(findings(makePack(), herald.app)).toEqual([]);
  });

  it.each([
    ['AwsSolutions', () => new AwsSolutionsChecks()],
    ['Serverless', () => new ServerlessChecks()],
  ])('%s is also clean without push and WhatsApp configured (prod)', (_pack, makePack) => {
    expect(findings(makePack(), synthHerald({ envName: 'prod', overrides: PROD_VALUES }).app)).toEqual([]);
  });

  it('would catch a finding (the check is not vacuous)', () => {
    // Prepare: a function with none of Herald's defaults
    const app = new App();
    const stack = new Stack(app, 'Bare');
    new LambdaFunction(stack, 'Fn', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('export const handler = () => {}'),
      timeout: Duration.seconds(3),
    });

    // Act
    const found = [...findings(new AwsSolutionsChecks(), app), ...findings(new ServerlessChecks(), app)];

    // Assess
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Serverless-LambdaTracing'),
        expect.stringContaining('AwsSolutions-IAM4'),
      ]),
    );
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    expect(() => app.synth()).toThrow(/Serverless-LambdaTracing/);
  });

  it('every acknowledgement names a cdk-nag rule, gives a specific reason and sits on one resource', () => {
    const acks = acknowledgements(herald.app);

    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^(AwsSolutions|Serverless)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(ack.reason.length, `${ack.path} ${ack.id}`).toBeGreaterThanOrEqual(60);
      // Scoped to a CloudFormation resource, never to a stack or the app.
      expect(ack.scope.node.path.endsWith('/Resource'), `${ack.path} ${ack.id}`).toBe(true);
      expect(Stack.isStack(ack.scope)).toBe(false);
    }
  });

  it('wildcard IAM findings are acknowledged one finding at a time', () => {
    const iam5 = acknowledgements(herald.app).filter((ack) => ack.id.startsWith('AwsSolutions-IAM5'));

    expect(iam5.length).toBeGreaterThan(0);
    for (const ack of iam5) expect(ack.id).toMatch(/^AwsSolutions-IAM5\[(Action|Resource)::.+\]$/);
  });

  it('the app with both packs registered synthesizes (a finding would fail synthesis)', () => {
    const checked = createHeraldApp({ nagChecks: true });

    expect(() => checked.app.synth()).not.toThrow();
  });
});
