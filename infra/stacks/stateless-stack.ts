// Everything that can be redeployed at will: functions, their grants, rules and queue subscriptions.
import { ArnFormat, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
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
  | 'ses-feedback';

export class StatelessStack extends Stack {
  readonly functions: Readonly<Record<HeraldFunctionName, HeraldFunction>>;
  readonly rules: HeraldEventRules;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    // References to the stateful stack are CloudFormation exports (Fn::ImportValue): the stateful stack
    // cannot be deleted while these functions use it, and the local runtime resolves them from its Outputs.
    // Explicit so a CDK default change does not silently switch to weak references; cdk.json may override.
    if (this.node.tryGetContext(DEFAULT_CROSS_STACK_REFERENCES) === undefined) {
      this.node.setContext(DEFAULT_CROSS_STACK_REFERENCES, 'strong');
    }
    const { config, stateful } = props;
    const { table, deadLetterQueue, emailQueue, smsQueue, pushQueue, whatsAppQueue, configurationSet } =
      stateful;

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

    const balanceAlerts = heraldFunction(
      'BalanceAlerts',
      'balance-alerts',
      'Decides balance alerts and queues one job per channel',
    )
      .bindTable(table, 'readWrite')
      .bindQueue(emailQueue, 'EMAIL_QUEUE_URL')
      .bindQueue(smsQueue, 'SMS_QUEUE_URL');

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

    this.functions = {
      profile,
      'balance-alerts': balanceAlerts,
      'send-email': sendEmail,
      'send-sms': sendSms,
      'send-push': sendPush,
      'send-whatsapp': sendWhatsApp,
      'ses-feedback': sesFeedback,
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
    this.rules.route('SesFeedback', SES_FEEDBACK_DETAIL_TYPES, sesFeedback, {
      awsSource: { eventBus: EventBus.fromEventBusName(this, 'DefaultBus', 'default'), source: 'aws.ses' },
      // Only mail sent through Herald's configuration set.
      detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.configurationSetName] } } },
    });
  }
}
