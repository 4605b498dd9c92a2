// The fraud reply workflow on Step Functions (shared/domain/journeys/fraud-reply.ts): one Standard
// execution per fraud case, started by the fraud-reply-events function with the case's deterministic name.
//
//   Plan ── awaiting ──► AwaitReply (.waitForTaskToken, times out at the alert's deadline)
//     │                    │ answered                  │ States.Timeout
//     │ answered           ▼                           ▼
//     └──────────────► Conclude ◄── answered/gone ── Escalate ── awaiting ──► AwaitEscalated
//                          │   ◄──────────────────────────────────────────── (times out at answerBy)
//                          ▼
//                        Emit (events:putEvents: Card.HoldRequested / Fraud.CustomerReplied) ──► Done
//
// Each wait is a `.waitForTaskToken` Task of the fraud-reply-wait function, which stores the task token on
// the case; whoever records the customer's answer resumes the execution with SendTaskSuccess. Every wait
// has a timeout (TimeoutSecondsPath, computed by the step before it from the case's deadlines), so an
// answer that never comes ends in the escalation, then the bank's default. The state machine stores
// nothing: the answer, the deadlines and the outcome are on the case item, which the steps change only by
// conditional writes.
import { ArnFormat, CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  Choice,
  Condition,
  CustomState,
  DefinitionBody,
  Fail,
  IntegrationPattern,
  JitterType,
  JsonPath,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { FraudReplySettings } from '../../shared/domain/journeys/fraud-reply.ts';
import { type HeraldConfig, logRetention } from '../config.ts';
import { FRAUD_REPLY_OUTPUTS } from '../stack-outputs.ts';
import { cfnOf, type HeraldFunction } from './herald-function.ts';
import { STEP_RETRY, STEP_TIMEOUT } from './journeys.ts';

export interface FraudReplyWorkflowProps {
  readonly config: HeraldConfig;
  readonly settings: FraudReplySettings;
  /** Plan, escalate, conclude: Lambda Tasks. */
  readonly step: HeraldFunction;
  /** The `.waitForTaskToken` Task: stores the token on the case. */
  readonly wait: HeraldFunction;
  readonly eventBus: IEventBus;
  readonly encryptionKey: IKey;
}

const ref = {
  customerId: JsonPath.stringAt('$.customerId'),
  caseId: JsonPath.stringAt('$.caseId'),
  // The Fraud.Suspected eventId: the steps' log lines carry it.
  eventId: JsonPath.stringAt('$.eventId'),
};

export class FraudReplyWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly stateMachineName: string;

  constructor(scope: Construct, id: string, props: FraudReplyWorkflowProps) {
    super(scope, id);
    const { config, settings, step, wait } = props;

    const failed = new Fail(this, 'StepFailed', {
      error: 'FraudReplyStepFailed',
      comment: 'A step failed after its retries; the execution fails and the state machine alarm fires',
    });
    const done = new Succeed(this, 'Done');
    const retry = (task: LambdaInvoke) => {
      task.addRetry({
        errors: ['States.TaskFailed'],
        maxAttempts: STEP_RETRY.maxAttempts,
        interval: STEP_RETRY.interval,
        backoffRate: STEP_RETRY.backoffRate,
        maxDelay: Duration.minutes(1),
        jitterStrategy: JitterType.FULL,
      });
      return task;
    };
    const stepTask = (name: string, action: string, resultPath: string, comment: string) =>
      retry(
        new LambdaInvoke(this, name, {
          lambdaFunction: step.fn,
          payloadResponseOnly: true,
          payload: TaskInput.fromObject({ action, ...ref }),
          resultPath,
          taskTimeout: Timeout.duration(STEP_TIMEOUT),
          comment,
        }),
      );
    const waitTask = (name: string, which: string, secondsPath: string, comment: string) =>
      retry(
        new LambdaInvoke(this, name, {
          lambdaFunction: wait.fn,
          integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
          payload: TaskInput.fromObject({ ...ref, wait: which, taskToken: JsonPath.taskToken }),
          resultPath: '$.reply',
          // The deadline: without an answer by then, the Task fails with States.Timeout (caught below).
          taskTimeout: Timeout.at(secondsPath),
          comment,
        }),
      );

    const plan = stepTask(
      'Plan',
      'plan',
      '$.plan',
      'How long until the deadline; an early answer skips the wait',
    );
    const awaitReply = waitTask(
      'AwaitReply',
      'reply',
      '$.plan.seconds',
      "Waits for the customer's answer until the alert's deadline",
    );
    const escalate = stepTask(
      'Escalate',
      'escalate',
      '$.escalation',
      'No answer by the deadline: one message on the next channel, then a second, shorter wait',
    );
    const awaitEscalated = waitTask(
      'AwaitEscalated',
      'escalated',
      '$.escalation.seconds',
      'Waits for an answer until the escalation window ends',
    );
    const conclude = stepTask(
      'Conclude',
      'conclude',
      '$.conclusion',
      "Acts on the answer or the bank's default: closes the case, tells the customer, returns the events",
    );
    const emit = new CustomState(this, 'Emit', {
      stateJson: {
        Type: 'Task',
        Resource: 'arn:aws:states:::events:putEvents',
        Comment: 'Card.HoldRequested / Fraud.CustomerReplied to the bank, on the Herald bus',
        Parameters: { 'Entries.$': '$.conclusion.entries' },
        ResultPath: null,
        TimeoutSeconds: STEP_TIMEOUT.toSeconds(),
        Retry: [
          {
            ErrorEquals: ['States.ALL'],
            MaxAttempts: STEP_RETRY.maxAttempts,
            IntervalSeconds: STEP_RETRY.interval.toSeconds(),
            BackoffRate: STEP_RETRY.backoffRate,
          },
        ],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'StepFailed' }],
      },
    });

    // The Catch of a timed-out wait comes first: States.ALL would also match it.
    awaitReply.addCatch(escalate, { errors: ['States.Timeout'], resultPath: '$.timedOut' });
    awaitEscalated.addCatch(conclude, { errors: ['States.Timeout'], resultPath: '$.timedOut' });
    for (const task of [plan, awaitReply, escalate, awaitEscalated, conclude])
      task.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });

    conclude.next(
      new Choice(this, 'AnyEvents')
        .when(Condition.isPresent('$.conclusion.entries[0]'), emit.next(done))
        .otherwise(done),
    );
    awaitReply.next(conclude);
    awaitEscalated.next(conclude);
    escalate.next(
      new Choice(this, 'AfterEscalate')
        .when(Condition.stringEquals('$.escalation.status', 'awaiting'), awaitEscalated)
        .otherwise(conclude),
    );
    const start = plan.next(
      new Choice(this, 'AfterPlan')
        .when(Condition.stringEquals('$.plan.status', 'awaiting'), awaitReply)
        .when(Condition.stringEquals('$.plan.status', 'answered'), conclude)
        .otherwise(done),
    );

    const logGroup = new LogGroup(this, 'Logs', {
      retention: logRetention(config),
      encryptionKey: props.encryptionKey,
    });
    this.stateMachineName = `herald-${config.envName}-fraud-reply`;
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: this.stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(start),
      // The windows, and a day's slack for a Fraud.Suspected that arrives late.
      timeout: Duration.minutes(settings.replyWindowMinutes + settings.escalationWindowMinutes).plus(
        Duration.days(1),
      ),
      tracingEnabled: true,
      // Every state's events, without the execution data: inputs and outputs name customers, and the
      // waits' inputs carry task tokens.
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: false },
      comment: `Herald ${config.envName}: the fraud reply loop`,
    });
    // The Emit state puts events on the Herald bus, and only there.
    this.stateMachine.addToRolePolicy(
      new PolicyStatement({
        sid: 'PutOutcomeEventsOnHeraldBus',
        actions: ['events:PutEvents'],
        resources: [props.eventBus.eventBusArn],
      }),
    );
    const stack = Stack.of(this);
    Validations.of(cfnOf(this.stateMachine.role.node.findChild('DefaultPolicy'))).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'CDK adds the log delivery actions (logs:CreateLogDelivery and the like, which have no resource-level ' +
          'permissions) and X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords, ' +
          'GetSamplingRules/Targets), which IAM allows only on Resource *.',
      },
      ...[step, wait].map((fn) => ({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(cfnOf(fn.fn) as never)}.Arn>:*]`,
        reason:
          "CDK's grant to invoke the workflow's functions also covers their versions and aliases (<Arn>:*); " +
          'only those functions.',
      })),
    );
  }

  /** Lets `fn` resume the waiting Tasks (SendTaskSuccess on this state machine's tasks only). */
  grantResume(fn: HeraldFunction): void {
    const stack = Stack.of(this);
    fn.addPolicy(`${this.node.id}Resume`, [
      new PolicyStatement({
        sid: 'ResumeFraudReplyTasks',
        actions: ['states:SendTaskSuccess'],
        // Task-token calls are authorised on the state machine the token belongs to.
        resources: [
          stack.formatArn({
            service: 'states',
            resource: 'stateMachine',
            resourceName: this.stateMachineName,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    ]);
  }

  /** Lets `fn` start executions (its manifest declares FRAUD_REPLY_STATE_MACHINE_ARN). */
  grantStart(fn: HeraldFunction): void {
    fn.addPolicy(`${this.node.id}Start`, [
      new PolicyStatement({
        sid: 'StartFraudReplyExecutions',
        actions: ['states:StartExecution'],
        resources: [this.stateMachine.stateMachineArn],
      }),
    ]);
  }

  /**
   * The YES/NO link endpoint: a public function URL (the links are opened from e-mails and pushes, so no
   * AWS authentication). Its URL is a stack output: the deployment's `fraud.replyBaseUrl` (or
   * `<brand.url>/fraud-reply`) fronts it. The function's manifest grants it KMS VerifyMac on the reply-link
   * key only, and resuming the waiting Tasks.
   */
  exposeLinks(fn: HeraldFunction): void {
    const url = fn.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    // A fixed output name, so that the deploy steps can name it (README: Deploy).
    new CfnOutput(this, 'ReplyLinkEndpoint', {
      value: url.url,
      description: 'The fraud reply link endpoint: fraud.replyBaseUrl points here',
    }).overrideLogicalId(FRAUD_REPLY_OUTPUTS.linkEndpoint);
  }

  /**
   * Inbound SMS and WhatsApp replies: one SNS topic, encrypted with Herald's key, to which End User
   * Messaging SMS (the two-way number's destination) and End User Messaging Social (the WhatsApp business
   * account's event destination) publish; `fn` is subscribed (its manifest grants it resuming the waiting
   * Tasks).
   */
  subscribeInbound(fn: HeraldFunction, key: IKey): Topic {
    const topic = new Topic(this, 'InboundReplies', {
      displayName: 'Herald inbound fraud replies (SMS, WhatsApp)',
      masterKey: key,
      enforceSSL: true,
    });
    const account = Stack.of(this).account;
    for (const service of ['sms-voice.amazonaws.com', 'social-messaging.amazonaws.com']) {
      const principal = new ServicePrincipal(service, {
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      });
      topic.grantPublish(principal);
      key.grant(principal, 'kms:GenerateDataKey*', 'kms:Decrypt');
    }
    // A reply SNS could not hand to the function (after its retries) is kept, not lost.
    const undelivered = new Queue(this, 'InboundRepliesUndelivered', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    topic.addSubscription(new LambdaSubscription(fn.fn, { deadLetterQueue: undelivered }));
    new CfnOutput(this, 'InboundRepliesTopic', {
      value: topic.topicArn,
      description:
        'Inbound SMS and WhatsApp replies: the destination of the End User Messaging two-way SMS number and of the WhatsApp business account events',
    }).overrideLogicalId(FRAUD_REPLY_OUTPUTS.inboundTopicArn);
    const dlqReason =
      "This queue is the SNS subscription's dead-letter queue (cdk-nag recognises only SQS redrive); a " +
      'dead-letter queue has none of its own.';
    Validations.of(cfnOf(undelivered)).acknowledge(
      { id: 'AwsSolutions-SQS3', reason: dlqReason },
      { id: 'Serverless-SQSRedrivePolicy', reason: dlqReason },
    );
    return topic;
  }
}
