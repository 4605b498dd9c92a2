import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessHours, DEFAULT_ALARM_THRESHOLDS, loadConfig } from '../../infra/config.ts';
import {
  businessHoursExpression,
  CUSTOMER_ID_PLACEHOLDER,
  deadLetterQueuesOf,
  HERALD_QUERIES,
  HeraldObservability,
  type HeraldQueryId,
  queryDefinitionName,
  stateMachinesOf,
} from '../../infra/constructs/observability.ts';
import { fieldsOf } from '../../infra/constructs/query-fields.ts';
import {
  arnOf,
  defined,
  environmentOf,
  PROD_VALUES,
  type Resource,
  ref,
  type Statement,
  synthHerald,
} from './support.ts';

const herald = synthHerald();
const { config } = herald;

/** Fields of the delivery log record v1 and of the rejected record (README "Delivery log"). */
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

const queryIds = Object.keys(HERALD_QUERIES) as HeraldQueryId[];
const functions = Object.values(herald.resources('AWS::Lambda::Function')).filter(
  (fn) => environmentOf(fn).HERALD_FUNCTION !== undefined,
);
const heraldLogGroup = ref(herald.logicalId(herald.stateful.logGroup));

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
/** The on-call topic (the fraud reply loop's inbound topic is another). */
const onCallTopicId = (h = herald) =>
  defined(
    Object.keys(h.resources('AWS::SNS::Topic')).find((id) => id.startsWith('Observability')),
    'topic',
  );
const topicId = () => onCallTopicId();
const stateMachines = Object.keys(herald.resources('AWS::StepFunctions::StateMachine'));
/** Every state machine of the stateless stack (the journeys); `[]` would make its test vacuous, hence the check below. */
const stateMachineIds = stateMachines.length > 0 ? stateMachines : ['(none yet)'];
/** The names of the metrics an alarm's math reads, sorted. */
const metricNamesOf = (alarm: Resource) =>
  (alarm.Properties.Metrics as { MetricStat?: { Metric: { MetricName: string } } }[])
    .flatMap((metric) => (metric.MetricStat ? [metric.MetricStat.Metric.MetricName] : []))
    .sort();
const cfn = (stack: Stack, id: string) => defined(stack.node.findChild(id).node.defaultChild, id) as never;

/** HeraldObservability alone in a small stack, over what `build` makes in it. */
function observed(build: (scope: Stack) => Partial<ConstructorParameters<typeof HeraldObservability>[2]>) {
  const stack = new Stack(new App(), 'ObservedStack');
  const extra = build(stack);
  new HeraldObservability(stack, 'Observability', {
    config: loadConfig('dev'),
    functions: [],
    logGroup: new LogGroup(stack, 'Logs'),
    deadLetterQueues: [new Queue(stack, 'Dlq')],
    encryptionKey: new Key(stack, 'Key'),
    eventBus: new EventBus(stack, 'Bus'),
    ...extra,
  });
  return { stack, template: Template.fromStack(stack) };
}

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

  it.each(queryIds)('%s is saved as herald-<env>/<name> over the Herald log group', (id) => {
    const definition = queryDefinition(id);

    expect(definition.Properties.Name).toBe(`herald-dev/${HERALD_QUERIES[id].name}`);
    expect(definition.Properties.QueryString).toBe(HERALD_QUERIES[id].text);
    // The one group every function writes its records to (and nothing else).
    expect(herald.resolveImport(definition.Properties.LogGroupNames)).toEqual([heraldLogGroup]);
    for (const fn of functions) {
      const loggingConfig = fn.Properties.LoggingConfig as { LogGroup: unknown };
      expect(herald.resolveImport(loggingConfig.LogGroup)).toEqual(heraldLogGroup);
    }
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
    const prod = synthHerald({ envName: 'prod', overrides: PROD_VALUES });
    const names = Object.values(prod.resources('AWS::Logs::QueryDefinition')).map((q) => q.Properties.Name);

    expect(names).toContain('herald-prod/deliveries-by-type-channel-status');
  });
});

