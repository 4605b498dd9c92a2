// What DevOps and analysts watch: saved Logs Insights queries over the delivery log, on-call alarms to an
// SNS topic, and one dashboard. Field names in the queries are those of the delivery log record v1 and
// the rejected record (docs/PRODUCT.md); the tests hold them to that list.
import { Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  LogQueryVisualizationType,
  LogQueryWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { QueryDefinition, QueryString, type QueryStringProps } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { HeraldConfig } from '../config.ts';
import type { HeraldFunction } from './herald-function.ts';

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
    fields: [
      'time',
      'kind',
      'type',
      'channel',
      'status',
      'reason',
      'journey',
      'step',
      'variant',
      'template',
      'notificationId',
      'eventId',
    ],
    filterStatements: [`customerId = "${CUSTOMER_ID_PLACEHOLDER}"`],
    sort: 'time asc',
    limit: 1000,
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

/** Lambda and SES metrics are evaluated over this period. */
const RATE_PERIOD = Duration.minutes(5);
/** SES reputation rates are account-level and slow-moving; AWS samples them over a long window. */
const SES_PERIOD = Duration.hours(1);

export interface HeraldObservabilityProps {
  readonly config: HeraldConfig;
  readonly functions: readonly HeraldFunction[];
  readonly deadLetterQueue: IQueue;
  /** Herald's customer-managed key: encrypts the on-call topic. */
  readonly encryptionKey: IKey;
}

export class HeraldObservability extends Construct {
  readonly topic: Topic;
  readonly queries: Readonly<Record<HeraldQueryId, QueryDefinition>>;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: HeraldObservabilityProps) {
    super(scope, id);
    const { config, functions, deadLetterQueue, encryptionKey } = props;
    const prefix = `herald-${config.envName}`;
    const logGroups = functions.map((fn) => fn.logGroup);

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

    // Missing data: the DLQ and Lambda metrics are absent when nothing happens (an idle queue, a function
    // not invoked), which is healthy, so NOT_BREACHING. SES reputation rates are absent while nothing is
    // sent; IGNORE keeps the last state, so a bad reputation does not look fixed just because sending stopped.
    const dlqDepth = deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(1),
      statistic: 'Maximum',
    });
    notify(
      new Alarm(this, 'DlqMessagesAlarm', {
        alarmName: `${prefix}-dlq-messages`,
        alarmDescription: `Herald ${config.envName}: messages in the dead-letter queue (inspect, fix, redrive)`,
        metric: dlqDepth,
        threshold: thresholds.dlqMessages,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

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
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'DLQ depth', left: [dlqDepth], width: 8 }),
      new GraphWidget({ title: 'Function errors', left: errorMetrics, width: 8 }),
      new GraphWidget({ title: 'SES reputation rates', left: [bounceRate, complaintRate], width: 8 }),
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
