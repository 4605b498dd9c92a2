import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { jobDeadLetterQueueName } from '../../infra/config.ts';
import { queueVisibilityTimeout, SENDER_TIMEOUT } from '../../infra/constructs/herald-function.ts';
import { MAX_RECEIVE_COUNT } from '../../infra/stacks/stateful-stack.ts';
import { arnOf, asArray, defined, PROD_VALUES, ref, type Statement, synthHerald } from './support.ts';

const herald = synthHerald();
const { config, stateful, statefulTemplate } = herald;
const keyId = herald.logicalId(stateful.key);
const busId = herald.logicalId(stateful.eventBus);
const dlqId = herald.logicalId(stateful.deadLetterQueue);
const jobDlqId = herald.logicalId(stateful.jobDeadLetterQueue);

/** Accounts named in the principals of the bus policies that allow events:PutEvents. */
function putEventsPolicies(h = herald) {
  const policies = Object.values(h.resources('AWS::Events::EventBusPolicy', 'stateful'));
  const statements = policies.map((policy) => policy.Properties.Statement as Statement);
  return statements.filter((statement) => asArray(statement.Action).includes('events:PutEvents'));
}
const accountsIn = (principal: unknown) =>
  [...JSON.stringify(principal).matchAll(/:iam::(\d{12}):root/g)].map((match) => match[1]);

describe('event bus', () => {
  it(`is a custom bus named herald-<env> (${config.envName})`, () => {
    statefulTemplate.hasResourceProperties('AWS::Events::EventBus', { Name: `herald-${config.envName}` });
  });

  it('lets only the configured producer accounts PutEvents, only with an allowed source', () => {
    // Act
    const statements = putEventsPolicies();

    // Assess
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement?.Effect).toBe('Allow');
    expect(asArray(statement?.Action)).toEqual(['events:PutEvents']);
    expect(accountsIn(statement?.Principal).sort()).toEqual([...config.allowedProducerAccounts].sort());
    expect(JSON.stringify(statement?.Principal)).not.toContain('"*"');
    expect(statement?.Condition).toEqual({ StringEquals: { 'events:source': config.allowedSources } });
    expect(statement?.Resource).toEqual(arnOf(busId));
    statefulTemplate.hasResourceProperties('AWS::Events::EventBusPolicy', { EventBusName: ref(busId) });
  });

  it('follows a different config: its producer accounts and sources', () => {
    // Prepare
    const other = synthHerald({
      overrides: {
        allowedProducerAccounts: ['444444444444', '555555555555'],
        allowedSources: ['bank.core', 'bank.cards'],
      },
    });

    // Act
    const [statement, ...rest] = putEventsPolicies(other);

    // Assess
    expect(rest).toEqual([]);
    expect(accountsIn(statement?.Principal).sort()).toEqual(['444444444444', '555555555555']);
    expect(accountsIn(statement?.Principal)).not.toContain('111111111111');
    expect(statement?.Condition).toEqual({ StringEquals: { 'events:source': ['bank.core', 'bank.cards'] } });
  });

  it('has no resource policy when no other account produces', () => {
    const sameAccount = synthHerald({ overrides: { allowedProducerAccounts: [] } });

    expect(putEventsPolicies(sameAccount)).toEqual([]);
  });

  it('is archived with the configured retention, encrypted with the Herald key', () => {
    statefulTemplate.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: arnOf(busId),
      RetentionDays: config.archiveRetentionDays,
      EventPattern: { source: config.allowedSources },
      KmsKeyIdentifier: arnOf(keyId),
    });
  });
});

describe('key', () => {
  it('is customer managed, rotated and retained', () => {
    statefulTemplate.hasResource('AWS::KMS::Key', {
      Properties: { EnableKeyRotation: true },
      DeletionPolicy: 'Retain',
    });
  });

  it('lets EventBridge write to the encrypted DLQ and CloudWatch Logs encrypt the log groups', () => {
    const key = defined(herald.resources('AWS::KMS::Key', 'stateful')[keyId], 'key');
    const statements = (key.Properties.KeyPolicy as { Statement: Statement[] }).Statement;

    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'events.amazonaws.com' },
        Action: expect.arrayContaining(['kms:Decrypt', 'kms:GenerateDataKey']),
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: `logs.${config.region}.amazonaws.com` },
        Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': expect.anything() } },
      }),
    );
  });
});