describe('delivery metrics', () => {
  const filters = Object.values(herald.resources('AWS::Logs::MetricFilter'));
  const named = (metricName: string) =>
    filters.find((f) => JSON.stringify(f.Properties.MetricTransformations).includes(`"${metricName}"`));

  it('counts every delivery record by type, channel and status, from the Herald log group', () => {
    const deliveries = named('Deliveries');
    expect(deliveries?.Properties.FilterPattern).toBe('{ $.kind = "delivery" }');
    expect(herald.resolveImport(deliveries?.Properties.LogGroupName)).toEqual(heraldLogGroup);
    expect(deliveries?.Properties.MetricTransformations).toEqual([
      {
        MetricNamespace: `Herald/${config.envName}`,
        MetricName: 'Deliveries',
        MetricValue: '1',
        Unit: 'Count',
        Dimensions: [
          { Key: 'type', Value: '$.type' },
          { Key: 'channel', Value: '$.channel' },
          { Key: 'status', Value: '$.status' },
        ],
      },
    ]);
  });

  it('counts rejected inputs by detail type', () => {
    const rejected = named('Rejected');
    expect(rejected?.Properties.FilterPattern).toBe('{ $.kind = "rejected" }');
    expect(rejected?.Properties.MetricTransformations).toEqual([
      expect.objectContaining({
        MetricName: 'Rejected',
        Dimensions: [{ Key: 'detailType', Value: '$.detailType' }],
      }),
    ]);
  });

  it('uses only fields of the delivery log or rejected record as dimensions', () => {
    for (const filter of filters) {
      const [transformation] = filter.Properties.MetricTransformations as {
        Dimensions: { Value: string }[];
      }[];
      for (const { Value } of transformation?.Dimensions ?? []) {
        expect(RECORD_FIELDS).toContain(Value.replace('$.', ''));
      }
    }
  });
});

