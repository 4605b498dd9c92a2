// Journeys on Step Functions, as synthesized: Standard state machines whose definitions pass asl-validator,
// every Task with Retry and Catch, logging and tracing on, the timings from the config, and least-privilege
// grants to start and stop executions.
import { describe, expect, it } from 'vitest';
import {
  allowing,
  arnOf,
  asArray,
  aslValidator,
  defined,
  definitionOf,
  environmentOf,
  type Resource,
  ref,
  synthHerald,
} from './support.ts';

const herald = synthHerald();
const machines = herald.resources('AWS::StepFunctions::StateMachine');
// Card activation's machine; every journey's machine is checked where the test says so.
const [machineId, machine] =
  Object.entries(machines).find(([, m]) => m.Properties.StateMachineName === 'herald-dev-card-activation') ??
  [];
const definition = definitionOf(machine as Resource);
const tasks = Object.entries(definition.States).filter(([, s]) => s.Type === 'Task');

describe('journey state machines', () => {
  it('is one Standard state machine per journey, card activation among them', () => {
    expect(machine?.Properties).toMatchObject({ StateMachineType: 'STANDARD' });
    const names = Object.values(machines).map((m) => m.Properties.StateMachineName);
    expect(names).toEqual(
      expect.arrayContaining([
        'herald-dev-card-activation',
        'herald-dev-kyc',
        'herald-dev-onboarding',
        'herald-dev-payment-due',
        'herald-dev-win-back',
        'herald-dev-survey',
        'herald-dev-fraud-reply',
      ]),
    );
    for (const m of Object.values(machines)) expect(m.Properties.StateMachineType).toBe('STANDARD');
  });

  it.each(Object.values(machines).map((m) => [m.Properties.StateMachineName, m] as const))(
    '%s passes asl-validator',
    (_name, m) => {
      const result = aslValidator(definitionOf(m as Resource), { checkArn: true, checkPaths: true });
      expect(result.errorsText()).toBe('');
      expect(result.isValid).toBe(true);
    },
  );

  it('gives every Task a Retry and a Catch, and a timeout; waits for no callback', () => {
    expect(tasks.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Welcome',
        'Reminder1',
        'Reminder2',
        'Reminder3',
        'Offers',
        'Nudge',
        'Incentive',
      ]),
    );
    for (const [name, task] of tasks) {
      expect(asArray(task.Retry as unknown[]).length, name).toBeGreaterThan(0);
      expect(task.Catch, name).toEqual([
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'StepFailed' },
      ]);
      expect(task.TimeoutSeconds, name).toBe(30);
      expect(String(task.Resource), name).not.toMatch(/waitForTaskToken|\.sync/);
      expect(task.Resource, name).toBe(
        `arn:aws:lambda:eu-west-1:123456789012:function:${herald.functionLogicalId('journey-step')}`,
      );
    }
    expect(definition.TimeoutSeconds).toBe((2 + 30 + 1) * 86_400); // the longest phase, plus a day
  });

  it('logs every state (without execution data) and traces with X-Ray', () => {
    expect(machine?.Properties.TracingConfiguration).toEqual({ Enabled: true });
    expect(machine?.Properties.LoggingConfiguration).toMatchObject({
      Level: 'ALL',
      IncludeExecutionData: false,
    });
  });

  it('waits as the config says: reminders on days 2, 5 and 10; the nudge 30 days after activation', () => {
    const waits = Object.fromEntries(
      Object.entries(definition.States)
        .filter(([, s]) => s.Type === 'Wait')
        .map(([name, s]) => [name, Number(s.Seconds) / 86_400]),
    );
    expect(waits).toEqual({
      WaitForReminder1: 2,
      WaitForReminder2: 3,
      WaitForReminder3: 5,
      WaitForNudge: 30,
      WaitForIncentive: 2,
    });
    const custom = synthHerald({
      overrides: { cardActivation: { reminderDays: [1, 3], spendWindowDays: 14 } },
    });
    const customDefinition = definitionOf(
      Object.values(custom.resources('AWS::StepFunctions::StateMachine'))[0] as Resource,
    );
    const customWaits = Object.entries(customDefinition.States)
      .filter(([, s]) => s.Type === 'Wait')
      .map(([name, s]) => `${name} ${Number(s.Seconds) / 86_400}`);
    expect(customWaits.sort()).toEqual([
      'WaitForIncentive 2',
      'WaitForNudge 14',
      'WaitForReminder1 1',
      'WaitForReminder2 2',
    ]);
  });

  it('refuses timings that make no sense, naming the field', () => {
    expect(() => synthHerald({ overrides: { cardActivation: { reminderDays: [5, 2] } } })).toThrow(
      /cardActivation.*reminderDays\[1\]: must be after the one before/,
    );
  });

  it('lets only the journeys function start and stop its executions, and nothing else', () => {
    const statements = herald.statementsOf('journeys');
    // Every journey's machine (it stops them all on erasure), and nothing else.
    const starts = allowing(statements, 'states:StartExecution').map((s) => s.Resource);
    expect(starts).toContainEqual(ref(machineId as string));
    for (const resource of starts) expect(Object.keys(machines)).toContain((resource as { Ref: string }).Ref);
    const stop = allowing(statements, 'states:StopExecution');
    expect(JSON.stringify(stop.map((s) => s.Resource))).toContain(':execution:herald-dev-card-activation:*');
    for (const s of stop) expect(JSON.stringify(s.Resource)).toMatch(/:execution:herald-dev-[a-z-]+:\*/);
    for (const name of ['journey-step', 'transaction-alerts', 'render', 'profile']) {
      expect(allowing(herald.statementsOf(name), 'states:StartExecution'), name).toEqual([]);
    }
    expect(
      environmentOf(herald.resources('AWS::Lambda::Function')[herald.functionLogicalId('journeys')]),
    ).toMatchObject({
      CARD_ACTIVATION_STATE_MACHINE_ARN: ref(machineId as string),
    });
  });

  it('lets the state machine invoke only the journey-step function', () => {
    const roleId = (defined(machine, 'state machine').Properties.RoleArn as { 'Fn::GetAtt': [string] })[
      'Fn::GetAtt'
    ][0];
    const statements = Object.values(herald.resources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"Ref":"${roleId}"`))
      .flatMap(
        (p) =>
          (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] })
            .Statement,
      );
    const invoke = statements.filter((s) => asArray(s.Action).includes('lambda:InvokeFunction'));
    const step = herald.functionLogicalId('journey-step');
    expect(invoke.flatMap((s) => asArray(s.Resource as unknown[]))).toEqual([
      arnOf(step),
      { 'Fn::Join': ['', [arnOf(step), ':*']] },
    ]);
  });

  it('routes Card.Issued and Card.Activated, and only card debits with a card, to the journeys function', () => {
    const rules = Object.values(herald.resources('AWS::Events::Rule'));
    const journeys = herald.functionLogicalId('journeys');
    const targeting = rules.filter((r) => JSON.stringify(r.Properties.Targets).includes(`"${journeys}"`));
    expect(targeting.map((r) => r.Properties.EventPattern)).toEqual(
      expect.arrayContaining([
        { source: ['bank.core'], 'detail-type': ['Card.Issued', 'Card.Activated'] },
        {
          source: ['bank.core'],
          'detail-type': ['Transaction.Posted'],
          detail: { channel: ['card'], direction: ['debit'], cardLast4: [{ exists: true }] },
        },
        { source: ['bank.core'], 'detail-type': ['Customer.ErasureRequested'] },
      ]),
    );
    // Card.Activated and card spend reach no other function but account-notices' own events.
    for (const rule of targeting) {
      const types = (rule.Properties.EventPattern as { 'detail-type': string[] })['detail-type'];
      expect(types.every((t) => !t.startsWith('Balance.'))).toBe(true);
    }
  });
});
