// What Herald tells the bank about its messages (README "Delivery status events"): the status-events
// function reads the delivery records from the Herald log group through a CloudWatch Logs subscription (no
// sender needs an EventBridge client, and the delivery log stays the one source), and puts
// Notification.StatusChanged and Notification.Failed on the Herald bus. Optionally, an EventBridge API
// destination delivers them to the bank's HTTPS endpoint.
import { SecretValue } from 'aws-cdk-lib';
import {
  ApiDestination,
  Authorization,
  Connection,
  EventBus,
  HttpMethod,
  HttpParameter,
  type IEventBus,
  Rule,
} from 'aws-cdk-lib/aws-events';
import {
  ApiDestination as ApiDestinationTarget,
  EventBus as EventBusTarget,
} from 'aws-cdk-lib/aws-events-targets';
import { FilterPattern, type ILogGroup, SubscriptionFilter } from 'aws-cdk-lib/aws-logs';
import { LambdaDestination } from 'aws-cdk-lib/aws-logs-destinations';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HERALD_SOURCE } from '../../shared/contract/common.ts';
import type { HeraldConfig, StatusWebhookConfig } from '../config.ts';
import { RULE_TARGET_MAX_EVENT_AGE, RULE_TARGET_RETRY_ATTEMPTS } from './event-rules.ts';
import type { HeraldFunction } from './herald-function.ts';

/** The log events the subscription hands on: delivery log records only (README "Delivery log"). */
export const DELIVERY_RECORD_FILTER = FilterPattern.stringValue('$.kind', '=', 'delivery');

export interface HeraldStatusEventsProps {
  readonly config: HeraldConfig;
  /** The status-events function (table access bound by the stack). */
  readonly publisher: HeraldFunction;
  /** The Herald log group: the delivery log. */
  readonly logGroup: ILogGroup;
  readonly eventBus: IEventBus;
  /** The Herald DLQ: where EventBridge puts what the webhook could not take after its retries. */
  readonly deadLetterQueue: IQueue;
}

export class HeraldStatusEvents extends Construct {
  readonly subscription: SubscriptionFilter;
  readonly webhook?: { connection: Connection; destination: ApiDestination; rule: Rule };
  /** One rule per consumer account's bus (config `outboundEventBuses`). */
  readonly forwarding: Rule[];

  constructor(scope: Construct, id: string, props: HeraldStatusEventsProps) {
    super(scope, id);
    const { config, publisher, logGroup, eventBus } = props;
    publisher.fn.addEnvironment('STATUS_EVENTS', JSON.stringify(config.statusEvents));
    publisher.fn.addEnvironment('EVENT_BUS_NAME', eventBus.eventBusName);
    eventBus.grantPutEventsTo(publisher.role);
    this.subscription = new SubscriptionFilter(this, 'DeliveryRecords', {
      logGroup,
      destination: new LambdaDestination(publisher.fn),
      filterPattern: DELIVERY_RECORD_FILTER,
    });
    if (config.statusWebhook) this.webhook = this.addWebhook(config.statusWebhook, props);
    // Every Herald → bank event to each consumer account's bus. A bus target has EventBridge's own retries
    // (24 hours); what still fails goes to the Herald DLQ.
    this.forwarding = config.outboundEventBuses.map(
      (arn, i) =>
        new Rule(this, `ForwardToConsumer${i + 1}`, {
          eventBus,
          description: `Herald: outbound events to ${arn}`,
          eventPattern: { source: [HERALD_SOURCE] },
          targets: [
            new EventBusTarget(EventBus.fromEventBusArn(this, `ConsumerBus${i + 1}`, arn), {
              deadLetterQueue: props.deadLetterQueue,
            }),
          ],
        }),
    );
  }

  private addWebhook(webhook: StatusWebhookConfig, props: HeraldStatusEventsProps) {
    const { auth } = webhook;
    // A dynamic reference ({{resolve:secretsmanager:…}}): CloudFormation reads the secret at deploy time;
    // neither the config nor the template holds it.
    const secret = SecretValue.secretsManager(auth.secretArn, {
      ...(auth.secretField ? { jsonField: auth.secretField } : {}),
    });
    const authorization =
      auth.type === 'apiKey'
        ? Authorization.apiKey(auth.headerName, secret)
        : Authorization.oauth({
            authorizationEndpoint: auth.authorizationEndpoint,
            httpMethod: HttpMethod.POST,
            clientId: auth.clientId,
            clientSecret: secret,
            bodyParameters: {
              grant_type: HttpParameter.fromString('client_credentials'),
              ...(auth.scope ? { scope: HttpParameter.fromString(auth.scope) } : {}),
            },
          });
    const connection = new Connection(this, 'WebhookConnection', {
      description: `Herald ${props.config.envName}: the bank's status webhook`,
      authorization,
    });
    const destination = new ApiDestination(this, 'Webhook', {
      description: `Herald ${props.config.envName}: outbound events to the bank's HTTPS endpoint`,
      connection,
      endpoint: webhook.endpoint,
      httpMethod: HttpMethod.POST,
      rateLimitPerSecond: webhook.rateLimitPerSecond,
    });
    const rule = new Rule(this, 'WebhookRule', {
      eventBus: props.eventBus,
      description: "Herald: outbound events to the bank's HTTPS endpoint",
      eventPattern: {
        source: [HERALD_SOURCE],
        detailType: webhook.detailTypes,
      },
      targets: [
        new ApiDestinationTarget(destination, {
          retryAttempts: RULE_TARGET_RETRY_ATTEMPTS,
          maxEventAge: RULE_TARGET_MAX_EVENT_AGE,
          deadLetterQueue: props.deadLetterQueue,
        }),
      ],
    });
    return { connection, destination, rule };
  }
}
