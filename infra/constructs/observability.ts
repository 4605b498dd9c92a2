// What DevOps and analysts watch: saved Logs Insights queries over the delivery log (the Herald log group,
// which every function writes to), on-call alarms to an SNS topic, and one dashboard. Field names in the
// queries are those of the delivery log record v1 and the rejected record (README "Delivery log"); the tests
// hold them to that list.
import { Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  LogQueryVisualizationType,
  LogQueryWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  Unit,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  FilterPattern,
  type ILogGroup,
  MetricFilter,
  QueryDefinition,
  QueryString,
  type QueryStringProps,
} from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { type IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { type IStateMachine, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct, type IConstruct } from 'constructs';
import type { BusinessHours, HeraldConfig } from '../config.ts';
import type { HeraldFunction } from './herald-function.ts';
import { CUSTOMER_TIMELINE_FIELDS, CUSTOMER_TIMELINE_LIMIT } from './query-fields.ts';

/** Placeholder the customer-timeline query filters on; replace it with a customerId before running. */
export const CUSTOMER_ID_PLACEHOLDER = 'CUSTOMER_ID';

export type HeraldQueryId =
  | 'deliveries-by-status'
  | 'failures-by-reason'
  | 'customer-timeline'
  | 'journey-funnel'
  | 'variant-comparison'
  | 'latency-by-type'
  | 'rejected-by-reason';

export interface HeraldQuery {
  /** Saved query name after `herald-<env>/`; tells how to use the query when it needs editing. */
  readonly name: string;
  readonly parts: QueryStringProps;
  /** The Logs Insights query text. */
  readonly text: string;
}

const query = (name: string, parts: QueryStringProps): HeraldQuery => ({
  name,
  parts,
  text: new QueryString(parts).toString(),
});

const DELIVERY = 'kind = "delivery"';

/** The saved queries, in dashboard order; the first is the dashboard's "deliveries by status" widget. */
export const HERALD_QUERIES: Readonly<Record<HeraldQueryId, HeraldQuery>> = {
  'deliveries-by-status': query('deliveries-by-type-channel-status', {
    filterStatements: [DELIVERY],
    statsStatements: ['count(*) as deliveries by type, channel, status'],
    sort: 'deliveries desc',
  }),
  'failures-by-reason': query('failures-and-suppressions-by-reason', {
    filterStatements: [DELIVERY, 'status in ["failed", "suppressed", "deferred"]'],
    statsStatements: ['count(*) as deliveries by status, reason, channel'],
    sort: 'deliveries desc',
  }),
  'customer-timeline': query(`customer-timeline (replace ${CUSTOMER_ID_PLACEHOLDER} with the customerId)`, {
    fields: [...CUSTOMER_TIMELINE_FIELDS],
    filterStatements: [`customerId = "${CUSTOMER_ID_PLACEHOLDER}"`],
    sort: 'time asc',
    limit: CUSTOMER_TIMELINE_LIMIT,
  }),
  'journey-funnel': query('journey-funnel-by-step', {
    filterStatements: [DELIVERY, 'ispresent(journey)'],
    statsStatements: ['count(*) as deliveries by journey, step, status'],
    sort: 'journey asc',
  }),
  'variant-comparison': query('ab-variant-comparison', {
    filterStatements: [DELIVERY, 'ispresent(variant)'],
    statsStatements: ['count(*) as deliveries by type, variant, status'],
    sort: 'type asc',
  }),
  'latency-by-type': query('send-latency-p50-p95-by-type', {
    filterStatements: [DELIVERY, 'status = "sent"', 'ispresent(latencyMs)'],
    statsStatements: ['pct(latencyMs, 50) as p50, pct(latencyMs, 95) as p95, count(*) as sent by type'],
    sort: 'p95 desc',
  }),
  'rejected-by-reason': query('rejected-events-by-reason', {
    filterStatements: ['kind = "rejected"'],
    statsStatements: ['count(*) as rejected by reason'],
    sort: 'rejected desc',
  }),
};

/** Saved query name of `id` in environment `envName`. */
export const queryDefinitionName = (envName: string, id: HeraldQueryId) =>
  `herald-${envName}/${HERALD_QUERIES[id].name}`;

/** Lambda, Step Functions and SES metrics are evaluated over this period. */
const RATE_PERIOD = Duration.minutes(5);
/** SES reputation rates are account-level and slow-moving; AWS samples them over a long window. */
const SES_PERIOD = Duration.hours(1);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The metric math of the no-events alarm, over the metric with id `events` (bank events matched on the bus
 * per period): the count during business hours, 1 outside them (never below the threshold of 1). FILL
 * turns a period with no datapoint (EventBridge publishes none when nothing arrives) into 0; DAY (1 =
 * Monday … 7 = Sunday), HOUR and MINUTE read each period's start time, in UTC.
 */
export function businessHoursExpression(
  hours: Pick<BusinessHours, 'start' | 'end' | 'days'>,
  events = 'events',
): string {
  const minuteOfDay = `HOUR(${events}) * 60 + MINUTE(${events})`;
  const conditions = [
    ...(hours.days === 'weekdays' ? [`DAY(${events}) <= 5`] : []),
    `${minuteOfDay} >= ${minutesOf(hours.start)}`,
    `${minuteOfDay} < ${minutesOf(hours.end)}`,
  ];
  return `IF(${conditions.join(' AND ')}, FILL(${events}, 0), 1)`;
}

/**
 * Every dead-letter queue: `main` (the Herald DLQ: rule targets and async invocations fail into it) first,
 * then the DLQ of every queue with a redrive policy in `scopes`, each once. Today every Herald queue
 * redrives into `main`; a queue added with a DLQ of its own is watched without a change here.
 */
export function deadLetterQueuesOf(main: IQueue, ...scopes: IConstruct[]): IQueue[] {
  const queues = new Set<IQueue>([main]);
  for (const scope of scopes) {
    for (const construct of scope.node.findAll()) {
      if (construct instanceof Queue && construct.deadLetterQueue)
        queues.add(construct.deadLetterQueue.queue);
    }
  }
  return [...queues];
}

/** Every Step Functions state machine in `scopes` (the journeys). */
export function stateMachinesOf(...scopes: IConstruct[]): StateMachine[] {
  return scopes.flatMap((scope) =>
    scope.node.findAll().filter((construct): construct is StateMachine => construct instanceof StateMachine),
  );
}

/** `Journeys/CardActivation` → `journeys-card-activation`: a construct path, as part of an alarm name. */
const kebab = (path: string) =>
  path
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
const pathInStack = (construct: IConstruct) =>
  construct.node.path.slice(Stack.of(construct).node.path.length + 1);

export interface HeraldObservabilityProps {
  readonly config: HeraldConfig;
  readonly functions: readonly HeraldFunction[];
  /** The Herald log group (stateful stack): the delivery log the saved queries and the dashboard read. */
  readonly logGroup: ILogGroup;
  /** Every dead-letter queue, the Herald DLQ first (`deadLetterQueuesOf`); each gets an alarm. */
  readonly deadLetterQueues: readonly IQueue[];
  /** Herald's customer-managed key: encrypts the on-call topic. */
  readonly encryptionKey: IKey;
  /** The bus bank events arrive on: silence on it during business hours is alarmed. */
  readonly eventBus: IEventBus;
  /** Every state machine (`stateMachinesOf`); each gets a failed-or-timed-out alarm. @default none */
  readonly stateMachines?: readonly IStateMachine[];
}

export class HeraldObservability extends Construct {
  readonly topic: Topic;
  readonly queries: Readonly<Record<HeraldQueryId, QueryDefinition>>;
  /** `Deliveries` by type, channel and status, and `Rejected` by detail type, in namespace `Herald/<env>`. */
  readonly metricFilters: { deliveries: MetricFilter; rejected: MetricFilter };
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: HeraldObservabilityProps) {
    super(scope, id);
    const { config, functions, logGroup, deadLetterQueues, encryptionKey, eventBus } = props;
    const prefix = `herald-${config.envName}`;
    const logGroups = [logGroup];

    const entries = Object.keys(HERALD_QUERIES) as HeraldQueryId[];
    this.queries = Object.fromEntries(
      entries.map((queryId) => [
        queryId,
        new QueryDefinition(this, `Query-${queryId}`, {
          queryDefinitionName: queryDefinitionName(config.envName, queryId),
          queryString: new QueryString(HERALD_QUERIES[queryId].parts),
          logGroups,
        }),
      ]),
    ) as Record<HeraldQueryId, QueryDefinition>;

    // Delivery metrics come from the delivery log itself: CloudWatch Logs metric filters count each record
    // by its own fields. Powertools Metrics (EMF) would add about 11 KB, and its import time, to every
    // function that writes records; a metric filter costs no code, no bundle and no
    // extra request, and counts exactly the records analysts query. Dimensions are bounded (types × channels
    // × statuses; detail types), so the number of metrics is too.
    const namespace = `Herald/${config.envName}`;
    this.metricFilters = {
      deliveries: new MetricFilter(this, 'DeliveriesMetric', {
        logGroup,
        filterPattern: FilterPattern.stringValue('$.kind', '=', 'delivery'),
        metricNamespace: namespace,
        metricName: 'Deliveries',
        metricValue: '1',
        unit: Unit.COUNT,
        dimensions: { type: '$.type', channel: '$.channel', status: '$.status' },
      }),
      rejected: new MetricFilter(this, 'RejectedMetric', {
        logGroup,
        filterPattern: FilterPattern.stringValue('$.kind', '=', 'rejected'),
        metricNamespace: namespace,
        metricName: 'Rejected',
        metricValue: '1',
        unit: Unit.COUNT,
        dimensions: { detailType: '$.detailType' },
      }),
    };

    // Encrypted with Herald's key: CloudWatch cannot publish to a topic under the AWS-managed SNS key,
    // whose policy cannot grant it. The key policy statement lands in the stateful stack (the key's).
    this.topic = new Topic(this, 'OnCallTopic', {
      topicName: `${prefix}-on-call`,
      displayName: `Herald ${config.envName} on-call`,
      masterKey: encryptionKey,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarms',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    // The key lets CloudWatch alarms use it (stateful stack: AllowCloudWatchAlarmsToEncryptedTopic).
    if (config.alarmEmail !== undefined) {
      this.topic.addSubscription(new EmailSubscription(config.alarmEmail));
    }
    const action = new SnsAction(this.topic);
    const notify = (alarm: Alarm) => {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      this.alarms.push(alarm);
    };
    const thresholds = config.alarms;

    // Missing data: the DLQ, Lambda and Step Functions metrics are absent when nothing happens (an idle
    // queue, a function not invoked, no execution), which is healthy, so NOT_BREACHING. SES reputation rates
    // are absent while nothing is sent; IGNORE keeps the last state, so a bad reputation does not look fixed
    // just because sending stopped. Bank events are the opposite: their absence is the alarm (BREACHING).
    const dlqDepths: Metric[] = [];
    deadLetterQueues.forEach((queue, index) => {
      // The Herald DLQ keeps the name and id it always had; any other DLQ is named after its construct.
      const name = index === 0 ? 'dlq' : kebab(pathInStack(queue));
      const depth = queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      });
      dlqDepths.push(depth.with({ label: name }));
      notify(
        new Alarm(this, index === 0 ? 'DlqMessagesAlarm' : `DlqMessagesAlarm-${name}`, {
          alarmName: `${prefix}-${name}-messages`,
          alarmDescription:
            `Herald ${config.envName}: messages in the dead-letter queue${index === 0 ? '' : ` ${name}`} ` +
            '(inspect, fix, redrive)',
          metric: depth,
          threshold: thresholds.dlqMessages,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    });

    const errorMetrics: Metric[] = [];
    for (const fn of functions) {
      const errors = fn.fn.metricErrors({ period: RATE_PERIOD, statistic: 'Sum' });
      errorMetrics.push(fn.fn.metricErrors({ period: RATE_PERIOD, statistic: 'Sum', label: fn.name }));
      const rate = new MathExpression({
        expression: 'IF(invocations > 0, errors / invocations, 0)',
        usingMetrics: {
          errors,
          invocations: fn.fn.metricInvocations({ period: RATE_PERIOD, statistic: 'Sum' }),
        },
        period: RATE_PERIOD,
        label: `${fn.name} error rate`,
      });
      notify(
        new Alarm(this, `ErrorRateAlarm-${fn.name}`, {
          alarmName: `${prefix}-${fn.name}-error-rate`,
          alarmDescription: `Herald ${config.envName}: ${fn.name} errors / invocations above ${thresholds.functionErrorRate}`,
          metric: rate,
          threshold: thresholds.functionErrorRate,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }

    // SES reputation rates, for the whole account. Missing data is ignored: a bad reputation does not
    // clear because sending stopped.
    const sesMetric = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, period: SES_PERIOD, statistic: 'Maximum' });
    const bounceRate = sesMetric('Reputation.BounceRate');
    const complaintRate = sesMetric('Reputation.ComplaintRate');
    const sesRateAlarm = (id: string, suffix: string, metric: Metric, label: string, threshold: number) =>
      notify(
        new Alarm(this, id, {
          alarmName: `${prefix}-${suffix}`,
          alarmDescription: `Herald ${config.envName}: SES account ${label} above ${threshold}`,
          metric,
          threshold,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.IGNORE,
        }),
      );
    sesRateAlarm(
      'SesBounceRateAlarm',
      'ses-bounce-rate',
      bounceRate,
      'bounce rate',
      thresholds.sesBounceRate,
    );
    sesRateAlarm(
      'SesComplaintRateAlarm',
      'ses-complaint-rate',
      complaintRate,
      'complaint rate',
      thresholds.sesComplaintRate,
    );

    // Journeys: an execution that failed or timed out left a customer's sequence unfinished.
    const executionMetrics: MathExpression[] = [];
    (props.stateMachines ?? []).forEach((stateMachine, index) => {
      const name = kebab(pathInStack(stateMachine));
      // Ids unique across state machines: the dashboard graphs them all in one widget.
      const failed = `failed${index}`;
      const timedOut = `timedOut${index}`;
      const failures = new MathExpression({
        expression: `FILL(${failed}, 0) + FILL(${timedOut}, 0)`,
        usingMetrics: {
          [failed]: stateMachine.metricFailed({ period: RATE_PERIOD, statistic: 'Sum' }),
          [timedOut]: stateMachine.metricTimedOut({ period: RATE_PERIOD, statistic: 'Sum' }),
        },
        period: RATE_PERIOD,
        label: `${name} failed + timed out`,
      });
      executionMetrics.push(failures);
      notify(
        new Alarm(this, `ExecutionsFailedAlarm-${name}`, {
          alarmName: `${prefix}-${name}-executions-failed`,
          alarmDescription:
            `Herald ${config.envName}: ${name} executions failed or timed out ` +
            `(${thresholds.stateMachineFailures} or more in 5 minutes)`,
          metric: failures,
          threshold: thresholds.stateMachineFailures,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    });

    // Silence from the bank: no event matched a rule on the Herald bus for noEventsMinutes during business
    // hours (a producer down, a broken bus policy, a wrong source). MatchedEvents by EventBusName counts the
    // events that matched any rule of the bus; every allowed source matches at least the archive's rule.
    // PutEvents* metrics cannot be used: they have no bus dimension (the whole account's calls).
    const hours = thresholds.businessHours;
    const quietPeriod = Duration.minutes(thresholds.noEventsMinutes);
    const matchedEvents = (period: Duration) =>
      new Metric({
        namespace: 'AWS/Events',
        metricName: 'MatchedEvents',
        dimensionsMap: { EventBusName: eventBus.eventBusName },
        statistic: 'Sum',
        period,
        label: 'bank events matched',
      });
    notify(
      new Alarm(this, 'NoEventsAlarm', {
        alarmName: `${prefix}-no-bank-events`,
        alarmDescription:
          `Herald ${config.envName}: no bank event on the bus for ${thresholds.noEventsMinutes} minutes ` +
          `during business hours (${hours.start}-${hours.end} UTC, ${hours.days})`,
        metric: new MathExpression({
          expression: businessHoursExpression(hours),
          usingMetrics: { events: matchedEvents(quietPeriod) },
          period: quietPeriod,
          label: 'bank events in business hours',
        }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 1,
        // The expression has a value for every period (FILL, and 1 outside business hours); should CloudWatch
        // still have none, that is silence too.
        treatMissingData: TreatMissingData.BREACHING,
      }),
    );

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: prefix });
    this.dashboard.addWidgets(
      new LogQueryWidget({
        title: `Deliveries by status (${queryDefinitionName(config.envName, 'deliveries-by-status')})`,
        logGroupNames: logGroups.map((group) => group.logGroupName),
        queryString: HERALD_QUERIES['deliveries-by-status'].text,
        view: LogQueryVisualizationType.TABLE,
        width: 24,
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }));
    // Every type × channel × status series the metric filter has produced, summed per 5 minutes.
    const deliverySeries = (status: string) =>
      new MathExpression({
        expression: `SEARCH('{${namespace},type,channel,status} MetricName="Deliveries" status="${status}"', 'Sum', 300)`,
        label: status,
        period: Duration.minutes(5),
      });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Deliveries sent, by type and channel',
        left: [deliverySeries('sent')],
        width: 12,
      }),
      new GraphWidget({
        title: 'Deliveries failed or suppressed, by type and channel',
        left: [deliverySeries('failed'), deliverySeries('suppressed')],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'DLQ depth', left: dlqDepths, width: 8 }),
      new GraphWidget({ title: 'Function errors', left: errorMetrics, width: 8 }),
      new GraphWidget({ title: 'SES reputation rates', left: [bounceRate, complaintRate], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Bank events matched on the bus',
        left: [matchedEvents(RATE_PERIOD)],
        width: 12,
      }),
      // Only once there are state machines: a graph of nothing would read as "none failed".
      ...(executionMetrics.length > 0
        ? [
            new GraphWidget({
              title: 'Journey executions failed or timed out',
              left: executionMetrics,
              width: 12,
            }),
          ]
        : []),
    );
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: [
          '### Saved Logs Insights queries (Logs Insights → Queries)',
          ...entries.map((queryId) => `- \`${queryDefinitionName(config.envName, queryId)}\``),
        ].join('\n'),
        width: 24,
        height: 6,
      }),
    );
  }
}
