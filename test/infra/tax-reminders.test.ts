// Tax-date reminders in the stacks: the DueQueue, the two functions, the rule, the defer function's target,
// the scheduler role's grant, the configured local time, and what each bundle carries.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HeraldConfigError, loadConfig } from '../../infra/config.ts';
import { bundleFunction } from '../../infra/constructs/bundling.ts';
import { queueVisibilityTimeout, SENDER_TIMEOUT } from '../../infra/constructs/herald-function.ts';
import { allowing, arnOf, asArray, environmentOf, ref, type Statement, synthHerald } from './support.ts';

const herald = synthHerald();
const { stateful } = herald;
const ids = {
  key: herald.logicalId(stateful.key),
  dlq: herald.logicalId(stateful.deadLetterQueue),
  jobDlq: herald.logicalId(stateful.jobDeadLetterQueue),
  dueQueue: herald.logicalId(stateful.dueQueue),
  deferQueue: herald.logicalId(stateful.deferQueue),
  renderQueue: herald.logicalId(stateful.renderQueue),
  table: herald.logicalId(stateful.table),
};
const functions = herald.resources('AWS::Lambda::Function');
const envOf = (name: string, h = herald) =>
  h.resolveImport(environmentOf(h.resources('AWS::Lambda::Function')[h.functionLogicalId(name)])) as Record<
    string,
    unknown
  >;
const resourcesOf = (granted: Statement[]) =>
  granted.flatMap((statement) => asArray(statement.Resource).map((r) => herald.resolveImport(r)));

describe('DueQueue', () => {
  const queue = herald.resources('AWS::SQS::Queue', 'stateful')[ids.dueQueue];

  it("is encrypted with Herald's key and redrives to the job DLQ after 5 receives", () => {
    expect(queue?.Properties).toMatchObject({
      KmsMasterKeyId: arnOf(ids.key),
      RedrivePolicy: { deadLetterTargetArn: arnOf(ids.jobDlq), maxReceiveCount: 5 },
      VisibilityTimeout: queueVisibilityTimeout(SENDER_TIMEOUT).toSeconds(),
    });
  });

  it('is read by tax-reminders-due with partial batch responses, and hides a message for 6 × its timeout', () => {
    const mappings = Object.values(herald.resources('AWS::Lambda::EventSourceMapping')).filter(
      (m) =>
        JSON.stringify(herald.resolveImport(m.Properties.EventSourceArn)) ===
        JSON.stringify(arnOf(ids.dueQueue)),
    );
    expect(mappings).toHaveLength(1);
    expect(mappings[0]?.Properties).toMatchObject({
      FunctionName: ref(herald.functionLogicalId('tax-reminders-due')),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const timeout = functions[herald.functionLogicalId('tax-reminders-due')]?.Properties.Timeout as number;
    expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('the scheduler role may send to it, and the defer function knows it as the `due` target', () => {
    const roleId = Object.keys(herald.resources('AWS::IAM::Role')).find((id) =>
      id.startsWith('SchedulerRole'),
    );
    const statements = Object.values(herald.resources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"Ref":"${roleId}"`))
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(resourcesOf(allowing(statements, 'sqs:SendMessage'))).toContainEqual(arnOf(ids.dueQueue));
    expect(envOf('defer').DUE_QUEUE_ARN).toEqual(arnOf(ids.dueQueue));
  });

  it('no function may send to it: only the schedules put wake-ups there', () => {
    for (const name of Object.keys(herald.stateless.functions)) {
      expect(resourcesOf(allowing(herald.statementsOf(name), 'sqs:SendMessage'))).not.toContainEqual(
        arnOf(ids.dueQueue),
      );
    }
  });
});

describe('tax-reminders (TaxReminder.Set)', () => {
  it('is the target of the TaxReminderSet rule, for TaxReminder.Set only', () => {
    const rule = herald.stateless.rules.rules.get('TaxReminderSet');
    const properties =
      herald.resources('AWS::Events::Rule')[herald.logicalId(rule ?? herald.stateless)]?.Properties;
    expect(properties?.EventPattern).toEqual({
      source: herald.config.allowedSources,
      'detail-type': ['TaxReminder.Set'],
    });
    expect(properties?.Targets).toEqual([
      expect.objectContaining({ Arn: arnOf(herald.functionLogicalId('tax-reminders')) }),
    ]);
  });

  it('gets the table, the defer queue and the local time (default 09:00), and no render queue', () => {
    expect(envOf('tax-reminders')).toMatchObject({
      TABLE_NAME: ref(ids.table),
      DEFER_QUEUE_URL: ref(ids.deferQueue),
      DLQ_URL: ref(ids.dlq),
      TAX_REMINDER_LOCAL_TIME: '09:00',
    });
    expect(envOf('tax-reminders')).not.toHaveProperty('RENDER_QUEUE_URL');
  });

  it('takes the local time from the configuration', () => {
    const other = synthHerald({ overrides: { taxReminderLocalTime: '07:30' } });
    expect(envOf('tax-reminders', other).TAX_REMINDER_LOCAL_TIME).toBe('07:30');
  });

  it.each(['9:00', '24:00', '09:60', 'morning'])(
    'refuses taxReminderLocalTime %j, naming the field',
    (value) => {
      expect(() => loadConfig('dev', { taxReminderLocalTime: value })).toThrow(HeraldConfigError);
      expect(() => loadConfig('dev', { taxReminderLocalTime: value })).toThrow(
        /taxReminderLocalTime: must be HH:MM/,
      );
    },
  );
});

describe('tax-reminders-due (DueQueue)', () => {
  it('decides like every trigger: the table, the render queue and the policy', () => {
    expect(envOf('tax-reminders-due')).toMatchObject({
      TABLE_NAME: ref(ids.table),
      RENDER_QUEUE_URL: ref(ids.renderQueue),
      QUIET_HOURS_DEFAULT: expect.any(String),
      MARKETING_CAP: expect.any(String),
      TRANSACTIONAL_DEFAULT: expect.any(String),
    });
  });
});

describe('bundles', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'herald-tax-bundles-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const bundle = async (name: string) => {
    const outfile = join(outDir, `${name}.mjs`);
    await bundleFunction(join(ROOT, 'functions', name, 'handler.ts'), outfile);
    return { code: readFileSync(outfile, 'utf8') };
  };

  it.each([
    ['tax-reminders', ['DynamoDB', 'SQS'], 'Scheduler'],
    ['tax-reminders-due', ['DynamoDB', 'SQS'], 'Scheduler'],
    // defer marks a job it gives up on in the message ledger (DynamoDB), and puts nothing on a queue itself.
    ['defer', ['Scheduler', 'DynamoDB'], 'SQS'],
  ])('%s carries the clients %j and not %s', async (name, clients, absent) => {
    const { code } = await bundle(name);
    for (const client of clients) expect(code).toContain(`${client}Client`);
    expect(code).not.toContain(`${absent}Client`);
  });
});
