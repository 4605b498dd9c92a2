// A function's manifest turned into CDK: each declared variable set from its source, each grant made IAM,
// each queue it consumes subscribed. Rules are made by HeraldEventRules.routeManifest; the workflows' tasks,
// the reply-link URL, the inbound topic and the log subscription by their constructs.
import { ArnFormat, Stack, Token, Validations } from 'aws-cdk-lib';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type {
  EnvSource,
  JourneyMachine,
  QueueName,
  StateMachineName,
} from '../../shared/adapters/lambda/manifest.ts';
import {
  type DeploymentContext,
  OPTIONAL_SETTINGS,
  SETTINGS,
  scheduleGroupNameOf,
} from '../function-settings.ts';
import type { StatefulStack } from '../stacks/stateful-stack.ts';
import type { FraudReplyWorkflow } from './fraud-reply.ts';
import { cfnOf, type HeraldFunction } from './herald-function.ts';
import type { HeraldJourney } from './journeys.ts';

/** Everything a manifest may name. */
export interface FunctionResources extends DeploymentContext {
  readonly journeys: Readonly<Record<JourneyMachine, HeraldJourney>>;
  readonly fraudReply: FraudReplyWorkflow;
}

/** A stateful queue by its name in a manifest (the StatefulStack property). */
export function queueOf(stateful: StatefulStack, name: QueueName): Queue {
  return stateful[name];
}

/** `emailQueue` → `EmailQueueSource`: the id of a function's subscription to a queue. */
const subscriptionId = (queue: QueueName) => `${queue.charAt(0).toUpperCase()}${queue.slice(1)}Source`;

/** The queues the function consumes (its `queue` triggers). */
const consumedQueues = (fn: HeraldFunction): QueueName[] =>
  fn.manifest.triggers.flatMap((trigger) => (trigger.kind === 'queue' ? [trigger.queue] : []));

/** Sets `fn`'s environment, grants and queue subscriptions from its manifest. */
export function wireFunction(fn: HeraldFunction, resources: FunctionResources): void {
  for (const queue of consumedQueues(fn))
    fn.consumeQueue(subscriptionId(queue), queueOf(resources.stateful, queue));
  fn.setEnvironment((source) => resolveSource(source, fn, resources));
  grant(fn, resources);
}

function stateMachineOf(resources: FunctionResources, name: StateMachineName): IStateMachine {
  return name === 'fraudReply' ? resources.fraudReply.stateMachine : resources.journeys[name].stateMachine;
}

function resolveSource(
  source: EnvSource,
  fn: HeraldFunction,
  resources: FunctionResources,
): string | undefined {
  const { stateful } = resources;
  switch (source.from) {
    case 'tableName':
      return stateful.table.tableName;
    case 'busName':
      return stateful.eventBus.eventBusName;
    case 'queueUrl':
      return queueOf(stateful, source.queue).queueUrl;
    case 'queueArn':
      return queueOf(stateful, source.queue).queueArn;
    case 'stateMachineArn':
      return stateMachineOf(resources, source.machine).stateMachineArn;
    case 'maxReceiveCount': {
      const [queue, ...others] = consumedQueues(fn);
      const redrive = queue && queueOf(stateful, queue).deadLetterQueue;
      if (!redrive || others.length > 0)
        throw new Error(`${fn.name}: MAX_RECEIVE_COUNT needs one consumed queue with a redrive policy`);
      return String(redrive.maxReceiveCount);
    }
    case 'setting':
      return SETTINGS[source.setting](resources);
    case 'optionalSetting':
      return OPTIONAL_SETTINGS[source.setting](resources);
  }
}

/** The manifest's grants, as IAM. Provider permissions are the DeliveryChannels construct's. */
function grant(fn: HeraldFunction, resources: FunctionResources): void {
  const { grants } = fn.manifest;
  const { stateful } = resources;
  if (grants.table) fn.grantTable(stateful.table, grants.table);
  for (const queue of grants.sendTo ?? []) fn.grantSend(queueOf(stateful, queue));
  if (grants.putEvents) stateful.eventBus.grantPutEventsTo(fn.role);
  for (const journey of grants.journeys ?? []) resources.journeys[journey].grantStartStop(fn);
  if (grants.fraudReply?.includes('start')) resources.fraudReply.grantStart(fn);
  if (grants.fraudReply?.includes('resume')) resources.fraudReply.grantResume(fn);
  if (grants.replyLinks === 'verify')
    fn.addPolicy('VerifyReplyLinks', [
      new PolicyStatement({
        sid: 'VerifyMacWithReplyLinkKey',
        actions: ['kms:VerifyMac'],
        resources: [stateful.replyLinkKey.keyArn],
      }),
    ]);
  // Only to make MACs, and only with a reply endpoint: no endpoint, no links.
  if (grants.replyLinks === 'sign' && resources.config.fraud.replyBaseUrl !== undefined)
    fn.addPolicy('SignReplyLinks', [
      new PolicyStatement({
        sid: 'GenerateMacWithReplyLinkKey',
        actions: ['kms:GenerateMac'],
        resources: [stateful.replyLinkKey.keyArn],
      }),
    ]);
  // The consent links of e-mails: signed only where they lead somewhere (infra/constructs/consent-links.ts).
  if (grants.consentLinks === 'verify')
    fn.addPolicy('VerifyConsentLinks', [
      new PolicyStatement({
        sid: 'VerifyMacWithConsentLinkKey',
        actions: ['kms:VerifyMac'],
        resources: [stateful.consentLinkKey.keyArn],
      }),
    ]);
  if (grants.consentLinks === 'sign' && resources.config.consent.linkBaseUrl !== undefined)
    fn.addPolicy('SignConsentLinks', [
      new PolicyStatement({
        sid: 'GenerateMacWithConsentLinkKey',
        actions: ['kms:GenerateMac'],
        resources: [stateful.consentLinkKey.keyArn],
      }),
    ]);
  if (grants.schedules) grantSchedules(fn, resources.schedulerRole, resources);
}

/** One-off schedules in Herald's schedule group, each putting its job on a queue with the scheduler role. */
function grantSchedules(fn: HeraldFunction, schedulerRole: IRole, resources: FunctionResources): void {
  const stack = Stack.of(fn);
  const scheduleGroupName = scheduleGroupNameOf(resources);
  const policy = fn.addPolicy('CreateDeferredSchedules', [
    new PolicyStatement({
      sid: 'CreateSchedulesInHeraldGroup',
      actions: ['scheduler:CreateSchedule'],
      resources: [
        stack.formatArn({
          service: 'scheduler',
          resource: 'schedule',
          resourceName: `${scheduleGroupName}/*`,
          arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
        }),
      ],
    }),
    new PolicyStatement({
      sid: 'PassTheSchedulerRole',
      actions: ['iam:PassRole'],
      resources: [schedulerRole.roleArn],
      conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    }),
  ]);
  // cdk-nag names the finding after the resource as written, tokens as <Ref>.
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const scheduleArnFinding = `arn:<AWS::Partition>:scheduler:${stack.region}:${account}:schedule/${scheduleGroupName}/*`;
  Validations.of(cfnOf(policy)).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${scheduleArnFinding}]`,
    reason:
      'One schedule per deferred message, named after its notification id, so the names are not known ' +
      "in advance; the wildcard covers only Herald's own schedule group.",
  });
}
