import { describe, expect, it } from 'vitest';
import { DEFAULT_ALARM_THRESHOLDS } from '../../infra/config.ts';
import {
  CUSTOMER_ID_PLACEHOLDER,
  HERALD_QUERIES,
  type HeraldQueryId,
  queryDefinitionName,
} from '../../infra/constructs/observability.ts';
import {
  defined,
  environmentOf,
  logGroupOf,
  type Resource,
  ref,
  type Statement,
  synthHerald,
} from './support.ts';

const herald = synthHerald();
const { config } = herald;

/** Fields of the delivery log record v1 and of the rejected record (PRODUCT.md). */
const RECORD_FIELDS = [
  'kind',
  'v',
  'time',
  'notificationId',
  'eventId',
  'customerId',
  'type',
  'category',
  'channel',
  'status',
  'reason',
  'journey',
  'step',
  'variant',
  'locale',
  'template',
  'providerMessageId',
  'latencyMs',
  'source',
  'detailType',
];
/** Logs Insights commands and keywords. */
const QUERY_KEYWORDS = [
  'fields',
  'filter',
  'stats',
  'sort',
  'limit',
  'by',
  'as',
  'asc',
  'desc',
  'in',
  'and',
  'or',
  'not',
];

/** Record field names a Logs Insights query refers to: identifiers that are not strings, functions, @-fields, keywords or aliases. */
function fieldsOf(text: string): string[] {
  const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/@\w+/g, '');
  const aliases = new Set([...code.matchAll(/\bas\s+(\w+)/g)].map((match) => match[1]));
  const identifiers = [...code.matchAll(/\b([A-Za-z_]\w*)\b(?!\s*\()/g)].map((match) => match[1] ?? '');
  return [...new Set(identifiers.filter((name) => !QUERY_KEYWORDS.includes(name) && !aliases.has(name)))];
}

const queryIds = Object.keys(HERALD_QUERIES) as HeraldQueryId[];
const functions = Object.values(herald.resources('AWS::Lambda::Function')).filter(
  (fn) => environmentOf(fn).HERALD_FUNCTION !== undefined,
);
const functionLogGroups = functions.map((fn) => ref(logGroupOf(fn)));

function queryDefinition(id: HeraldQueryId): Resource {
  const name = queryDefinitionName(config.envName, id);
  const match = Object.values(herald.resources('AWS::Logs::QueryDefinition')).find(
    (definition) => definition.Properties.Name === name,
  );
  return defined(match, `query definition ${name}`);
}

const alarms = (h = herald) => Object.values(h.resources('AWS::CloudWatch::Alarm'));
const alarmNamed = (name: string, h = herald) =>
  defined(
    alarms(h).find((alarm) => alarm.Properties.AlarmName === name),
    `alarm ${name}`,
  );
const topicId = () => defined(Object.keys(herald.resources('AWS::SNS::Topic'))[0], 'topic');

