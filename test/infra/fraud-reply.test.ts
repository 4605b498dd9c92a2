// The fraud reply loop as synthesized: a Standard state machine whose waits are `.waitForTaskToken` Tasks,
// each with a timeout from the case's deadlines; outcome events put on the Herald bus only; least-privilege
// grants to start executions, resume Tasks and check reply links; the link endpoint and the inbound topic.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allowing, asArray, defined, environmentOf, type Resource, synthHerald } from './support.ts';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator') as (
  definition: unknown,
  options?: { checkArn?: boolean; checkPaths?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

type State = Record<string, unknown> & { Type: string };

const herald = synthHerald();
const [machineId, machine] = defined(
  Object.entries(herald.resources('AWS::StepFunctions::StateMachine')).find(
    ([, m]) => m.Properties.StateMachineName === 'herald-dev-fraud-reply',
  ),
  'fraud reply state machine',
);
/** The definition, each `Fn::GetAtt` / `Ref` made a literal ARN or name. */
const definition = JSON.parse(
  (machine.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
    .map((part) =>
      typeof part === 'string'
        ? part
        : 'Fn::GetAtt' in (part as object)
          ? `arn:aws:lambda:eu-west-1:123456789012:function:${(part as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]}`
          : (part as { Ref?: string }).Ref === 'AWS::Partition'
            ? 'aws'
            : 'herald-dev',
    )
    .join(''),
) as { StartAt: string; TimeoutSeconds: number; States: Record<string, State> };

describe('fraud reply state machine', () => {
  it('is Standard, traced, logged without execution data, and passes asl-validator', () => {
    expect(machine.Properties).toMatchObject({
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
    const result = aslValidator(definition, { checkArn: false, checkPaths: true });
    expect(result.errorsText()).toBe('');
  });

  it('waits for the answer with .waitForTaskToken, the token in the payload, a timeout from the case', () => {
    for (const [name, secondsPath] of [
      ['AwaitReply', '$.plan.seconds'],
      ['AwaitEscalated', '$.escalation.seconds'],
    ] as const) {
      const state = defined(definition.States[name], name);
      expect(state.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
      expect(state.TimeoutSecondsPath).toBe(secondsPath);
      expect(state.Parameters).toMatchObject({
        FunctionName: `arn:aws:lambda:eu-west-1:123456789012:function:${herald.functionLogicalId('fraud-reply-wait')}`,
        Payload: { 'taskToken.$': '$$.Task.Token', 'customerId.$': '$.customerId', 'caseId.$': '$.caseId' },
      });
      // A timed-out wait is caught before States.ALL, and is not retried (Retry names States.TaskFailed only).
      expect(asArray(state.Catch as { ErrorEquals: string[] }[])[0]?.ErrorEquals).toEqual(['States.Timeout']);
      for (const retry of asArray(state.Retry as { ErrorEquals: string[] }[]))
        expect(retry.ErrorEquals).not.toEqual(expect.arrayContaining(['States.ALL']));
      expect(JSON.stringify(state.Retry)).not.toContain('States.Timeout');
    }
    expect(definition.States.AwaitReply?.Catch).toContainEqual(
      expect.objectContaining({ ErrorEquals: ['States.Timeout'], Next: 'Escalate' }),
    );
    expect(definition.States.AwaitEscalated?.Catch).toContainEqual(
      expect.objectContaining({ ErrorEquals: ['States.Timeout'], Next: 'Conclude' }),
    );
  });

  it('gives every Task a timeout, a Retry and a Catch; times the execution out after the windows and a day', () => {
    for (const [name, state] of Object.entries(definition.States).filter(([, s]) => s.Type === 'Task')) {
      expect(state.TimeoutSeconds ?? state.TimeoutSecondsPath, name).toBeDefined();
      expect(asArray(state.Retry as unknown[]).length, name).toBeGreaterThan(0);
      expect(asArray(state.Catch as unknown[]).length, name).toBeGreaterThan(0);
    }
    expect(definition.TimeoutSeconds).toBe((30 + 15) * 60 + 86_400);
  });

  it('puts the outcome events on the Herald bus, and may put them nowhere else', () => {
    expect(definition.States.Emit).toMatchObject({
      Resource: 'arn:aws:states:::events:putEvents',
      Parameters: { 'Entries.$': '$.conclusion.entries' },
    });
    const roleId = (machine.Properties.RoleArn as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const statements = Object.values(herald.resources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"Ref":"${roleId}"`))
      .flatMap(
        (p) =>
          (p.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement,
      );
    const put = statements.filter((s) => asArray(s.Action as string[]).includes('events:PutEvents'));
    expect(put).toHaveLength(1);
    expect(JSON.stringify(herald.resolveImport(put[0]?.Resource))).toContain('EventBus');
    expect(
      environmentOf(herald.resources('AWS::Lambda::Function')[herald.functionLogicalId('fraud-reply-step')]),
    ).toMatchObject({
      FRAUD_DEFAULT_ON_NO_ANSWER: 'hold',
    });
  });

  it('takes defaultOnNoAnswer and the escalation window from the config', () => {
    const custom = synthHerald({
      overrides: { fraud: { defaultOnNoAnswer: 'no_hold', escalationWindowMinutes: 5 } },
    });
    const step = custom.resources('AWS::Lambda::Function')[custom.functionLogicalId('fraud-reply-step')];
    expect(environmentOf(step).FRAUD_DEFAULT_ON_NO_ANSWER).toBe('no_hold');
    const events = custom.resources('AWS::Lambda::Function')[custom.functionLogicalId('fraud-reply-events')];
    expect(environmentOf(events).FRAUD_ESCALATION_WINDOW_MINUTES).toBe('5');
  });
});

describe('fraud reply grants', () => {
  const machineArn = { Ref: machineId };
  const nameArn = (s: { Resource?: unknown }) => JSON.stringify(s.Resource);

  it('fraud-reply-events starts executions of this state machine and resumes its Tasks; nothing else of Step Functions', () => {
    const statements = herald.statementsOf('fraud-reply-events');
    expect(allowing(statements, 'states:StartExecution').map((s) => s.Resource)).toEqual([machineArn]);
    expect(nameArn(allowing(statements, 'states:SendTaskSuccess')[0] ?? {})).toContain(
      ':stateMachine:herald-dev-fraud-reply',
    );
    expect(allowing(statements, 'states:StopExecution')).toEqual([]);
  });

  it('the link endpoint verifies MACs with the reply-link key only (never makes them), and is a public function URL', () => {
    const statements = herald.statementsOf('fraud-reply-link');
    const verify = allowing(statements, 'kms:VerifyMac');
    expect(verify).toHaveLength(1);
    expect(JSON.stringify(herald.resolveImport(verify[0]?.Resource))).toContain('ReplyLinkKey');
    expect(allowing(statements, 'kms:GenerateMac')).toEqual([]);
    const target = { 'Fn::GetAtt': [herald.functionLogicalId('fraud-reply-link'), 'Arn'] };
    const urls = Object.values(herald.resources('AWS::Lambda::Url')).filter(
      (u) => JSON.stringify(u.Properties.TargetFunctionArn) === JSON.stringify(target),
    );
    expect(urls).toHaveLength(1);
    expect(urls[0]?.Properties).toMatchObject({ AuthType: 'NONE', TargetFunctionArn: target });
  });

  it('inbound SMS and WhatsApp replies arrive on an encrypted topic only End User Messaging may publish to', () => {
    const topics = Object.entries(herald.resources('AWS::SNS::Topic')).filter(([, t]) =>
      String(t.Properties.DisplayName).includes('inbound'),
    );
    expect(topics).toHaveLength(1);
    const [topicId, topic] = defined(topics[0], 'inbound topic');
    expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    const policies = Object.values(herald.resources('AWS::SNS::TopicPolicy'))
      .filter((p) => JSON.stringify(p.Properties.Topics) === JSON.stringify([{ Ref: topicId }]))
      .flatMap(
        (p: Resource) =>
          (
            p.Properties.PolicyDocument as {
              Statement: { Effect: string; Principal?: unknown; Action: unknown }[];
            }
          ).Statement,
      );
    const publishers = policies
      .filter((s) => s.Effect === 'Allow' && asArray(s.Action as string[]).includes('sns:Publish'))
      .map((s) => (s.Principal as { Service?: string }).Service);
    expect(publishers.sort()).toEqual(['sms-voice.amazonaws.com', 'social-messaging.amazonaws.com']);
    const subscriptions = Object.values(herald.resources('AWS::SNS::Subscription'));
    expect(subscriptions).toContainEqual(
      expect.objectContaining({
        Properties: expect.objectContaining({
          Protocol: 'lambda',
          Endpoint: { 'Fn::GetAtt': [herald.functionLogicalId('fraud-reply-inbound'), 'Arn'] },
          RedrivePolicy: expect.anything(),
        }),
      }),
    );
  });

  it('the stack outputs, under fixed names, the link endpoint URL and the inbound topic ARN (README: Deploy)', () => {
    const outputs = herald.statelessTemplate.toJSON().Outputs as Record<string, { Value: unknown }>;
    const [urlId] = defined(
      Object.entries(herald.resources('AWS::Lambda::Url')).find(([, u]) =>
        JSON.stringify(u.Properties.TargetFunctionArn).includes(herald.functionLogicalId('fraud-reply-link')),
      ),
      'function URL',
    );
    const [topicId] = defined(
      Object.entries(herald.resources('AWS::SNS::Topic')).find(([, t]) =>
        String(t.Properties.DisplayName).includes('inbound'),
      ),
      'inbound topic',
    );

    expect(outputs.FraudReplyLinkEndpoint?.Value).toEqual({ 'Fn::GetAtt': [urlId, 'FunctionUrl'] });
    expect(outputs.FraudInboundRepliesTopicArn?.Value).toEqual({ Ref: topicId });
  });

  it('routes Customer.Replied, and Fraud.Suspected at or above the risk threshold, to fraud-reply-events', () => {
    const target = { 'Fn::GetAtt': [herald.functionLogicalId('fraud-reply-events'), 'Arn'] };
    const rules = Object.values(herald.resources('AWS::Events::Rule')).filter((r) =>
      JSON.stringify(r.Properties.Targets).includes(JSON.stringify(target)),
    );
    const patterns = rules.map(
      (r) => r.Properties.EventPattern as { 'detail-type': string[]; detail?: unknown },
    );
    expect(patterns.map((p) => p['detail-type']).sort()).toEqual([['Customer.Replied'], ['Fraud.Suspected']]);
    expect(patterns.find((p) => p['detail-type'][0] === 'Fraud.Suspected')?.detail).toEqual({
      riskScore: [{ numeric: ['>=', 0] }],
    });
  });
});
