// Everything that can be redeployed at will: functions, their grants, rules and queue subscriptions. Each
// function is built from its manifest (functions/<name>/function.ts), which declares its triggers, grants
// and environment; this stack builds what the manifests name and hands each function to the constructs
// that give it its triggers.
import { Annotations, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DEFAULT_CROSS_STACK_REFERENCES } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import { type HeraldFunctionName, type HeraldManifest, MANIFESTS } from '../../functions/manifests.ts';
import type { JourneyMachine, ProviderChannel, Trigger } from '../../shared/adapters/lambda/manifest.ts';
import type { HeraldConfig } from '../config.ts';
import { exposeConsentLinks } from '../constructs/consent-links.ts';
import { DeliveryChannels } from '../constructs/delivery-channels.ts';
import { HeraldEventRules } from '../constructs/event-rules.ts';
import { FraudReplyWorkflow } from '../constructs/fraud-reply.ts';
import { queueOf, wireFunction } from '../constructs/function-wiring.ts';
import { cfnOf, HeraldFunction } from '../constructs/herald-function.ts';
import { HeraldJourney, journeyDefinitionsOf } from '../constructs/journeys.ts';
import { deadLetterQueuesOf, HeraldObservability, stateMachinesOf } from '../constructs/observability.ts';
import { HeraldStatusEvents } from '../constructs/status-events.ts';
import { ruleSettingsOf } from '../function-settings.ts';
import type { StatefulStack } from './stateful-stack.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: HeraldConfig;
  readonly stateful: StatefulStack;
}

