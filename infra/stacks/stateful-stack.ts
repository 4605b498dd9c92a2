// Everything that holds data or identity: key, bus (+ archive), table, queues, SES configuration set.
// Deployed first, rarely changed, retained on delete where it holds customer data.
import {
  ArnFormat,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Archive, EventBus } from 'aws-cdk-lib/aws-events';
import { AccountPrincipal, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailSendingEvent,
  EventDestination,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';

/** The SES events Herald records (ses-feedback), and the detail-types SES gives them on EventBridge. */
export const SES_FEEDBACK_EVENTS = [
  EmailSendingEvent.DELIVERY,
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.OPEN,
  EmailSendingEvent.CLICK,
  EmailSendingEvent.REJECT,
  EmailSendingEvent.RENDERING_FAILURE,
];
export const SES_FEEDBACK_DETAIL_TYPES = [
  'Email Delivered',
  'Email Bounced',
  'Email Complaint Received',
  'Email Opened',
  'Email Clicked',
  'Email Rejected',
  'Email Rendering Failed',
];

import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import {
  eventBusName,
  type HeraldConfig,
  heraldLogGroupName,
  jobDeadLetterQueueName,
  logRetention,
} from '../config.ts';
import { cfnOf, queueVisibilityTimeout, SENDER_TIMEOUT } from '../constructs/herald-function.ts';

export interface StatefulStackProps extends StackProps {
  readonly config: HeraldConfig;
}

/**
 * A job is received this many times by its function before the queue moves it to the job DLQ; the
 * function reads it (MAX_RECEIVE_COUNT, set by `HeraldFunction.consumeQueue` from the queue's redrive
 * policy) to give the job up on its last receive. Throttling does not count: a throttled job goes back on
 * its queue as a new message.
 */
export const MAX_RECEIVE_COUNT = 5;
export const DLQ_RETENTION = Duration.days(14);

export class StatefulStack extends Stack {
  readonly config: HeraldConfig;
  readonly key: Key;
  /** HMAC key that signs the YES/NO links of fraud alerts; its material never leaves KMS. */
  readonly replyLinkKey: Key;
  /** Signs the consent links of e-mails (unsubscribe, preference page): HMAC, GENERATE_VERIFY_MAC. */
  readonly consentLinkKey: Key;
  readonly eventBus: EventBus;
  readonly archive: Archive;
  readonly table: Table;
  /**
   * Herald's DLQ: rejected events (with the reason), failed asynchronous invocations (on-failure
   * destinations) and events a rule could not deliver. Kept for inspection.
   */
  readonly deadLetterQueue: Queue;
  /**
   * The job DLQ: jobs the job queues (channels, render, defer, due) gave up on after their last receive.
   * Only SQS queues feed it, so SQS `StartMessageMoveTask` can move its messages back to the queue each came
   * from (`herald redrive`).
   */
  readonly jobDeadLetterQueue: Queue;
  readonly emailQueue: Queue;
  readonly smsQueue: Queue;
  readonly pushQueue: Queue;
  readonly whatsAppQueue: Queue;
  /** Planned messages, from the triggers to the render function. */
  readonly renderQueue: Queue;
  /** Planned fraud alerts, from the fraud trigger to render-security (the one that signs reply links). */
  readonly securityRenderQueue: Queue;
  /** Jobs to send later (quiet hours): the defer function schedules each onto its channel's queue. */
  readonly deferQueue: Queue;
  /** Wake-ups (a tax-date reminder on its date), put here by their one-off schedules. */
  readonly dueQueue: Queue;
  /** Where the one-off schedules of deferred jobs live until they run. */
  readonly scheduleGroup: CfnScheduleGroup;
  readonly configurationSet: ConfigurationSet;
  /** The log group of every Herald function: the delivery log and the operational lines (observability). */
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;
    const busName = eventBusName(config);

    this.key = new Key(this, 'Key', {
      alias: `alias/herald-${config.envName}`,
      description: `Herald ${config.envName}: table, queues and log groups`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // EventBridge writes undeliverable events to the (encrypted) DLQ of a rule target.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowEventBridgeDeadLetters',
        principals: [new ServicePrincipal('events.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    // CloudWatch alarms publish to the on-call topic, which is encrypted with the key (observability).
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToEncryptedTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    // CloudWatch Logs encrypts the function log groups with the key.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchLogs',
        principals: [new ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': this.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );

    // Signs the YES/NO links of fraud alerts (GenerateMac) and checks them (VerifyMac). A key of its own:
    // an HMAC key can do nothing else, and only the render function may ask it for MACs. KMS does not
    // rotate HMAC keys; a link lives until its case's reply deadline (minutes), so replacing the key
    // (a new logical id) only spoils the links of open cases. It holds no customer data: destroyed with
    // the stack, after KMS's waiting period.
    this.replyLinkKey = new Key(this, 'ReplyLinkKey', {
      alias: `alias/herald-${config.envName}-reply-links`,
      description: `Herald ${config.envName}: signs the YES/NO links of fraud alerts (HMAC)`,
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      pendingWindow: Duration.days(7),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Signs the consent links of e-mails (one-click unsubscribe, preference page): the render functions ask
    // it for MACs, the consent-link endpoint checks them. Not the reply-link key: a key per kind of link, so
    // neither endpoint can be handed the other's links, and each grant names one key. Replacing it (a new
    // logical id) spoils every consent link sent before (they count for `consent.linkLifetimeDays`). It
    // holds no customer data: destroyed with the stack, after KMS's waiting period.
    this.consentLinkKey = new Key(this, 'ConsentLinkKey', {
      alias: `alias/herald-${config.envName}-consent-links`,
      description: `Herald ${config.envName}: signs the unsubscribe and preference page links of e-mails (HMAC)`,
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      pendingWindow: Duration.days(7),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.eventBus = new EventBus(this, 'EventBus', {
      eventBusName: busName,
      description: `Herald ${config.envName}: bank events in, Herald events out`,
    });
    if (config.allowedProducerAccounts.length > 0) {
      this.eventBus.addToResourcePolicy(
        new PolicyStatement({
          sid: 'AllowHeraldProducers',
          principals: config.allowedProducerAccounts.map((account) => new AccountPrincipal(account)),
          actions: ['events:PutEvents'],
          resources: [this.eventBus.eventBusArn],
          conditions: { StringEquals: { 'events:source': config.allowedSources } },
        }),
      );
    }
    this.archive = new Archive(this, 'Archive', {
      sourceEventBus: this.eventBus,
      description: `Herald ${config.envName}: bank events, for replay`,
      eventPattern: { source: config.allowedSources },
      retention: Duration.days(config.archiveRetentionDays),
      kmsKey: this.key,
    });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: 'expiresAt',
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      retentionPeriod: DLQ_RETENTION,
      enforceSSL: true,
    });
    // Rule targets on the Herald bus may dead-letter here. Declared here, not by the rule targets, so that
    // this stack does not depend on the stateless stack (which would be a cycle).
    this.deadLetterQueue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowHeraldRuleDeadLetters',
        principals: [new ServicePrincipal('events.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.deadLetterQueue.queueArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': this.formatArn({
              service: 'events',
              resource: 'rule',
              resourceName: `${busName}/*`,
            }),
          },
        },
      }),
    );
    Validations.of(cfnOf(this.deadLetterQueue)).acknowledge(
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason:
          'This is the terminal dead-letter queue of Herald: nothing redrives out of it automatically; ' +
          'messages are kept 14 days for inspection and manual redrive.',
      },
      {
        id: 'AwsSolutions-SQS3',
        reason:
          'This is the terminal dead-letter queue of Herald, for rejected events, failed asynchronous ' +
          'invocations and undeliverable rule targets (EventBridge and Lambda send to it, no SQS redrive ' +
          'policy does); it needs no dead-letter queue of its own.',
      },
    );

    // Apart from the Herald DLQ: StartMessageMoveTask only redrives a DLQ whose messages all came from
    // SQS queues' redrive policies, not from Lambda or EventBridge. Named, so that `herald redrive` finds it
    // from the environment's name alone.
    this.jobDeadLetterQueue = new Queue(this, 'JobDeadLetterQueue', {
      queueName: jobDeadLetterQueueName(config),
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      // As long as SQS keeps a message: a job is kept until it is redriven.
      retentionPeriod: DLQ_RETENTION,
      enforceSSL: true,
    });
    Validations.of(cfnOf(this.jobDeadLetterQueue)).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason:
        'This is the dead-letter queue of the job queues: its messages go back to their source queues only ' +
        'when an operator redrives them (herald redrive); kept 14 days.',
    });

    const channelQueue = (queueId: string) =>
      new Queue(this, queueId, {
        encryption: QueueEncryption.KMS,
        encryptionMasterKey: this.key,
        enforceSSL: true,
        visibilityTimeout: queueVisibilityTimeout(SENDER_TIMEOUT),
        deadLetterQueue: { queue: this.jobDeadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
      });
    this.emailQueue = channelQueue('EmailQueue');
    this.smsQueue = channelQueue('SmsQueue');
    // Deployed whether or not the channel is configured, so that turning it on or off never replaces a
    // queue that may hold jobs.
    this.pushQueue = channelQueue('PushQueue');
    this.whatsAppQueue = channelQueue('WhatsAppQueue');
    this.deferQueue = channelQueue('DeferQueue');
    this.renderQueue = channelQueue('RenderQueue');
    this.securityRenderQueue = channelQueue('SecurityRenderQueue');
    this.dueQueue = channelQueue('DueQueue');
    this.scheduleGroup = new CfnScheduleGroup(this, 'ScheduleGroup', { name: `herald-${config.envName}` });

    // The delivery log's home: every Herald function logs here (Lambda advanced logging, LoggingConfig.
    // LogGroup), records and operational lines alike; the saved queries filter on `kind`. Each record is
    // written once, by the function that decided it, with no extra hop: a subscription filter copying
    // records out of per-function groups would need a forwarder (Lambda, Firehose or Kinesis), pay
    // ingestion twice and deliver at least once, and the adapter calling PutLogEvents itself would add a
    // client, a request per record and a second failure path to every function. Operational lines stay
    // told apart by `function_name` and the log stream (`YYYY/MM/DD/<function>[<version>][<id>]`). Named, and
    // here rather than beside the functions, because it holds the record analysts query: it outlives a
    // redeploy of the stateless stack.
    this.logGroup = new LogGroup(this, 'FunctionLogs', {
      logGroupName: heraldLogGroupName(config),
      retention: logRetention(config),
      encryptionKey: this.key,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: config.sesConfigurationSetName,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // SES publishes what happens to each message to the account's default bus (the only bus SES can
    // target); the ses-feedback function turns it into delivery records and suppressions.
    this.configurationSet.addEventDestination('ToEventBridge', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: SES_FEEDBACK_EVENTS,
    });

    new CfnOutput(this, 'EventBusNameOutput', {
      description: 'Bus that bank producers PutEvents to',
      value: this.eventBus.eventBusName,
    });
    new CfnOutput(this, 'EventBusArnOutput', { value: this.eventBus.eventBusArn });
    new CfnOutput(this, 'DeadLetterQueueUrlOutput', { value: this.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'JobDeadLetterQueueUrlOutput', {
      description: 'Jobs given up on after their last receive; herald redrive moves them back',
      value: this.jobDeadLetterQueue.queueUrl,
    });
  }
}
