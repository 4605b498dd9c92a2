// Journeys on Step Functions: one Standard state machine per journey, built from the journey's definition
// (shared/domain/journeys/*.ts), with every step a Task of the journey-step function.
//
// Each phase of a journey is one execution (started by the journeys function, by a deterministic name).
// Its steps run in order; before each, a Wait for the step's delay; after each, a Choice: the step answers
// `continue` or `exit` (its goal was reached, the customer was erased), and `exit` ends the execution. The
// state machine itself stores nothing: the journey's state is its DynamoDB item, which the steps read and
// claim atomically. No step waits for a callback (no .waitForTaskToken): a goal event is recorded in the
// table and, where it matters at once, ends the waiting execution with StopExecution.
import { ArnFormat, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  type IChainable,
  type INextable,
  JitterType,
  JsonPath,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { JourneyDefinition, JourneyStep } from '../../shared/domain/journeys/journey.ts';
import { type HeraldConfig, logRetention } from '../config.ts';
import { cfnOf, type HeraldFunction } from './herald-function.ts';

/** How long one step may run (it reads, claims and queues; well under a minute). */
export const STEP_TIMEOUT = Duration.seconds(30);
/** Retries of a failed step: 2 s, 4 s, 8 s (with full jitter), then the execution fails (StepFailed). */
export const STEP_RETRY = { maxAttempts: 3, interval: Duration.seconds(2), backoffRate: 2 } as const;
/** Slack on top of a phase's waits before Step Functions times the execution out. */
const EXECUTION_SLACK = Duration.days(1);

/** `reminder-1` → `Reminder1`: state names from step names. */
const stateName = (step: string) =>
  step.replace(/(^|[-_])([a-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());

export interface HeraldJourneyProps {
  readonly config: HeraldConfig;
  readonly definition: JourneyDefinition;
  /** The journey-step function: the Task of every step. */
  readonly step: HeraldFunction;
  /** Herald's customer-managed key, for the state machine's log group. */
  readonly encryptionKey: IKey;
}

/** One journey's state machine (Standard), its log group and its grants. */
export class HeraldJourney extends Construct {
  readonly stateMachine: StateMachine;
  readonly stateMachineName: string;
  readonly definition: JourneyDefinition;

  constructor(scope: Construct, id: string, props: HeraldJourneyProps) {
    super(scope, id);
    const { config, definition, step } = props;
    this.definition = definition;

    const done = new Succeed(this, 'Done', {
      comment: 'The phase ended: its last step, or its goal reached',
    });
    const failed = new Fail(this, 'StepFailed', {
      error: 'JourneyStepFailed',
      comment: 'A step failed after its retries; the execution fails and the state machine alarm fires',
    });
    const phases = new Choice(this, 'Phase', { comment: 'Each phase is one execution: input.phase' });

    for (const phase of definition.phases) {
      // Built from the last step back: each step's Choice needs the state that follows it.
      let next: IChainable = done;
      for (const [index, spec] of [...phase.steps.entries()].reverse()) {
        const task = this.stepTask(spec, phase.name, step);
        const last = index === phase.steps.length - 1;
        // A step that may postpone itself (`postponeUpToSeconds`) answers `wait` with an instant: the
        // execution waits until then and runs the step again.
        const postponable = (choice: Choice) =>
          spec.postponeUpToSeconds
            ? choice.when(
                Condition.stringEquals('$.result.outcome', 'wait'),
                new Wait(this, `Postpone${stateName(spec.step)}`, {
                  time: WaitTime.timestampPath('$.result.until'),
                }).next(task),
              )
            : choice;
        task.next(
          last && !spec.postponeUpToSeconds
            ? done
            : postponable(new Choice(this, `After${stateName(spec.step)}`))
                .when(Condition.stringEquals('$.result.outcome', 'continue'), next)
                .otherwise(done),
        );
        // A step that waits for an instant of the input (`waitUntil`) waits until then; a past instant
        // ends the wait at once, as Step Functions does.
        next =
          spec.waitUntil !== undefined
            ? new Wait(this, `WaitFor${stateName(spec.step)}`, {
                time: WaitTime.timestampPath(`$.at.${spec.waitUntil}`),
              }).next(task)
            : spec.waitSeconds > 0
              ? new Wait(this, `WaitFor${stateName(spec.step)}`, {
                  time: WaitTime.duration(Duration.seconds(spec.waitSeconds)),
                }).next(task)
              : task;
        task.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });
      }
      phases.when(Condition.stringEquals('$.phase', phase.name), next);
    }
    phases.otherwise(failed);

    const longestPhase = Math.max(
      ...definition.phases.map((p) =>
        p.steps.reduce((sum, s) => sum + s.waitSeconds + (s.postponeUpToSeconds ?? 0), 0),
      ),
    );
    const logGroup = new LogGroup(this, 'Logs', {
      retention: logRetention(config),
      encryptionKey: props.encryptionKey,
    });
    this.stateMachineName = `herald-${config.envName}-${definition.name.replace(/_/g, '-')}`;
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: this.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(phases),
      timeout: Duration.seconds(longestPhase).plus(EXECUTION_SLACK),
      tracingEnabled: true,
      // Every state's events, without the execution data: inputs and outputs name customers.
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: false },
      comment: `Herald ${config.envName}: the ${definition.name} journey`,
    });
    Validations.of(cfnOf(this.stateMachine.role.node.findChild('DefaultPolicy'))).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'CDK adds the log delivery actions (logs:CreateLogDelivery and the like, which have no resource-level ' +
          'permissions) and X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords, ' +
          'GetSamplingRules/Targets), which IAM allows only on Resource *.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(cfnOf(step.fn) as never)}.Arn>:*]`,
        reason:
          "CDK's grant to invoke the journey-step function also covers its versions and aliases (<Arn>:*); " +
          'only that one function.',
      },
    );
  }

  /** The Task of one step: the journey-step function with the step as its input, its answer at $.result. */
  private stepTask(spec: JourneyStep, phase: string, step: HeraldFunction): LambdaInvoke & INextable {
    const task = new LambdaInvoke(this, stateName(spec.step), {
      lambdaFunction: step.fn,
      // The function's answer itself ({ outcome, reason }), not Lambda's Invoke response around it.
      payloadResponseOnly: true,
      payload: TaskInput.fromObject({
        journey: JsonPath.stringAt('$.journey'),
        customerId: JsonPath.stringAt('$.customerId'),
        key: JsonPath.stringAt('$.key'),
        // The bank event that started the execution: the step's records and log lines carry it.
        eventId: JsonPath.stringAt('$.eventId'),
        phase,
        step: spec.step,
        type: spec.type,
        waitSeconds: spec.waitSeconds,
        ...(spec.params ? { params: spec.params } : {}),
      }),
      // A postponing step's answer is kept whole: its `until` is there only with `wait`.
      ...(spec.postponeUpToSeconds ? {} : { resultSelector: { 'outcome.$': '$.outcome' } }),
      resultPath: '$.result',
      taskTimeout: Timeout.duration(STEP_TIMEOUT),
      comment: `${spec.type}: sent only while the journey is still in this phase's status`,
    });
    task.addRetry({
      errors: ['States.TaskFailed', 'States.Timeout'],
      maxAttempts: STEP_RETRY.maxAttempts,
      interval: STEP_RETRY.interval,
      backoffRate: STEP_RETRY.backoffRate,
      maxDelay: Duration.minutes(1),
      jitterStrategy: JitterType.FULL,
    });
    return task;
  }

  /**
   * Lets `fn` start this journey's executions and stop them: StartExecution on the state machine,
   * StopExecution on its executions only, and sets `envVar` to the state machine ARN.
   */
  grantStartStop(fn: HeraldFunction, envVar: string): void {
    const stack = Stack.of(this);
    // The name, not a reference: the executions' ARNs are then known here, for the policy below.
    const name = this.stateMachineName;
    const policy = fn.addPolicy(`${this.node.id}Executions`, [
      new PolicyStatement({
        sid: 'StartJourneyExecutions',
        actions: ['states:StartExecution'],
        resources: [this.stateMachine.stateMachineArn],
      }),
      new PolicyStatement({
        sid: 'StopJourneyExecutions',
        actions: ['states:StopExecution'],
        resources: [
          stack.formatArn({
            service: 'states',
            resource: 'execution',
            resourceName: `${name}:*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    ]);
    fn.fn.addEnvironment(envVar, this.stateMachine.stateMachineArn);
    // cdk-nag names the finding after the resource as written, tokens as <Ref>.
    const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    Validations.of(cfnOf(policy)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${region}:${account}:execution:${name}:*]`,
      reason:
        'One execution per journey, customer and phase, named after them, so the names are not known in ' +
        "advance; the wildcard covers only this state machine's executions.",
    });
  }
}