describe('table', () => {
  it('is pk/sk, on-demand, with PITR, TTL on expiresAt and the customer-managed key', () => {
    statefulTemplate.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ]),
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: arnOf(keyId) },
      DeletionProtectionEnabled: true,
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    statefulTemplate.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('queues', () => {
  const queues = herald.resources('AWS::SQS::Queue', 'stateful');
  const channelQueues = [
    ['EmailQueue', herald.logicalId(stateful.emailQueue)],
    ['SmsQueue', herald.logicalId(stateful.smsQueue)],
    ['PushQueue', herald.logicalId(stateful.pushQueue)],
    ['WhatsAppQueue', herald.logicalId(stateful.whatsAppQueue)],
  ] as const;

  it('has a 14-day, KMS-encrypted dead-letter queue', () => {
    expect(queues[dlqId]?.Properties).toEqual({
      KmsMasterKeyId: arnOf(keyId),
      MessageRetentionPeriod: 14 * 24 * 3600,
      Tags: expect.any(Array),
    });
  });

  it.each(channelQueues)('%s is encrypted and redrives to the job DLQ after 5 receives', (_name, queueId) => {
    expect(queues[queueId]?.Properties).toMatchObject({
      KmsMasterKeyId: arnOf(keyId),
      RedrivePolicy: { deadLetterTargetArn: arnOf(jobDlqId), maxReceiveCount: 5 },
    });
  });

  it('has a job DLQ, named for herald redrive, KMS-encrypted, kept 14 days, apart from the Herald DLQ', () => {
    expect(queues[jobDlqId]?.Properties).toEqual({
      QueueName: 'herald-dev-jobs-dlq',
      KmsMasterKeyId: arnOf(keyId),
      MessageRetentionPeriod: 14 * 24 * 3600,
      Tags: expect.any(Array),
    });
    expect(jobDeadLetterQueueName(config)).toBe('herald-dev-jobs-dlq');
  });

  it('every queue with a redrive policy redrives to the job DLQ, never to the Herald DLQ (redrive needs SQS-only sources)', () => {
    const redriving = Object.entries(queues).filter(([, queue]) => queue.Properties.RedrivePolicy);
    // The four channel queues, the defer queue, the two render queues (render, render-security) and the due queue.
    expect(redriving).toHaveLength(8);
    for (const [, queue] of redriving)
      expect(queue.Properties.RedrivePolicy).toEqual({
        deadLetterTargetArn: arnOf(jobDlqId),
        maxReceiveCount: MAX_RECEIVE_COUNT,
      });
  });

  it.each(channelQueues)('%s visibility timeout is at least 6 × the sender timeout', (_name, queueId) => {
    const visibility = queues[queueId]?.Properties.VisibilityTimeout;

    expect(visibility).toBe(queueVisibilityTimeout(SENDER_TIMEOUT).toSeconds());
    expect(visibility).toBeGreaterThanOrEqual(6 * SENDER_TIMEOUT.toSeconds());
  });

  it('push and WhatsApp queues exist whether or not the channels are configured', () => {
    const off = synthHerald({ envName: 'prod', overrides: PROD_VALUES });

    expect(off.config.pushApplicationId).toBeUndefined();
    expect(off.config.whatsappPhoneNumberId).toBeUndefined();
    for (const queue of [off.stateful.pushQueue, off.stateful.whatsAppQueue]) {
      expect(off.resources('AWS::SQS::Queue', 'stateful')[off.logicalId(queue)]?.Properties).toMatchObject({
        KmsMasterKeyId: arnOf(off.logicalId(off.stateful.key)),
        RedrivePolicy: {
          deadLetterTargetArn: arnOf(off.logicalId(off.stateful.jobDeadLetterQueue)),
          maxReceiveCount: 5,
        },
        VisibilityTimeout: queueVisibilityTimeout(SENDER_TIMEOUT).toSeconds(),
      });
    }
  });

  it('every queue refuses requests without TLS', () => {
    const policies = Object.values(herald.resources('AWS::SQS::QueuePolicy', 'stateful'));
    const protectedQueues = policies
      .filter((policy) =>
        (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.some(
          (statement) =>
            statement.Effect === 'Deny' &&
            JSON.stringify(statement.Condition) ===
              JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
        ),
      )
      .flatMap((policy) => policy.Properties.Queues as { Ref: string }[])
      .map((queue) => queue.Ref);

    expect(protectedQueues.sort()).toEqual(Object.keys(queues).sort());
  });

  it('the DLQ accepts dead letters only from rules on the Herald bus', () => {
    statefulTemplate.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref(dlqId)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Condition: {
              ArnLike: {
                'aws:SourceArn': {
                  'Fn::Join': ['', Match.arrayWith([`:rule/herald-${config.envName}/*`])],
                },
              },
            },
          }),
        ]),
      },
    });
  });
});

describe('SES configuration set', () => {
  it('defaults to herald-<env>', () => {
    statefulTemplate.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: `herald-${config.envName}`,
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });

  it('takes its name from the config', () => {
    const named = synthHerald({ overrides: { sesConfigurationSetName: 'bank-herald' } });

    named.statefulTemplate.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'bank-herald' });
  });

  it('publishes delivery, bounce, complaint, open, click, reject and rendering events to the default bus', () => {
    statefulTemplate.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: [
          'delivery',
          'bounce',
          'complaint',
          'open',
          'click',
          'reject',
          'renderingFailure',
        ],
        EventBridgeDestination: {
          EventBusArn: { 'Fn::Join': ['', Match.arrayWith([':event-bus/default'])] },
        },
      },
    });
  });
});

describe('stack layout', () => {
  it('the stateful stack depends on nothing; the stateless stack depends on it', () => {
    expect(stateful.dependencies).toEqual([]);
    expect(herald.stateless.dependencies).toContain(stateful);
    expect(stateful.stackName).toBe(`HeraldStateful-${config.envName}`);
    expect(herald.stateless.stackName).toBe(`HeraldStateless-${config.envName}`);
  });

  it('prod is pinned to its account and region', () => {
    const prod = synthHerald({ envName: 'prod', overrides: PROD_VALUES });

    expect(prod.stateful.account).toBe(PROD_VALUES.account);
    expect(prod.stateful.region).toBe('eu-west-1');
    expect(prod.stateful.stackName).toBe('HeraldStateful-prod');
  });
});