describe('Logs Insights queries', () => {
  it('the field parser is not vacuous', () => {
    expect(fieldsOf('filter kind = "x y" | stats pct(latencyMs, 95) as p95 by type | sort p95 desc')).toEqual(
      ['kind', 'latencyMs', 'type'],
    );
    expect(fieldsOf('filter recipient = "a@b" | fields @timestamp, email')).toEqual(['recipient', 'email']);
  });

  it('there is one saved query per required view, seven in all', () => {
    expect(queryIds).toEqual([
      'deliveries-by-status',
      'failures-by-reason',
      'customer-timeline',
      'journey-funnel',
      'variant-comparison',
      'latency-by-type',
      'rejected-by-reason',
    ]);
    expect(Object.keys(herald.resources('AWS::Logs::QueryDefinition'))).toHaveLength(queryIds.length);
  });

  it.each(queryIds)('%s is saved as herald-<env>/<name> over every function log group', (id) => {
    const definition = queryDefinition(id);

    expect(definition.Properties.Name).toBe(`herald-dev/${HERALD_QUERIES[id].name}`);
    expect(definition.Properties.QueryString).toBe(HERALD_QUERIES[id].text);
    expect(functionLogGroups).toHaveLength(Object.keys(herald.stateless.functions).length);
    expect(definition.Properties.LogGroupNames).toEqual(expect.arrayContaining(functionLogGroups));
    expect(definition.Properties.LogGroupNames).toHaveLength(functionLogGroups.length);
  });

  it.each(queryIds)('%s uses only fields of the delivery log or rejected record', (id) => {
    const fields = fieldsOf(HERALD_QUERIES[id].text);

    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(RECORD_FIELDS, `${id}: ${field}`).toContain(field);
  });

  it.each<[HeraldQueryId, RegExp]>([
    ['deliveries-by-status', /kind = "delivery"[\s\S]*stats count\(\*\) as \w+ by type, channel, status/],
    ['failures-by-reason', /status in \["failed", "suppressed", "deferred"\][\s\S]* by status, reason/],
    ['journey-funnel', /by journey, step, status/],
    ['variant-comparison', /by type, variant, status/],
    [
      'latency-by-type',
      /status = "sent"[\s\S]*pct\(latencyMs, 50\)[\s\S]*pct\(latencyMs, 95\)[\s\S]* by type/,
    ],
    ['rejected-by-reason', /kind = "rejected"[\s\S]* by reason/],
  ])('%s groups as asked', (id, pattern) => {
    expect(HERALD_QUERIES[id].text).toMatch(pattern);
  });

  it('the customer timeline filters on a placeholder its name tells you to replace', () => {
    expect(HERALD_QUERIES['customer-timeline'].text).toContain(`customerId = "${CUSTOMER_ID_PLACEHOLDER}"`);
    expect(HERALD_QUERIES['customer-timeline'].text).toMatch(/sort time asc/);
    expect(queryDefinition('customer-timeline').Properties.Name).toContain(
      `replace ${CUSTOMER_ID_PLACEHOLDER}`,
    );
  });

  it('query names follow the environment', () => {
    const prod = synthHerald({ envName: 'prod' });
    const names = Object.values(prod.resources('AWS::Logs::QueryDefinition')).map((q) => q.Properties.Name);

    expect(names).toContain('herald-prod/deliveries-by-type-channel-status');
  });
});

describe('on-call topic', () => {
  it('is encrypted with the stateful key and enforces SSL', () => {
    const topic = defined(herald.resources('AWS::SNS::Topic')[topicId()], 'topic');
    const keyId = herald.logicalId(herald.stateful.key);

    expect(herald.resolveImport(topic.Properties.KmsMasterKeyId)).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    const policy = defined(Object.values(herald.resources('AWS::SNS::TopicPolicy'))[0], 'topic policy');
    const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' } }),
    );
  });

  it('the key lets CloudWatch alarms publish to the encrypted topic', () => {
    const key = defined(
      herald.resources('AWS::KMS::Key', 'stateful')[herald.logicalId(herald.stateful.key)],
      'key',
    );
    const statements = (key.Properties.KeyPolicy as { Statement: Statement[] }).Statement;

    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        // Only alarms of this account.
        Condition: { StringEquals: { 'aws:SourceAccount': expect.anything() } },
      }),
    );
  });

  it('has no subscription without alarmEmail', () => {
    expect(config.alarmEmail).toBeUndefined();
    expect(herald.resources('AWS::SNS::Subscription')).toEqual({});
  });

  it('subscribes alarmEmail by e-mail when it is set', () => {
    const withEmail = synthHerald({ overrides: { alarmEmail: 'oncall@bank.example' } });
    const subscriptions = Object.values(withEmail.resources('AWS::SNS::Subscription'));
    const topic = defined(Object.keys(withEmail.resources('AWS::SNS::Topic'))[0], 'topic');

    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]?.Properties).toMatchObject({
      Protocol: 'email',
      Endpoint: 'oncall@bank.example',
      TopicArn: ref(topic),
    });
  });
});

