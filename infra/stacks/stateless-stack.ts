// Everything that can be redeployed at will: functions, their grants, rules and queue subscriptions.
import { ArnFormat, Stack, type StackProps, Token, Validations } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DEFAULT_CROSS_STACK_REFERENCES } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import { type HeraldConfig, whatsappPhoneNumberHex } from '../config.ts';
import { HeraldEventRules } from '../constructs/event-rules.ts';
import {
  cfnOf,
  HeraldFunction,
  type HeraldFunctionProps,
  SENDER_TIMEOUT,
} from '../constructs/herald-function.ts';
import { HeraldObservability } from '../constructs/observability.ts';
import { SES_FEEDBACK_DETAIL_TYPES, type StatefulStack } from './stateful-stack.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: HeraldConfig;
  readonly stateful: StatefulStack;
}

export type HeraldFunctionName =
  | 'profile'
  | 'balance-alerts'
  | 'send-email'
  | 'send-sms'
  | 'send-push'
  | 'send-whatsapp'
  | 'ses-feedback'
  | 'defer'
  | 'render'
  | 'erasure'
  | 'account-notices';

export class StatelessStack extends Stack {
  readonly functions: Readonly<Record<HeraldFunctionName, HeraldFunction>>;
  readonly rules: HeraldEventRules;
  readonly observability: HeraldObservability;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    // References to the stateful stack are CloudFormation exports (Fn::ImportValue): the stateful stack
    // cannot be deleted while these functions use it, and the local runtime resolves them from its Outputs.
    // Explicit so a CDK default change does not silently switch to weak references; cdk.json may override.
    if (this.node.tryGetContext(DEFAULT_CROSS_STACK_REFERENCES) === undefined) {
      this.node.setContext(DEFAULT_CROSS_STACK_REFERENCES, 'strong');
    }
    const { config, stateful } = props;
    const {
      table,
      deadLetterQueue,
      emailQueue,
      smsQueue,
      pushQueue,
      whatsAppQueue,
      deferQueue,
      renderQueue,
      scheduleGroup,
      configurationSet,
    } = stateful;
    // The deployment's notification policy, for every function that decides messages.
    const policyEnvironment = {
      QUIET_HOURS_DEFAULT: `${config.defaultQuietHours.start}-${config.defaultQuietHours.end}`,
      MARKETING_CAP: String(config.marketingCap),
      TRANSACTIONAL_DEFAULT: config.transactionalDefault,
    };

    const heraldFunction = (
      constructId: string,
      name: HeraldFunctionName,
      description: string,
      extra: Pick<HeraldFunctionProps, 'timeout' | 'memorySize' | 'environment'> = {},
    ) =>
      new HeraldFunction(this, constructId, {
        name,
        config,
        description,
        encryptionKey: stateful.key,
        deadLetterQueue,
        ...extra,
      });

    const profile = heraldFunction(
      'Profile',
      'profile',
      'Keeps the customer profile (contacts, consents, alert settings)',
    ).bindTable(table, 'readWrite');

    // A trigger decides messages from bank events: the profile table, the policy, the render queue.
    const trigger = (constructId: string, name: HeraldFunctionName, description: string) =>
      heraldFunction(constructId, name, description, { environment: policyEnvironment })
        .bindTable(table, 'readWrite')
        .bindQueue(renderQueue, 'RENDER_QUEUE_URL');
    const balanceAlerts = trigger(
      'BalanceAlerts',
      'balance-alerts',
      'Decides balance alerts and queues one job per channel',
    );
    const accountNotices = trigger(
      'AccountNotices',
      'account-notices',
      'Payment confirmations, statements ready and loan pre-approvals',
    );

    // Writes each planned message in the customer's language and queues it for its channel (or, in quiet
    // hours, for the defer function).
    const render = heraldFunction(
      'Render',
      'render',
      'Writes planned messages and queues them for their channel',
      {
        environment: {
          BRAND_NAME: config.brand.name,
          ...(config.brand.url ? { BRAND_URL: config.brand.url } : {}),
        },
      },
    )
      .bindQueue(emailQueue, 'EMAIL_QUEUE_URL')
      .bindQueue(smsQueue, 'SMS_QUEUE_URL')
      .bindQueue(pushQueue, 'PUSH_QUEUE_URL')
      .bindQueue(whatsAppQueue, 'WHATSAPP_QUEUE_URL')
      .bindQueue(deferQueue, 'DEFER_QUEUE_URL');
    render.consumeQueue('RenderQueueSource', renderQueue);

