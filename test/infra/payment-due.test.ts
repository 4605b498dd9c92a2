// The KYC, onboarding and payment-due journeys as synthesized: one Standard state machine each, from the
// config's timings; the payment-due Waits wait for instants of the execution input; the rules route their
// events to the journeys function, which may start and stop their executions and knows their timings.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allowing, environmentOf, type Resource, ref, synthHerald } from './support.ts';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator') as (
  definition: unknown,
  options?: { checkArn?: boolean; checkPaths?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

type State = Record<string, unknown> & { Type: string };
interface Definition {
  TimeoutSeconds?: number;
  States: Record<string, State>;
}

function definitionOf(machine: Resource): Definition {
  const body = machine.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] };
  const text = body['Fn::Join'][1]
    .map((part) =>
      typeof part === 'string'
        ? part
        : `arn:aws:lambda:eu-west-1:123456789012:function:${(part as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]}`,
    )
    .join('');
  return JSON.parse(text) as Definition;
}

const machinesOf = (herald: ReturnType<typeof synthHerald>) =>
  Object.entries(herald.resources('AWS::StepFunctions::StateMachine'));
const machineNamed = (herald: ReturnType<typeof synthHerald>, name: string) => {
  const found = machinesOf(herald).find(([, m]) => m.Properties.StateMachineName === name);
  if (!found) throw new Error(`no state machine ${name}`);
  return { id: found[0], definition: definitionOf(found[1]) };
};
const waits = (definition: Definition) =>
  Object.fromEntries(
    Object.entries(definition.States)
      .filter(([, s]) => s.Type === 'Wait')
      .map(([name, s]) => [name, s.TimestampPath ?? Number(s.Seconds) / 86_400]),
  );

const herald = synthHerald();
const kyc = machineNamed(herald, 'herald-dev-kyc');
const onboarding = machineNamed(herald, 'herald-dev-onboarding');
const paymentDue = machineNamed(herald, 'herald-dev-payment-due');

describe('KYC, onboarding and payment-due state machines', () => {
  it('pass asl-validator', () => {
    for (const { definition } of [kyc, onboarding, paymentDue])
      expect(aslValidator(definition, { checkArn: true, checkPaths: true }).errorsText()).toBe('');
  });

  it('wait the configured days: KYC 1, 3, 7; onboarding 1 and 4 in every segment', () => {
    expect(waits(kyc.definition)).toEqual({ WaitForReminder1: 1, WaitForReminder2: 2, WaitForReminder3: 4 });
    expect(waits(onboarding.definition)).toEqual({
      WaitForExpenseTracking: 1,
      WaitForInvoices: 3,
      WaitForBudgeting: 1,
      WaitForRoundUps: 3,
      WaitForAppBasics: 1,
      WaitForSavingsGoals: 3,
    });
    const custom = synthHerald({ overrides: { kyc: { reminderDays: [2, 9] } } });
    expect(waits(machineNamed(custom, 'herald-dev-kyc').definition)).toEqual({
      WaitForReminder1: 2,
      WaitForReminder2: 7,
    });
  });

  it('payment-due waits until the instants the execution input carries, and its timeout allows for them', () => {
    expect(waits(paymentDue.definition)).toEqual({
      WaitForBefore3: '$.at.before3',
      WaitForDueDate: '$.at.dueDate',
    });
    // 91 days to the first reminder at most, 3 more to the due date, one day of slack.
    expect(paymentDue.definition.TimeoutSeconds).toBe((91 + 3 + 1) * 86_400);
  });

  it('refuses timings that make no sense, naming the field', () => {
    expect(() => synthHerald({ overrides: { paymentDue: { daysBefore: [3, 7] } } })).toThrow(
      /paymentDue.*daysBefore\[1\]: must be fewer days than the one before/,
    );
    expect(() => synthHerald({ overrides: { onboarding: { lessonDays: [1] } } })).toThrow(
      /onboarding.*lessonDays: must list 2 days/,
    );
  });

  it('routes sign-up, KYC steps, Payment.Due and Payment.Completed to the journeys function', () => {
    const journeys = herald.functionLogicalId('journeys');
    const routed = Object.values(herald.resources('AWS::Events::Rule'))
      .filter((rule) => JSON.stringify(rule.Properties.Targets).includes(`"${journeys}"`))
      .flatMap((rule) => (rule.Properties.EventPattern as { 'detail-type': string[] })['detail-type']);
    expect(routed).toEqual(
      expect.arrayContaining([
        'Customer.SignedUp',
        'Kyc.StepCompleted',
        'Kyc.Completed',
        'Payment.Due',
        'Payment.Completed',
      ]),
    );
  });

  it('lets the journeys function start each of them, and gives it their ARNs and the payment-due timings', () => {
    const statements = herald.statementsOf('journeys');
    const startable = allowing(statements, 'states:StartExecution').map((s) => JSON.stringify(s.Resource));
    for (const { id } of [kyc, onboarding, paymentDue]) expect(startable).toContain(JSON.stringify(ref(id)));
    const env = environmentOf(
      herald.resources('AWS::Lambda::Function')[herald.functionLogicalId('journeys')],
    );
    expect(env.KYC_STATE_MACHINE_ARN).toEqual(ref(kyc.id));
    expect(env.ONBOARDING_STATE_MACHINE_ARN).toEqual(ref(onboarding.id));
    expect(env.PAYMENT_DUE_STATE_MACHINE_ARN).toEqual(ref(paymentDue.id));
    expect(JSON.parse(String(env.PAYMENT_DUE_SETTINGS))).toEqual({
      daysBefore: [3],
      localTime: '09:00',
      maxDaysAhead: 90,
    });
  });
});
