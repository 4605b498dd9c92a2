// Rules on the Herald bus: one call per concern, every rule filtered by the producer allow-list,
// every target with an explicit retry policy and the DLQ.
import { Duration } from 'aws-cdk-lib';
import { type CfnRule, EventBus, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { RuleDetail, RuleSettings } from '../../shared/adapters/lambda/manifest.ts';
import { HERALD_SOURCE } from '../../shared/contract/common.ts';
import { bankEvents } from '../../shared/contract/registry.ts';
import type { HeraldFunction } from './herald-function.ts';

export const RULE_TARGET_RETRY_ATTEMPTS = 8;
export const RULE_TARGET_MAX_EVENT_AGE = Duration.hours(24);

export interface HeraldEventRulesProps {
  readonly eventBus: IEventBus;
  /** `source` values every rule accepts (config.allowedSources). */
  readonly allowedSources: readonly string[];
  /**
   * Where EventBridge puts events it could not deliver. Its queue policy must already allow
   * events.amazonaws.com for rules on this bus (the stateful stack does that); pass a reference
   * (`Queue.fromQueueArn`) so the target does not try to edit a policy in another stack.
   */
  readonly deadLetterQueue: IQueue;
  /** The values the manifests' content filters are made from. */
  readonly settings: RuleSettings;
}

export interface RouteOptions {
  /** Extra content filter on `detail` (EventBridge pattern syntax). */
  readonly detail?: Readonly<Record<string, unknown>> | undefined;
  readonly description?: string;
  /**
   * For events AWS services publish (e.g. SES on the account's default bus): the bus and the `source`
   * to match instead of the Herald bus and the producer allow-list.
   */
  readonly awsSource?: { readonly eventBus: IEventBus; readonly source: string };
}

/**
 * The pattern of the catch-all rule: an event whose Source is neither an allowed producer nor one of
 * `ownSources` (Herald's own events), or whose Source is allowed and whose DetailType is none of
 * `knownDetailTypes`. Only exact values and `anything-but` lists, which every EventBridge bus supports.
 */
export function unknownEventPattern(
  allowedSources: readonly string[],
  knownDetailTypes: readonly string[],
  ownSources: readonly string[],
): Record<string, unknown> {
  return {
    $or: [
      { source: [{ 'anything-but': [...allowedSources, ...ownSources] }] },
      { source: [...allowedSources], 'detail-type': [{ 'anything-but': [...knownDetailTypes] }] },
    ],
  };
}

export class HeraldEventRules extends Construct {
  readonly rules = new Map<string, Rule>();
  private readonly props: HeraldEventRulesProps;

  constructor(scope: Construct, id: string, props: HeraldEventRulesProps) {
    super(scope, id);
    this.props = props;
  }

  /**
   * The rules `fn`'s manifest declares: rules on the Herald bus for bank events (with their content
   * filter), the catch-all rule, and rules for AWS service events on the account's default bus.
   */
  routeManifest(fn: HeraldFunction): void {
    const detail = (filter: RuleDetail | undefined) =>
      typeof filter === 'function' ? filter(this.props.settings) : filter;
    for (const trigger of fn.manifest.triggers) {
      if (trigger.kind === 'rule')
        this.route(trigger.id, trigger.detailTypes, fn, { detail: detail(trigger.detail) });
      // Derived from the contract: every bank DetailType has a rule; anything else from an allowed producer,
      // and anything from a Source outside the allow-list, is rejected. Herald's own events (Source
      // `herald`) are not bank events and are left alone.
      if (trigger.kind === 'unknownEvents')
        this.catchAll(trigger.id, Object.keys(bankEvents), fn, { ownSources: [HERALD_SOURCE] });
      if (trigger.kind === 'awsServiceRule')
        this.route(trigger.id, trigger.detailTypes, fn, {
          awsSource: { eventBus: this.defaultBus(), source: trigger.source },
          detail: detail(trigger.detail),
        });
    }
  }

  private defaultBusRef: IEventBus | undefined;
  /** The account's default bus, where AWS services publish their events. */
  private defaultBus(): IEventBus {
    this.defaultBusRef ??= EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    return this.defaultBusRef;
  }

  /** A rule `id` matching the allowed sources and `detailTypes`, invoking `target`. */
  route(
    id: string,
    detailTypes: readonly string[],
    target: HeraldFunction | IFunction,
    options: RouteOptions = {},
  ) {
    const fn = 'fn' in target ? target.fn : target;
    const rule = new Rule(this, id, {
      eventBus: options.awsSource?.eventBus ?? this.props.eventBus,
      description: options.description ?? `Herald: ${detailTypes.join(', ')}`,
      eventPattern: {
        source: options.awsSource ? [options.awsSource.source] : [...this.props.allowedSources],
        detailType: [...detailTypes],
        ...(options.detail === undefined ? {} : { detail: options.detail }),
      },
      targets: [
        new LambdaFunction(fn, {
          retryAttempts: RULE_TARGET_RETRY_ATTEMPTS,
          maxEventAge: RULE_TARGET_MAX_EVENT_AGE,
          deadLetterQueue: this.props.deadLetterQueue,
        }),
      ],
    });
    this.rules.set(id, rule);
    return rule;
  }

  /**
   * The catch-all rule `id` (unknownEventPattern): events from allowed producers of a DetailType outside
   * `knownDetailTypes`, and events of a Source outside the allow-list and `ownSources`, go to `target`,
   * which rejects each with its reason, so that no event on the bus is dropped without a record.
   */
  catchAll(
    id: string,
    knownDetailTypes: readonly string[],
    target: HeraldFunction,
    options: { ownSources: readonly string[] },
  ): Rule {
    const rule = this.route(id, knownDetailTypes, target, {
      description: 'Herald: events of an unknown DetailType or Source, to be rejected with the reason',
    });
    // CDK's EventPattern has no $or: the pattern is set on the CloudFormation resource itself.
    (rule.node.defaultChild as CfnRule).eventPattern = unknownEventPattern(
      this.props.allowedSources,
      knownDetailTypes,
      options.ownSources,
    );
    return rule;
  }
}