    // Deferred jobs (quiet hours): the defer function turns each into a one-off EventBridge Scheduler
    // schedule, which puts the job on its channel's queue when the quiet hours end, with this role.
    const channelQueues = [emailQueue, smsQueue, pushQueue, whatsAppQueue];
    // The group's name, not a reference: the schedules' ARNs are then known here, for the policy below.
    const scheduleGroupName = scheduleGroup.name ?? `herald-${config.envName}`;
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: `Herald ${config.envName}: deferred jobs onto the channel queues`,
    });
    for (const queue of channelQueues) queue.grantSendMessages(schedulerRole);
    Validations.of(cfnOf(schedulerRole.node.findChild('DefaultPolicy'))).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason:
          "CDK's grant to send to the channel queues, which are encrypted with Herald's customer-managed key; " +
          'limited to that one key ARN.',
      },
      {
        id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        reason:
          "CDK's grant to send to the channel queues, which are encrypted with Herald's customer-managed key; " +
          'limited to that one key ARN.',
      },
    );
    const defer = heraldFunction('Defer', 'defer', 'Schedules deferred jobs onto their channel queue', {
      environment: {
        SCHEDULE_GROUP: scheduleGroupName,
        SCHEDULER_ROLE_ARN: schedulerRole.roleArn,
        EMAIL_QUEUE_ARN: emailQueue.queueArn,
        SMS_QUEUE_ARN: smsQueue.queueArn,
        PUSH_QUEUE_ARN: pushQueue.queueArn,
        WHATSAPP_QUEUE_ARN: whatsAppQueue.queueArn,
      },
    });
    defer.consumeQueue('DeferQueueSource', deferQueue);
    const schedulesPolicy = defer.addPolicy('CreateDeferredSchedules', [
      new PolicyStatement({
        sid: 'CreateSchedulesInHeraldGroup',
        actions: ['scheduler:CreateSchedule'],
        resources: [
          this.formatArn({
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
    const account = Token.isUnresolved(this.account) ? '<AWS::AccountId>' : this.account;
    const scheduleArnFinding = `arn:<AWS::Partition>:scheduler:${this.region}:${account}:schedule/${scheduleGroupName}/*`;
    Validations.of(cfnOf(schedulesPolicy)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${scheduleArnFinding}]`,
      reason:
        'One schedule per deferred message, named after its notification id, so the names are not known ' +
        "in advance; the wildcard covers only Herald's own schedule group.",
    });

    const sendEmail = heraldFunction('SendEmail', 'send-email', 'Sends e-mail jobs with SES', {
      timeout: SENDER_TIMEOUT,
      environment: {
        SENDER_EMAIL: config.senderEmail,
        SES_CONFIGURATION_SET: configurationSet.configurationSetName,
      },
    }).bindTable(table, 'readWrite');
    sendEmail.consumeQueue('EmailQueueSource', emailQueue);
    const senderDomain = config.senderEmail.slice(config.senderEmail.lastIndexOf('@') + 1);
    sendEmail.addPolicy('SesSendEmail', [
      new PolicyStatement({
        sid: 'SendAsHeraldSender',
        actions: ['ses:SendEmail'],
        resources: [
          // Whichever identity is verified: the address itself or its domain.
          this.formatArn({ service: 'ses', resource: 'identity', resourceName: config.senderEmail }),
          this.formatArn({ service: 'ses', resource: 'identity', resourceName: senderDomain }),
          this.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: configurationSet.configurationSetName,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ],
      }),
    ]);

    const sendSms = heraldFunction('SendSms', 'send-sms', 'Sends SMS jobs with SNS', {
      timeout: SENDER_TIMEOUT,
      environment: { SMS_SENDER_ID: config.smsSenderId ?? '' },
    }).bindTable(table, 'readWrite');
    sendSms.consumeQueue('SmsQueueSource', smsQueue);
    const smsPolicy = sendSms.addPolicy('SnsPublishSms', [
      new PolicyStatement({ sid: 'PublishSmsToPhoneNumbers', actions: ['sns:Publish'], resources: ['*'] }),
    ]);
    Validations.of(cfnOf(smsPolicy)).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'sns:Publish straight to a phone number (SMS) has no resource ARN, so IAM requires Resource *; ' +
        'this separate policy holds only that action and only send-sms has it.',
    });

    // Push and WhatsApp senders are deployed even when their channel is not configured, so that a job queued
    // for them is always settled (failed, reason channel_not_configured) rather than left in the queue; they
    // get their send permission only with the configured application or phone number.
    const sendPush = heraldFunction('SendPush', 'send-push', 'Sends push jobs with End User Messaging', {
      timeout: SENDER_TIMEOUT,
      environment: { PINPOINT_APPLICATION_ID: config.pushApplicationId ?? '' },
    }).bindTable(table, 'readWrite');
    sendPush.consumeQueue('PushQueueSource', pushQueue);
    if (config.pushApplicationId !== undefined) {
      const application = (resourceName: string) =>
        this.formatArn({
          service: 'mobiletargeting',
          resource: 'apps',
          resourceName,
          arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
        });
      sendPush.addPolicy('PinpointSendMessages', [
        new PolicyStatement({
          sid: 'SendPushThroughHeraldApplication',
          actions: ['mobiletargeting:SendMessages'],
          // The application, and its messages resource (POST /v1/apps/{id}/messages), which some IAM
          // documentation names instead; both are this one application only.
          resources: [
            application(config.pushApplicationId),
            application(`${config.pushApplicationId}/messages`),
          ],
        }),
      ]);
    }

    const sendWhatsApp = heraldFunction(
      'SendWhatsApp',
      'send-whatsapp',
      'Sends WhatsApp template messages with End User Messaging Social',
      {
        timeout: SENDER_TIMEOUT,
        environment: {
          WHATSAPP_PHONE_NUMBER_ID: config.whatsappPhoneNumberId ?? '',
          WHATSAPP_META_API_VERSION: config.whatsappMetaApiVersion ?? '',
        },
      },
    ).bindTable(table, 'readWrite');
    sendWhatsApp.consumeQueue('WhatsAppQueueSource', whatsAppQueue);
    if (config.whatsappPhoneNumberId !== undefined) {
      sendWhatsApp.addPolicy('SocialMessagingSendWhatsApp', [
        new PolicyStatement({
          sid: 'SendFromHeraldWhatsAppNumber',
          actions: ['social-messaging:SendWhatsAppMessage'],
          resources: [
            this.formatArn({
              service: 'social-messaging',
              resource: 'phone-number-id',
              resourceName: whatsappPhoneNumberHex(config.whatsappPhoneNumberId),
              arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
            }),
          ],
        }),
      ]);
    }

    const sesFeedback = heraldFunction(
      'SesFeedback',
      'ses-feedback',
      'Records SES delivery, bounce, complaint, open and click events; suppresses bounced addresses',
    ).bindTable(table, 'readWrite');

    const erasure = heraldFunction(
      'Erasure',
      'erasure',
      'Erases a customer (Customer.ErasureRequested) and emits Customer.Erased',
      { environment: { EVENT_BUS_NAME: stateful.eventBus.eventBusName } },
    ).bindTable(table, 'readWrite');
    stateful.eventBus.grantPutEventsTo(erasure.role);

    this.functions = {
      profile,
      'balance-alerts': balanceAlerts,
      'send-email': sendEmail,
      'send-sms': sendSms,
      'send-push': sendPush,
      'send-whatsapp': sendWhatsApp,
      'ses-feedback': sesFeedback,
      defer,
      render,
      erasure,
      'account-notices': accountNotices,
    };

    this.rules = new HeraldEventRules(this, 'Rules', {
      eventBus: stateful.eventBus,
      allowedSources: config.allowedSources,
      deadLetterQueue: Queue.fromQueueArn(this, 'DeadLetterQueueRef', deadLetterQueue.queueArn),
    });
    this.rules.route(
      'ProfileEvents',
      ['Customer.Upserted', 'Consent.Changed', 'AlertSettings.Changed'],
      profile,
    );
    this.rules.route('BalanceChanged', ['Balance.Changed'], balanceAlerts);
    this.rules.route(
      'AccountNotices',
      ['Payment.Completed', 'Statement.Ready', 'Loan.PreApproved'],
      accountNotices,
    );
    this.rules.route('ErasureRequested', ['Customer.ErasureRequested'], erasure);
    this.rules.route('SesFeedback', SES_FEEDBACK_DETAIL_TYPES, sesFeedback, {
      awsSource: { eventBus: EventBus.fromEventBusName(this, 'DefaultBus', 'default'), source: 'aws.ses' },
      // Only mail sent through Herald's configuration set.
      detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.configurationSetName] } } },
    });

    this.observability = new HeraldObservability(this, 'Observability', {
      config,
      functions: Object.values(this.functions),
      deadLetterQueue,
      encryptionKey: stateful.key,
    });
  }
}