/** `send-whatsapp` → `SendWhatsApp`: a function's construct id, from its name. */
const constructIdOf = (name: string) =>
  name
    .split('-')
    .map((word) => (word === 'whatsapp' ? 'WhatsApp' : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join('');

/** `cardActivation` → `CardActivationJourney`. */
const journeyIdOf = (machine: JourneyMachine) =>
  `${machine.charAt(0).toUpperCase()}${machine.slice(1)}Journey`;

export class StatelessStack extends Stack {
  readonly functions: Readonly<Record<HeraldFunctionName, HeraldFunction>>;
  readonly rules: HeraldEventRules;
  readonly statusEvents: HeraldStatusEvents;
  readonly observability: HeraldObservability;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    useStrongCrossStackReferences(this);
    const { config, stateful } = props;
    const pseudonymKey = this.pseudonymKey(config);

    this.functions = this.buildFunctions(config, stateful);
    const schedulerRole = this.schedulerRole(config, stateful);
    const journeys = this.journeys(config, stateful);
    const fraudReply = new FraudReplyWorkflow(this, 'FraudReplyWorkflow', {
      config,
      settings: config.fraud,
      step: this.triggeredBy({ kind: 'task', workflow: 'fraudReply' }),
      wait: this.triggeredBy({ kind: 'waitTask', workflow: 'fraudReply' }),
      eventBus: stateful.eventBus,
      encryptionKey: stateful.key,
    });
    fraudReply.exposeLinks(this.triggeredBy({ kind: 'functionUrl', links: 'reply' }));
    fraudReply.subscribeInbound(this.triggeredBy({ kind: 'inboundReplies' }), stateful.key);
    exposeConsentLinks(this.triggeredBy({ kind: 'functionUrl', links: 'consent' }));
    new DeliveryChannels(this, 'DeliveryChannels', {
      config,
      senders: this.senders(),
      configurationSetName: stateful.configurationSet.configurationSetName,
    });
    this.rules = new HeraldEventRules(this, 'Rules', {
      eventBus: stateful.eventBus,
      allowedSources: config.allowedSources,
      deadLetterQueue: Queue.fromQueueArn(this, 'DeadLetterQueueRef', stateful.deadLetterQueue.queueArn),
      settings: ruleSettingsOf({ config, stateful }),
    });
    this.statusEvents = new HeraldStatusEvents(this, 'StatusReporting', {
      config,
      publisher: this.triggeredBy({ kind: 'deliveryRecords' }),
      logGroup: stateful.logGroup,
      eventBus: stateful.eventBus,
      deadLetterQueue: Queue.fromQueueArn(
        this,
        'WebhookDeadLetterQueueRef',
        stateful.deadLetterQueue.queueArn,
      ),
    });
    for (const fn of Object.values(this.functions)) {
      this.rules.routeManifest(fn);
      wireFunction(fn, { config, stateful, schedulerRole, pseudonymKey, journeys, fraudReply });
    }
    // Last, so that it watches every function, queue and state machine made above.
    this.observability = new HeraldObservability(this, 'Observability', {
      config,
      functions: Object.values(this.functions),
      logGroup: stateful.logGroup,
      deadLetterQueues: deadLetterQueuesOf(stateful.deadLetterQueue, stateful, this),
      encryptionKey: stateful.key,
      eventBus: stateful.eventBus,
      stateMachines: stateMachinesOf(this),
    });
  }

  /** One HeraldFunction per manifest (functions/manifests.ts), by name. */
  private buildFunctions(config: HeraldConfig, stateful: StatefulStack) {
    const build = (manifest: HeraldManifest) =>
      new HeraldFunction(this, constructIdOf(manifest.name), {
        manifest,
        config,
        encryptionKey: stateful.key,
        logGroup: stateful.logGroup,
        deadLetterQueue: stateful.deadLetterQueue,
      });
    return Object.fromEntries(MANIFESTS.map((manifest) => [manifest.name, build(manifest)])) as Record<
      HeraldFunctionName,
      HeraldFunction
    >;
  }

  /** The one function a trigger of this kind is declared for (a task, the link URL, a subscription). */
  private triggeredBy(wanted: Trigger): HeraldFunction {
    const found = Object.values(this.functions).filter((fn) =>
      fn.manifest.triggers.some((trigger) => JSON.stringify(trigger) === JSON.stringify(wanted)),
    );
    const [fn, ...others] = found;
    if (!fn || others.length > 0)
      throw new Error(`exactly one function must declare the trigger ${JSON.stringify(wanted)}`);
    return fn;
  }

  /** The sender of each channel: the function whose manifest grants it the channel's provider. */
  private senders(): Record<ProviderChannel, HeraldFunction> {
    const sender = (channel: ProviderChannel) => {
      const fn = Object.values(this.functions).find((f) => f.manifest.grants.provider === channel);
      if (!fn) throw new Error(`no function sends through the ${channel} provider`);
      return fn;
    };
    return { email: sender('email'), sms: sender('sms'), push: sender('push'), whatsapp: sender('whatsapp') };
  }

  /**
   * Journeys on Step Functions (infra/constructs/journeys.ts), one state machine each, every step a Task of
   * the function triggered as the journeys' task (journey-step).
   */
  private journeys(config: HeraldConfig, stateful: StatefulStack): Record<JourneyMachine, HeraldJourney> {
    const step = this.triggeredBy({ kind: 'task', workflow: 'journeys' });
    const definitions = journeyDefinitionsOf(config);
    const journey = (machine: JourneyMachine) =>
      new HeraldJourney(this, journeyIdOf(machine), {
        config,
        definition: definitions[machine],
        step,
        encryptionKey: stateful.key,
      });
    return Object.fromEntries(
      (Object.keys(definitions) as JourneyMachine[]).map((machine) => [machine, journey(machine)]),
    ) as Record<JourneyMachine, HeraldJourney>;
  }

  /**
   * The role EventBridge Scheduler puts deferred jobs on their queues with (quiet hours: the channel queues;
   * tax-date wake-ups: the DueQueue); the function granted `schedules` passes it to each schedule.
   */
  private schedulerRole(config: HeraldConfig, stateful: StatefulStack): Role {
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: `Herald ${config.envName}: deferred jobs onto the channel queues`,
    });
    for (const queue of ['emailQueue', 'smsQueue', 'pushQueue', 'whatsAppQueue', 'dueQueue'] as const)
      queueOf(stateful, queue).grantSendMessages(role);
    const reason =
      "CDK's grant to send to the channel queues, which are encrypted with Herald's customer-managed key; " +
      'limited to that one key ARN.';
    Validations.of(cfnOf(role.node.findChild('DefaultPolicy'))).acknowledge(
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason },
      { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason },
    );
    return role;
  }

  /**
   * The deployment's secret for the pseudonyms of erased customers (README: Deploy), given at synth and
   * never kept in the config file; without it the functions fall back to the development key. Said at every
   * synth and deploy: with the development key, erasure tombstones are keyed by a hash anyone could
   * recompute, and a later deploy that sets a key no longer finds them.
   */
  private pseudonymKey(config: HeraldConfig): string | undefined {
    const key =
      (this.node.tryGetContext('herald:pseudonymKey') as string | undefined) ??
      process.env.HERALD_PSEUDONYM_KEY;
    if (!key && config.envName !== 'dev')
      Annotations.of(this).addWarningV2(
        'herald:pseudonymKey',
        `No pseudonym key for "${config.envName}": erased customers' tombstones use the development key. ` +
          'Set HERALD_PSEUDONYM_KEY (or -c herald:pseudonymKey=…) once, before the first erasure (README: Deploy).',
      );
    return key;
  }
}

/**
 * References to the stateful stack are CloudFormation exports (Fn::ImportValue): the stateful stack cannot
 * be deleted while these functions use it, and the local runtime resolves them from its Outputs. Explicit so
 * a CDK default change does not silently switch to weak references; cdk.json may override.
 */
function useStrongCrossStackReferences(stack: Stack): void {
  if (stack.node.tryGetContext(DEFAULT_CROSS_STACK_REFERENCES) === undefined)
    stack.node.setContext(DEFAULT_CROSS_STACK_REFERENCES, 'strong');
}