describe('on-call topic', () => {
  it('is encrypted with the stateful key and enforces SSL', () => {
    const topic = defined(herald.resources('AWS::SNS::Topic')[topicId()], 'topic');
    const keyId = herald.logicalId(herald.stateful.key);

    expect(herald.resolveImport(topic.Properties.KmsMasterKeyId)).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    const policy = defined(
      Object.values(herald.resources('AWS::SNS::TopicPolicy')).find((p) =>
        JSON.stringify(p.Properties.Topics).includes(topicId()),
      ),
      'topic policy',
    );
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
    expect(
      Object.values(herald.resources('AWS::SNS::Subscription')).filter((s) =>
        JSON.stringify(s.Properties.TopicArn).includes(topicId()),
      ),
    ).toEqual([]);
  });

  it('subscribes alarmEmail by e-mail when it is set', () => {
    const withEmail = synthHerald({ overrides: { alarmEmail: 'oncall@bank.example' } });
    const topic = onCallTopicId(withEmail);
    const subscriptions = Object.values(withEmail.resources('AWS::SNS::Subscription')).filter((s) =>
      JSON.stringify(s.Properties.TopicArn).includes(topic),
    );

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

    // The two DLQs, error rate per function, the two SES rates, state machines, and silence on the bus.
    expect(all).toHaveLength(2 + functions.length + 2 + stateMachines.length + 1);
    for (const alarm of all) {
      expect(alarm.Properties.AlarmActions, String(alarm.Properties.AlarmName)).toEqual([ref(topicId())]);
      expect(alarm.Properties.OKActions, String(alarm.Properties.AlarmName)).toEqual([ref(topicId())]);
      expect(['notBreaching', 'ignore', 'breaching']).toContain(alarm.Properties.TreatMissingData);
    }
  });

  it('every queue redrives into the job DLQ; it and the Herald DLQ each have an alarm', () => {
    const jobDlqArn = arnOf(herald.logicalId(herald.stateful.jobDeadLetterQueue));
    const redriven = Object.values(herald.resources('AWS::SQS::Queue', 'stateful')).filter(
      (queue) => queue.Properties.RedrivePolicy !== undefined,
    );

    expect(redriven.length).toBeGreaterThanOrEqual(8);
    for (const queue of redriven) {
      expect(
        (queue.Properties.RedrivePolicy as { deadLetterTargetArn: unknown }).deadLetterTargetArn,
      ).toEqual(jobDlqArn);
    }
    expect(deadLetterQueuesOf(herald.stateful.deadLetterQueue, herald.stateful, herald.stateless)).toEqual([
      herald.stateful.deadLetterQueue,
      herald.stateful.jobDeadLetterQueue,
    ]);
  });

  it('a queue with a DLQ of its own gets an alarm on that DLQ too', () => {
    const { template, stack } = observed((scope) => {
      const main = new Queue(scope, 'MainDlq');
      const journeyDlq = new Queue(scope, 'JourneyDlq');
      new Queue(scope, 'JourneyQueue', { deadLetterQueue: { queue: journeyDlq, maxReceiveCount: 3 } });
      new Queue(scope, 'OtherQueue', { deadLetterQueue: { queue: main, maxReceiveCount: 3 } });
      return { deadLetterQueues: deadLetterQueuesOf(main, scope) };
    });
    const queueName = (id: string) => ({ 'Fn::GetAtt': [id, 'QueueName'] });
    const dimensionsOf = (name: string) =>
      Object.values(template.findResources('AWS::CloudWatch::Alarm')).find(
        (alarm) => alarm.Properties.AlarmName === name,
      )?.Properties.Dimensions;

    expect(dimensionsOf('herald-dev-dlq-messages')).toEqual([
      { Name: 'QueueName', Value: queueName(stack.getLogicalId(cfn(stack, 'MainDlq'))) },
    ]);
    expect(dimensionsOf('herald-dev-journey-dlq-messages')).toEqual([
      { Name: 'QueueName', Value: queueName(stack.getLogicalId(cfn(stack, 'JourneyDlq'))) },
    ]);
  });

  it.each(stateMachineIds)('state machine %s has a failed-or-timed-out executions alarm', (id) => {
    const alarm = defined(
      alarms().find((candidate) =>
        JSON.stringify(candidate.Properties.Metrics ?? []).includes(`"Ref":"${id}"`),
      ),
      `alarm on ${id}`,
    );

    expect(alarm.Properties).toMatchObject({
      Threshold: config.alarms.stateMachineFailures,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    expect(String(alarm.Properties.AlarmName)).toMatch(/^herald-dev-.+-executions-failed$/);
    expect(metricNamesOf(alarm)).toEqual(['ExecutionsFailed', 'ExecutionsTimedOut']);
  });

  it('every state machine in a stack is watched: failed and timed-out executions, summed', () => {
    const { template } = observed((scope) => {
      new StateMachine(scope, 'TestJourney', {
        definitionBody: DefinitionBody.fromChainable(new Pass(scope, 'Step')),
      });
      // Found, not listed: a journey added to the stack needs no change here to be watched.
      return { stateMachines: stateMachinesOf(scope) };
    });
    const watched = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
      (alarm) => alarm.Properties.AlarmName === 'herald-dev-test-journey-executions-failed',
    );

    expect(watched).toHaveLength(1);
    expect(watched[0]?.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
    });
    const metrics = watched[0]?.Properties.Metrics as { Expression?: string; MetricStat?: unknown }[];
    expect(metrics.find((metric) => metric.Expression)?.Expression).toBe(
      'FILL(failed0, 0) + FILL(timedOut0, 0)',
    );
    expect(metricNamesOf(defined(watched[0], 'alarm') as Resource)).toEqual([
      'ExecutionsFailed',
      'ExecutionsTimedOut',
    ]);
  });

  it('fires when no bank event reaches the bus for noEventsMinutes during business hours', () => {
    const alarm = alarmNamed('herald-dev-no-bank-events');
    const metrics = alarm.Properties.Metrics as {
      Id: string;
      Expression?: string;
      Period?: number;
      MetricStat?: { Metric: unknown; Period: number; Stat: string };
    }[];

    expect(alarm.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      EvaluationPeriods: 1,
      // Silence is the alarm: no datapoint at all is not "fine".
      TreatMissingData: 'breaching',
    });
    expect(metrics.find((metric) => metric.Expression)?.Expression).toBe(
      businessHoursExpression(config.alarms.businessHours),
    );
    const events = defined(
      metrics.find((metric) => metric.MetricStat),
      'events metric',
    ).MetricStat;
    expect(herald.resolveImport(events)).toEqual({
      Metric: {
        Namespace: 'AWS/Events',
        MetricName: 'MatchedEvents',
        Dimensions: [{ Name: 'EventBusName', Value: ref(herald.logicalId(herald.stateful.eventBus)) }],
      },
      Period: config.alarms.noEventsMinutes * 60,
      Stat: 'Sum',
    });
    expect(config.alarms.noEventsMinutes).toBe(30);
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

  it('fires when any job is visible in the job DLQ (a job to inspect and redrive)', () => {
    const alarm = alarmNamed('herald-dev-job-dead-letter-queue-messages');
    const jobDlqId = herald.logicalId(herald.stateful.jobDeadLetterQueue);

    expect(alarm.Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: config.alarms.dlqMessages,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(herald.resolveImport(alarm.Properties.Dimensions)).toEqual([
      { Name: 'QueueName', Value: { 'Fn::GetAtt': [jobDlqId, 'QueueName'] } },
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
      stateMachineFailures: 1,
      noEventsMinutes: 30,
      businessHours: { start: '08:00', end: '18:00', days: 'weekdays', timeZone: 'UTC' },
    });
    expect(synthHerald({ envName: 'prod', overrides: PROD_VALUES }).config.alarms).toEqual(
      DEFAULT_ALARM_THRESHOLDS,
    );
  });

  it('follows the configured thresholds', () => {
    const tuned = synthHerald({
      overrides: {
        alarms: {
          dlqMessages: 5,
          functionErrorRate: 0.2,
          sesBounceRate: 0.03,
          sesComplaintRate: 0.0005,
          stateMachineFailures: 3,
          noEventsMinutes: 90,
          businessHours: { start: '06:30', end: '20:00', days: 'every-day' },
        },
      },
    });
    const noEvents = alarmNamed('herald-dev-no-bank-events', tuned).Properties.Metrics as {
      Expression?: string;
      MetricStat?: { Period: number };
    }[];

    expect(alarmNamed('herald-dev-dlq-messages', tuned).Properties.Threshold).toBe(5);
    expect(alarmNamed('herald-dev-render-error-rate', tuned).Properties.Threshold).toBe(0.2);
    expect(alarmNamed('herald-dev-ses-bounce-rate', tuned).Properties.Threshold).toBe(0.03);
    expect(alarmNamed('herald-dev-ses-complaint-rate', tuned).Properties.Threshold).toBe(0.0005);
    for (const alarm of alarms(tuned).filter((a) =>
      String(a.Properties.AlarmName).endsWith('-executions-failed'),
    ))
      expect(alarm.Properties.Threshold).toBe(3);
    expect(noEvents.find((metric) => metric.MetricStat)?.MetricStat?.Period).toBe(90 * 60);
    expect(noEvents.find((metric) => metric.Expression)?.Expression).toBe(
      'IF(HOUR(events) * 60 + MINUTE(events) >= 390 AND HOUR(events) * 60 + MINUTE(events) < 1200, FILL(events, 0), 1)',
    );
  });

  it.each<[string, Partial<BusinessHours> | number, RegExp]>([
    [
      'a time zone other than UTC',
      { timeZone: 'Europe/Bucharest' as 'UTC' },
      /businessHours\.timeZone: must be UTC/,
    ],
    ['hours spanning midnight', { start: '22:00', end: '06:00' }, /businessHours\.end: must be after start/],
    ['a malformed hour', { start: '8:00' }, /businessHours\.start: must be HH:MM/],
    ['too short a silence', 2, /noEventsMinutes: must be at least 5/],
    ['more than a day of silence', 1441, /noEventsMinutes: must be at most 1440/],
  ])('rejects %s', (_, change, message) => {
    const alarmsConfig =
      typeof change === 'number'
        ? { ...DEFAULT_ALARM_THRESHOLDS, noEventsMinutes: change }
        : {
            ...DEFAULT_ALARM_THRESHOLDS,
            businessHours: { ...DEFAULT_ALARM_THRESHOLDS.businessHours, ...change },
          };

    expect(() => loadConfig('dev', { alarms: alarmsConfig })).toThrow(message);
  });
});

describe('the no-events expression', () => {
  // CloudWatch metric math, as far as the expression uses it: DAY (1 = Monday … 7 = Sunday), HOUR and
  // MINUTE of each period's start in UTC, FILL of a missing datapoint, IF, AND, comparisons, + and *.
  function evaluate(expression: string, at: Date, events: number | undefined): number {
    const tokens = expression.match(/[A-Za-z_]\w*|\d+|<=|>=|[<>(),+*]/g) ?? [];
    let position = 0;
    const next = () => tokens[position++] ?? '';
    const peek = () => tokens[position] ?? '';
    const expect = (token: string) => {
      if (next() !== token) throw new Error(`expected ${token} in ${expression}`);
    };
    const series = () => {
      expect('(');
      const name = next();
      if (name !== 'events') throw new Error(`unknown metric ${name}`);
      return name;
    };
    const primary = (): number => {
      const token = next();
      if (/^\d+$/.test(token)) return Number(token);
      if (token === 'events') return events ?? Number.NaN;
      series();
      let value: number;
      if (token === 'DAY') value = ((at.getUTCDay() + 6) % 7) + 1;
      else if (token === 'HOUR') value = at.getUTCHours();
      else if (token === 'MINUTE') value = at.getUTCMinutes();
      else if (token === 'FILL') {
        expect(',');
        const fill = Number(next());
        value = events ?? fill;
      } else throw new Error(`unknown function ${token}`);
      expect(')');
      return value;
    };
    const product = () => {
      let value = primary();
      while (peek() === '*') {
        next();
        value *= primary();
      }
      return value;
    };
    const sum = () => {
      let value = product();
      while (peek() === '+') {
        next();
        value += product();
      }
      return value;
    };
    const comparison = () => {
      const left = sum();
      const operator = peek();
      if (!['<', '>', '<=', '>='].includes(operator)) return left;
      next();
      const right = sum();
      return Number(
        operator === '<'
          ? left < right
          : operator === '>'
            ? left > right
            : operator === '<='
              ? left <= right
              : left >= right,
      );
    };
    const conjunction = () => {
      let value = comparison();
      while (peek() === 'AND') {
        next();
        value = Number(comparison() !== 0 && value !== 0);
      }
      return value;
    };
    const top = (): number => {
      if (peek() !== 'IF') return conjunction();
      next();
      expect('(');
      const condition = conjunction();
      expect(',');
      const then = top();
      expect(',');
      const otherwise = top();
      expect(')');
      return condition !== 0 ? then : otherwise;
    };
    const value = top();
    if (position !== tokens.length) throw new Error(`unparsed tail of ${expression}`);
    return value;
  }

  // 2026-03-02 is a Monday.
  const at = (iso: string) => new Date(iso);
  const hours = DEFAULT_ALARM_THRESHOLDS.businessHours;

  it.each([
    ['Monday 10:00, nothing arrived', '2026-03-02T10:00:00Z', undefined, true],
    ['Friday 17:30, nothing arrived', '2026-03-06T17:30:00Z', undefined, true],
    ['Monday 08:00 (the first minute), nothing arrived', '2026-03-02T08:00:00Z', undefined, true],
    ['Monday 10:00, three events', '2026-03-02T10:00:00Z', 3, false],
    ['Monday 07:59, nothing arrived', '2026-03-02T07:59:00Z', undefined, false],
    ['Monday 18:00 (closed), nothing arrived', '2026-03-02T18:00:00Z', undefined, false],
    ['Saturday 10:00, nothing arrived', '2026-03-07T10:00:00Z', undefined, false],
    ['Sunday 12:00, nothing arrived', '2026-03-08T12:00:00Z', undefined, false],
  ])('%s → alarm: %s', (_, time, events, alarm) => {
    expect(evaluate(businessHoursExpression(hours), at(time), events) < 1).toBe(alarm);
  });

  it('alarms exactly when a period in business hours had no event, for any hours and day rule', () => {
    const hhmm = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1440 }),
        fc.constantFrom<'weekdays' | 'every-day'>('weekdays', 'every-day'),
        fc.integer({ min: 0, max: 364 }),
        // The period's start: anywhere, or a minute or two either side of where business hours begin or end.
        fc.oneof(
          fc.record({ near: fc.constant('anywhere' as const), minute: fc.integer({ min: 0, max: 1439 }) }),
          fc.record({
            near: fc.constantFrom('start' as const, 'end' as const),
            minute: fc.integer({ min: -2, max: 2 }),
          }),
        ),
        fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
        (startMinute, length, days, day, at, events) => {
          const endMinute = Math.min(startMinute + length, 1440);
          const business: BusinessHours = {
            start: hhmm(startMinute),
            end: hhmm(endMinute),
            days,
            timeZone: 'UTC',
          };
          const base = at.near === 'start' ? startMinute : at.near === 'end' ? endMinute : 0;
          const minute = (((base + at.minute) % 1440) + 1440) % 1440;
          const time = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000 + minute * 60_000);
          const weekday = time.getUTCDay() >= 1 && time.getUTCDay() <= 5;
          const open = (days === 'every-day' || weekday) && minute >= startMinute && minute < endMinute;

          expect(evaluate(businessHoursExpression(business), time, events) < 1).toBe(open && !events);
        },
      ),
    );
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

  it('shows the state of every alarm, bank events on the bus and journey failures', () => {
    expect(body).toContain('\\"type\\":\\"alarm\\"');
    // Every alarm is on the alarm status widget, by ARN.
    const alarmIds = Object.keys(herald.resources('AWS::CloudWatch::Alarm'));
    for (const id of alarmIds) expect(body).toContain(`"Fn::GetAtt":["${id}","Arn"]`);
    for (const text of ['Bank events matched on the bus', 'MatchedEvents']) expect(body).toContain(text);
    if (stateMachines.length > 0) {
      expect(body).toContain('Journey executions failed or timed out');
      expect(body).toContain('ExecutionsTimedOut');
    }
  });

  it('reads the deliveries widget from the Herald log group', () => {
    const widgetBody = JSON.stringify(herald.resolveImport(dashboards[0]?.Properties.DashboardBody));

    expect(widgetBody).toContain(JSON.stringify(heraldLogGroup));
  });
});