describe('alarms', () => {
  it('every alarm notifies the topic on ALARM and OK and treats missing data explicitly', () => {
    const all = alarms();

    expect(all).toHaveLength(1 + functions.length + 2);
    for (const alarm of all) {
      expect(alarm.Properties.AlarmActions, String(alarm.Properties.AlarmName)).toEqual([ref(topicId())]);
      expect(alarm.Properties.OKActions, String(alarm.Properties.AlarmName)).toEqual([ref(topicId())]);
      expect(['notBreaching', 'ignore']).toContain(alarm.Properties.TreatMissingData);
    }
  });

  it('fires when any message is visible in the DLQ', () => {
    const alarm = alarmNamed('herald-dev-dlq-messages');
    const dlqId = herald.logicalId(herald.stateful.deadLetterQueue);

    expect(alarm.Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Threshold: config.alarms.dlqMessages,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(config.alarms.dlqMessages).toBe(1);
    expect(herald.resolveImport(alarm.Properties.Dimensions)).toEqual([
      { Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } },
    ]);
  });

  it.each(functions.map((fn) => [String(environmentOf(fn).HERALD_FUNCTION), fn] as const))(
    '%s has an error-rate alarm (Errors / Invocations)',
    (name, fn) => {
      const alarm = alarmNamed(`herald-dev-${name}-error-rate`);
      const functionId = Object.entries(herald.resources('AWS::Lambda::Function')).find(
        ([, candidate]) => candidate === fn,
      )?.[0];
      const metrics = alarm.Properties.Metrics as {
        Id: string;
        Expression?: string;
        MetricStat?: { Metric: { MetricName: string; Dimensions: unknown } };
      }[];

      expect(alarm.Properties).toMatchObject({
        Threshold: config.alarms.functionErrorRate,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      });
      expect(metrics.find((metric) => metric.Expression !== undefined)?.Expression).toMatch(
        /errors \/ invocations/,
      );
      for (const metricName of ['Errors', 'Invocations']) {
        expect(metrics).toContainEqual(
          expect.objectContaining({
            MetricStat: expect.objectContaining({
              Metric: {
                MetricName: metricName,
                Namespace: 'AWS/Lambda',
                Dimensions: [{ Name: 'FunctionName', Value: ref(defined(functionId, 'function id')) }],
              },
            }),
          }),
        );
      }
    },
  );

  it.each([
    ['herald-dev-ses-bounce-rate', 'Reputation.BounceRate', config.alarms.sesBounceRate],
    ['herald-dev-ses-complaint-rate', 'Reputation.ComplaintRate', config.alarms.sesComplaintRate],
  ])('%s watches AWS/SES %s above its threshold', (name, metricName, threshold) => {
    expect(alarmNamed(name).Properties).toMatchObject({
      Namespace: 'AWS/SES',
      MetricName: metricName,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'ignore',
    });
  });

  it('takes the default thresholds in every shipped environment', () => {
    expect(config.alarms).toEqual({
      dlqMessages: 1,
      functionErrorRate: 0.05,
      sesBounceRate: 0.05,
      sesComplaintRate: 0.001,
    });
    expect(synthHerald({ envName: 'prod' }).config.alarms).toEqual(DEFAULT_ALARM_THRESHOLDS);
  });

  it('follows the configured thresholds', () => {
    const tuned = synthHerald({
      overrides: {
        alarms: { dlqMessages: 5, functionErrorRate: 0.2, sesBounceRate: 0.03, sesComplaintRate: 0.0005 },
      },
    });

    expect(alarmNamed('herald-dev-dlq-messages', tuned).Properties.Threshold).toBe(5);
    expect(alarmNamed('herald-dev-render-error-rate', tuned).Properties.Threshold).toBe(0.2);
    expect(alarmNamed('herald-dev-ses-bounce-rate', tuned).Properties.Threshold).toBe(0.03);
    expect(alarmNamed('herald-dev-ses-complaint-rate', tuned).Properties.Threshold).toBe(0.0005);
  });
});

describe('dashboard', () => {
  const dashboards = Object.values(herald.resources('AWS::CloudWatch::Dashboard'));
  const body = JSON.stringify(dashboards[0]?.Properties.DashboardBody);

  it('is named herald-<env>', () => {
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]?.Properties.DashboardName).toBe('herald-dev');
  });

  it('shows deliveries by status with the first saved query, DLQ depth, function errors and SES rates', () => {
    // The body is a JSON string inside a Fn::Join, so its quotes arrive escaped twice.
    expect(body).toContain('\\"type\\":\\"log\\"');
    expect(body).toContain('Deliveries by status');
    expect(body).toContain('stats count(*) as deliveries by type, channel, status');
    for (const title of ['DLQ depth', 'Function errors', 'SES reputation rates'])
      expect(body).toContain(title);
    for (const metric of [
      'ApproximateNumberOfMessagesVisible',
      'Errors',
      'Reputation.BounceRate',
      'Reputation.ComplaintRate',
    ]) {
      expect(body).toContain(metric);
    }
  });

  it.each(queryIds)('names the saved query %s', (id) => {
    expect(body).toContain(queryDefinitionName(config.envName, id));
  });
});
