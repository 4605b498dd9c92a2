// Everything that can be redeployed at will: functions, their grants, rules and queue subscriptions.
import { Annotations, ArnFormat, Stack, type StackProps, Token, Validations } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { DEFAULT_CROSS_STACK_REFERENCES } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import { CHANNEL_QUEUE_ENV } from '../../shared/adapters/lambda/channel-queues.ts';
import { HERALD_SOURCE } from '../../shared/contract/common.ts';
import { bankEvents } from '../../shared/contract/registry.ts';
import { cardActivationJourney } from '../../shared/domain/journeys/card-activation.ts';
import { kycJourney } from '../../shared/domain/journeys/kyc.ts';
import { onboardingJourney } from '../../shared/domain/journeys/onboarding.ts';
import { paymentDueJourney } from '../../shared/domain/journeys/payment-due.ts';
import { surveyJourney } from '../../shared/domain/journeys/surveys.ts';
import { winBackJourney } from '../../shared/domain/journeys/win-back.ts';
import type { RenderFunction } from '../../shared/notifications/definition.ts';
import { renderFunctionsOf, renderQueueEnv } from '../../shared/notifications/render-queues.ts';
import { type HeraldConfig, whatsappPhoneNumberHex } from '../config.ts';
import { exposeConsentLinks, grantSignConsentLinks } from '../constructs/consent-links.ts';
import { HeraldEventRules } from '../constructs/event-rules.ts';
import { FraudReplyWorkflow } from '../constructs/fraud-reply.ts';
import {
  cfnOf,
  HeraldFunction,
  type HeraldFunctionProps,
  SENDER_TIMEOUT,
} from '../constructs/herald-function.ts';
import { HeraldJourney } from '../constructs/journeys.ts';
import { deadLetterQueuesOf, HeraldObservability, stateMachinesOf } from '../constructs/observability.ts';
import { HeraldStatusEvents } from '../constructs/status-events.ts';
import { TRIGGER_TYPES, type TriggerName } from '../trigger-types.ts';
import { SES_FEEDBACK_DETAIL_TYPES, type StatefulStack } from './stateful-stack.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: HeraldConfig;
  readonly stateful: StatefulStack;
}

export type HeraldFunctionName =
  | 'profile'
  | 'balance-alerts'
  | 'transaction-alerts'
  | 'send-email'
  | 'send-sms'
  | 'send-push'
  | 'send-whatsapp'
  | 'ses-feedback'
  | 'defer'
  | 'render'
  | 'render-security'
  | 'erasure'
  | 'account-notices'
  | 'fraud-alerts'
  | 'fraud-reply-events'
  | 'fraud-reply-wait'
  | 'fraud-reply-step'
  | 'fraud-reply-link'
  | 'fraud-reply-inbound'
  | 'tax-reminders'
  | 'tax-reminders-due'
  | 'price-alerts'
  | 'journeys'
  | 'journey-step'
  | 'win-back'
  | 'surveys'
  | 'consent-evidence'
  | 'unknown-events'
  | 'status-events'
  | 'consent-link';

export class StatelessStack extends Stack {
  readonly functions: Readonly<Record<HeraldFunctionName, HeraldFunction>>;
  readonly rules: HeraldEventRules;
  readonly statusEvents: HeraldStatusEvents;
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
    const channelQueueList = [
      ['email', emailQueue],
      ['sms', smsQueue],
      ['push', pushQueue],
      ['whatsapp', whatsAppQueue],
    ] as const;
    // The deployment's notification policy, for every function that decides messages.
    const policyEnvironment = {
      QUIET_HOURS_DEFAULT: `${config.defaultQuietHours.start}-${config.defaultQuietHours.end}`,
      MARKETING_CAP: String(config.marketingCap),
      TRANSACTIONAL_DEFAULT: config.transactionalDefault,
    };

    // The deployment's secret for the pseudonyms of erased customers (README: Deploy), given at synth and
    // never kept in the config file; without it the functions fall back to the development key.
    const pseudonymKey =
      (this.node.tryGetContext('herald:pseudonymKey') as string | undefined) ??
      process.env.HERALD_PSEUDONYM_KEY;
    // Said at every synth and deploy: with the development key, erasure tombstones are keyed by a hash
    // anyone could recompute, and a later deploy that sets a key no longer finds them.
    if (!pseudonymKey && config.envName !== 'dev')
      Annotations.of(this).addWarningV2(
        'herald:pseudonymKey',
        `No pseudonym key for "${config.envName}": erased customers' tombstones use the development key. ` +
          'Set HERALD_PSEUDONYM_KEY (or -c herald:pseudonymKey=…) once, before the first erasure (README: Deploy).',
      );
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
        logGroup: stateful.logGroup,
        deadLetterQueue,
        ...extra,
        environment: { ...(pseudonymKey ? { PSEUDONYM_KEY: pseudonymKey } : {}), ...extra.environment },
      });

    const profile = heraldFunction(
      'Profile',
      'profile',
      'Keeps the customer profile (contacts, consents, alert settings)',
    ).bindTable(table, 'readWrite');

    // A trigger decides messages from bank events: the profile table, the policy, and the queues of the
    // render functions that write the types it raises (infra/trigger-types.ts), as their definitions name
    // them (`render`), and no other: each render queue carries only types its function knows.
    const renderQueues: Readonly<Record<RenderFunction, IQueue>> = {
      render: renderQueue,
      'render-security': stateful.securityRenderQueue,
    };
    const trigger = (constructId: string, name: TriggerName, description: string) => {
      const fn = heraldFunction(constructId, name, description, { environment: policyEnvironment }).bindTable(
        table,
        'readWrite',
      );
      for (const render of renderFunctionsOf(TRIGGER_TYPES[name]))
        fn.bindQueue(renderQueues[render], renderQueueEnv(render));
      return fn;
    };
    const balanceAlerts = trigger(
      'BalanceAlerts',
      'balance-alerts',
      'Decides balance alerts and queues one job per channel',
    );
    const transactionAlerts = trigger(
      'TransactionAlerts',
      'transaction-alerts',
      'Decides large-transaction alerts from posted transactions',
    );
    const accountNotices = trigger(
      'AccountNotices',
      'account-notices',
      'Payment confirmations, statements ready and loan pre-approvals',
    );
    // The representative example every loan offer quotes, or { enabled: false } (config.ts loanOffers).
    accountNotices.fn.addEnvironment('LOAN_OFFERS', JSON.stringify(config.loanOffers));
    const priceAlerts = trigger(
      'PriceAlerts',
      'price-alerts',
      'Arms and removes price alerts; fires the alerts a market price tick crosses',
    );
    const fraud = config.fraud;
    const fraudAlerts = trigger(
      'FraudAlerts',
      'fraud-alerts',
      'Fraud.Suspected: asks the customer YES/NO with a reply deadline',
    );
    fraudAlerts.fn.addEnvironment('FRAUD_REPLY_WINDOW_MINUTES', String(fraud.replyWindowMinutes));
    fraudAlerts.fn.addEnvironment('FRAUD_MIN_RISK_SCORE', String(fraud.minRiskScore));

    // Writes each planned message in the customer's language and queues it for its channel (or, in quiet
    // hours, for the defer function). Fraud alerts have their own render function and queue: only it may
    // sign their reply links.
    const renderer = (
      constructId: string,
      name: HeraldFunctionName,
      description: string,
      source: typeof renderQueue,
    ) => {
      const fn = heraldFunction(constructId, name, description, {
        environment: {
          BRAND_NAME: config.brand.name,
          FALLBACK_DELAY_SECONDS: String(config.fallbackDelaySeconds),
          ...(config.brand.url ? { BRAND_URL: config.brand.url } : {}),
        },
      })
        .bindQueue(emailQueue, CHANNEL_QUEUE_ENV.email)
        .bindQueue(smsQueue, CHANNEL_QUEUE_ENV.sms)
        .bindQueue(pushQueue, CHANNEL_QUEUE_ENV.push)
        .bindQueue(whatsAppQueue, CHANNEL_QUEUE_ENV.whatsapp)
        .bindQueue(deferQueue, 'DEFER_QUEUE_URL')
        // A planned message given up on after its last receive is marked dead-lettered in the ledger.
        .bindTable(table, 'ledger');
      fn.consumeQueue(`${constructId}QueueSource`, source);
      return fn;
    };
    const render = renderer(
      'Render',
      'render',
      'Writes planned messages and queues them for their channel',
      renderQueue,
    );
    const renderSecurity = renderer(
      'RenderSecurity',
      'render-security',
      'Writes fraud alerts with signed YES/NO links and queues them for their channels',
      stateful.securityRenderQueue,
    );
    // Fraud alerts' YES/NO links: signed with the reply-link key, which only render-security may use,
    // and only to make MACs (checking them is the reply endpoint's). No reply endpoint, no links.
    if (fraud.replyBaseUrl !== undefined) {
      renderSecurity.fn.addEnvironment('REPLY_LINK_KEY_ARN', stateful.replyLinkKey.keyArn);
      renderSecurity.fn.addEnvironment('REPLY_BASE_URL', fraud.replyBaseUrl);
      renderSecurity.addPolicy('SignReplyLinks', [
        new PolicyStatement({
          sid: 'GenerateMacWithReplyLinkKey',
          actions: ['kms:GenerateMac'],
          resources: [stateful.replyLinkKey.keyArn],
        }),
      ]);
    }

    // Every e-mail's preference page link and a marketing e-mail's one-click unsubscribe link, signed per
    // recipient with the consent-link key by the render function that writes the e-mail (each may only
    // make MACs with it); the consent-link endpoint below checks them. No endpoint URL, no links.
    const consentLinks = config.consent;
    const { linkBaseUrl } = consentLinks;
    if (linkBaseUrl !== undefined)
      for (const fn of [render, renderSecurity])
        grantSignConsentLinks(fn, stateful.consentLinkKey, { ...consentLinks, linkBaseUrl });

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
    // Wake-ups (tax-date reminders) go through the same schedules, onto the DueQueue.
    stateful.dueQueue.grantSendMessages(schedulerRole);
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
        DUE_QUEUE_ARN: stateful.dueQueue.queueArn,
      },
    }).bindTable(table, 'ledger');
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

    // Tax-date reminders, in two functions: tax-reminders takes TaxReminder.Set (EventBridge), stores the
    // reminder and hands a wake-up for its date's local morning to the defer function (DeferQueue → one-off
    // schedule → DueQueue); tax-reminders-due takes the wake-ups (SQS) and notifies. Each has one kind of
    // input, DynamoDB + SQS only, and no Scheduler client.
    const taxReminders = heraldFunction(
      'TaxReminders',
      'tax-reminders',
      'Stores tax-date reminders and arranges a wake-up on their date',
      { environment: { TAX_REMINDER_LOCAL_TIME: config.taxReminderLocalTime } },
    )
      .bindTable(table, 'readWrite')
      .bindQueue(deferQueue, 'DEFER_QUEUE_URL');
    const taxRemindersDue = trigger(
      'TaxRemindersDue',
      'tax-reminders-due',
      'Sends tax-date reminders when their wake-up arrives',
    );
    taxRemindersDue.consumeQueue('DueQueueSource', stateful.dueQueue);

    const sendEmail = heraldFunction('SendEmail', 'send-email', 'Sends e-mail jobs with SES', {
      timeout: SENDER_TIMEOUT,
      environment: {
        SENDER_EMAIL: config.senderEmail,
        // The From display name per language (shared/domain/sender.ts), the brand's name by default.
        SENDER_NAMES: JSON.stringify(config.senderName),
        ...(config.replyToEmail ? { REPLY_TO_EMAIL: config.replyToEmail } : {}),
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

    // A sender puts a throttled job back on its own queue, and the next channel's job on that channel's
    // queue when its own channel failed for good (a fallback): every sender may send to every channel queue.
    for (const sender of [sendEmail, sendSms, sendPush, sendWhatsApp])
      for (const [channel, queue] of channelQueueList) sender.bindQueue(queue, CHANNEL_QUEUE_ENV[channel]);

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

    // The customer's consent ledger to the bank on request (Customer.ConsentEvidence, on the Herald bus).
    const consentEvidence = heraldFunction(
      'ConsentEvidence',
      'consent-evidence',
      "Sends a customer's consent ledger to the bank (Customer.ConsentEvidenceRequested → Customer.ConsentEvidence)",
      { environment: { EVENT_BUS_NAME: stateful.eventBus.eventBusName } },
    ).bindTable(table, 'readWrite');
    stateful.eventBus.grantPutEventsTo(consentEvidence.role);

    // Journeys on Step Functions (infra/constructs/journeys.ts): journey-step is the Task of every step (a
    // trigger: profile, journey state, the render queue); journeys starts them from bank events and records
    // the goal events that end them (DynamoDB + Step Functions).
    const journeyStep = trigger(
      'JourneyStep',
      'journey-step',
      'Runs one step of a journey: checks and claims its turn, then notifies',
    );
    const journeys = heraldFunction(
      'Journeys',
      'journeys',
      'Starts journeys (Card.Issued) and records their goal events (Card.Activated, card spend)',
    ).bindTable(table, 'readWrite');
    const cardActivation = new HeraldJourney(this, 'CardActivationJourney', {
      config,
      definition: cardActivationJourney(config.cardActivation),
      step: journeyStep,
      encryptionKey: stateful.key,
    });
    cardActivation.grantStartStop(journeys, 'CARD_ACTIVATION_STATE_MACHINE_ARN');
    // Win-back (one watch per customer, re-armed by Customer.Active) and surveys (one per milestone), each
    // started by a function of its own (Customer.Active is the busiest event; the journeys function's bundle
    // has no room left); the journeys function stops them on erasure.
    const winBack = heraldFunction(
      'WinBack',
      'win-back',
      'Records Customer.Active for the win-back journey: arms the watch, ends the messages on return',
    ).bindTable(table, 'readWrite');
    const surveys = heraldFunction(
      'Surveys',
      'surveys',
      'Starts one survey per customer and milestone (Lifecycle.MilestoneReached)',
    ).bindTable(table, 'readWrite');
    const winBackJourneyMachine = new HeraldJourney(this, 'WinBackJourney', {
      config,
      definition: winBackJourney(config.winBack),
      step: journeyStep,
      encryptionKey: stateful.key,
    });
    const surveyJourneyMachine = new HeraldJourney(this, 'SurveyJourney', {
      config,
      definition: surveyJourney(config.surveys),
      step: journeyStep,
      encryptionKey: stateful.key,
    });
    for (const fn of [winBack, journeys])
      winBackJourneyMachine.grantStartStop(fn, 'WIN_BACK_STATE_MACHINE_ARN');
    for (const fn of [surveys, journeys]) surveyJourneyMachine.grantStartStop(fn, 'SURVEY_STATE_MACHINE_ARN');
    // A return after a lapse credits the win-back message before it (conversion attribution).
    winBack.fn.addEnvironment('ATTRIBUTION_WINDOW_DAYS', String(config.attributionWindowDays));
    // KYC reminders, onboarding lessons and payment-due reminders: one state machine each, the same step.
    const paymentDueSettings = config.paymentDue;
    for (const [id, definition, envVar] of [
      ['KycJourney', kycJourney(config.kyc), 'KYC_STATE_MACHINE_ARN'],
      ['OnboardingJourney', onboardingJourney(config.onboarding), 'ONBOARDING_STATE_MACHINE_ARN'],
      ['PaymentDueJourney', paymentDueJourney(paymentDueSettings), 'PAYMENT_DUE_STATE_MACHINE_ARN'],
    ] as const)
      new HeraldJourney(this, id, {
        config,
        definition,
        step: journeyStep,
        encryptionKey: stateful.key,
      }).grantStartStop(journeys, envVar);
    // Payment.Due works out each bill's reminder instants from these (days before, local time).
    journeys.fn.addEnvironment('PAYMENT_DUE_SETTINGS', JSON.stringify(paymentDueSettings));
    // Goal events also credit the message that led to them (conversion attribution).
    journeys.fn.addEnvironment('ATTRIBUTION_WINDOW_DAYS', String(config.attributionWindowDays));

    // The fraud reply loop (infra/constructs/fraud-reply.ts): fraud-reply-events opens a case per
    // Fraud.Suspected and takes Customer.Replied (DynamoDB + Step Functions); fraud-reply-wait is the
    // `.waitForTaskToken` Task; fraud-reply-step plans, escalates and concludes (a trigger whose messages
    // render-security writes).
    const fraudReplySettings = {
      replyWindowMinutes: fraud.replyWindowMinutes,
      escalationWindowMinutes: fraud.escalationWindowMinutes,
      defaultOnNoAnswer: fraud.defaultOnNoAnswer,
    };
    const fraudReplyStep = trigger(
      'FraudReplyStep',
      'fraud-reply-step',
      'Fraud reply workflow: plans the wait, escalates, concludes on the answer or the default',
    );
    fraudReplyStep.fn.addEnvironment('EVENT_BUS_NAME', stateful.eventBus.eventBusName);
    fraudReplyStep.fn.addEnvironment('FRAUD_DEFAULT_ON_NO_ANSWER', fraud.defaultOnNoAnswer);
    const fraudReplyWait = heraldFunction(
      'FraudReplyWait',
      'fraud-reply-wait',
      "Fraud reply workflow: stores the waiting Task's token on the case",
    ).bindTable(table, 'readWrite');
    const fraudReplyEvents = heraldFunction(
      'FraudReplyEvents',
      'fraud-reply-events',
      'Opens fraud cases (Fraud.Suspected) and resumes their workflow on Customer.Replied',
      {
        environment: {
          FRAUD_REPLY_WINDOW_MINUTES: String(fraud.replyWindowMinutes),
          FRAUD_ESCALATION_WINDOW_MINUTES: String(fraud.escalationWindowMinutes),
          FRAUD_MIN_RISK_SCORE: String(fraud.minRiskScore),
        },
      },
    ).bindTable(table, 'readWrite');
    const fraudReply = new FraudReplyWorkflow(this, 'FraudReplyWorkflow', {
      config,
      settings: fraudReplySettings,
      step: fraudReplyStep,
      wait: fraudReplyWait,
      eventBus: stateful.eventBus,
      encryptionKey: stateful.key,
    });
    fraudReply.grantStart(fraudReplyEvents);
    for (const fn of [fraudReplyEvents, fraudReplyWait]) fraudReply.grantResume(fn);
    const fraudReplyLink = heraldFunction(
      'FraudReplyLink',
      'fraud-reply-link',
      "The fraud alert's YES/NO links: checks the signed token (KMS VerifyMac), answers once",
      { environment: { BRAND_NAME: config.brand.name } },
    ).bindTable(table, 'readWrite');
    fraudReply.exposeLinks(fraudReplyLink, stateful.replyLinkKey);
    // It also takes the payment-due reminder's "Set up autopay" WhatsApp quick reply: Payment.AutopayRequested
    // to the bank, on the Herald bus.
    const fraudReplyInbound = heraldFunction(
      'FraudReplyInbound',
      'fraud-reply-inbound',
      'SMS and WhatsApp replies: fraud alert answers, and autopay requests to the bank (End User Messaging, via SNS)',
      { environment: { EVENT_BUS_NAME: stateful.eventBus.eventBusName } },
    ).bindTable(table, 'readWrite');
    fraudReply.subscribeInbound(fraudReplyInbound, stateful.key);
    stateful.eventBus.grantPutEventsTo(fraudReplyInbound.role);

    // One-click unsubscribe (RFC 8058) and the preference page (infra/constructs/consent-links.ts).
    const consentLink = heraldFunction(
      'ConsentLink',
      'consent-link',
      'Unsubscribe and preference page links of e-mails: checks the signed token (KMS VerifyMac), changes consent',
      {
        environment: { BRAND_NAME: config.brand.name, TRANSACTIONAL_DEFAULT: config.transactionalDefault },
      },
    ).bindTable(table, 'readWrite');
    exposeConsentLinks(consentLink, stateful.consentLinkKey, stateful.eventBus, consentLinks);

    // Events no other rule is for (an unknown DetailType, an unlisted Source): rejected with the reason.
    const unknownEvents = heraldFunction(
      'UnknownEvents',
      'unknown-events',
      'Rejects events of an unknown DetailType or Source, with the reason, to the DLQ',
      { environment: { ALLOWED_SOURCES: JSON.stringify(config.allowedSources) } },
    ).bindTable(table, 'readWrite');

    // Delivery records → status events and Notification.Failed on the bus (infra/constructs/status-events.ts).
    const statusEvents = heraldFunction(
      'StatusEvents',
      'status-events',
      'Publishes delivery status events and Notification.Failed from the delivery log',
    ).bindTable(table, 'readWrite');

    this.functions = {
      'status-events': statusEvents,
      profile,
      'balance-alerts': balanceAlerts,
      'transaction-alerts': transactionAlerts,
      'send-email': sendEmail,
      'send-sms': sendSms,
      'send-push': sendPush,
      'send-whatsapp': sendWhatsApp,
      'ses-feedback': sesFeedback,
      defer,
      render,
      'render-security': renderSecurity,
      erasure,
      'account-notices': accountNotices,
      'fraud-alerts': fraudAlerts,
      'fraud-reply-events': fraudReplyEvents,
      'fraud-reply-wait': fraudReplyWait,
      'fraud-reply-step': fraudReplyStep,
      'fraud-reply-link': fraudReplyLink,
      'fraud-reply-inbound': fraudReplyInbound,
      'tax-reminders': taxReminders,
      'tax-reminders-due': taxRemindersDue,
      'price-alerts': priceAlerts,
      journeys,
      'journey-step': journeyStep,
      'win-back': winBack,
      surveys,
      'consent-evidence': consentEvidence,
      'unknown-events': unknownEvents,
      'consent-link': consentLink,
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
    this.rules.route('TransactionPosted', ['Transaction.Posted'], transactionAlerts);
    this.rules.route(
      'AccountNotices',
      ['Payment.Completed', 'Statement.Ready', 'Loan.PreApproved'],
      accountNotices,
    );
    // Cases scored below the threshold never invoke the function. Only those: an event whose riskScore is
    // not a score at all (a string, missing, negative, …) still reaches it, to be rejected with a reason.
    this.rules.route('FraudSuspected', ['Fraud.Suspected'], fraudAlerts, {
      detail: {
        $or: [
          {
            riskScore: [
              { numeric: ['>=', fraud.minRiskScore] },
              { numeric: ['<', 0] },
              { wildcard: '*' },
              null,
              true,
              false,
            ],
          },
          { riskScore: [{ exists: false }] },
        ],
      },
    });
    // The same cases as the alert: an invalid Fraud.Suspected is rejected by fraud-alerts only.
    this.rules.route('FraudCases', ['Fraud.Suspected'], fraudReplyEvents, {
      detail: { riskScore: [{ numeric: ['>=', fraud.minRiskScore] }] },
    });
    this.rules.route('CustomerReplied', ['Customer.Replied'], fraudReplyEvents);
    this.rules.route('TaxReminderSet', ['TaxReminder.Set'], taxReminders);
    this.rules.route(
      'PriceAlerts',
      ['PriceAlert.Set', 'PriceAlert.Removed', 'Market.PriceTick'],
      priceAlerts,
    );
    this.rules.route('ErasureRequested', ['Customer.ErasureRequested'], erasure);
    this.rules.route('ConsentEvidenceRequested', ['Customer.ConsentEvidenceRequested'], consentEvidence);
    this.rules.route('CardJourneys', ['Card.Issued', 'Card.Activated'], journeys);
    this.rules.route('CustomerActive', ['Customer.Active'], winBack);
    this.rules.route('MilestoneReached', ['Lifecycle.MilestoneReached'], surveys);
    this.rules.route('KycJourneys', ['Customer.SignedUp', 'Kyc.StepCompleted', 'Kyc.Completed'], journeys);
    // Payment.Completed also goes to account-notices (the confirmation), which rejects an invalid one.
    this.rules.route('PaymentDueJourneys', ['Payment.Due', 'Payment.Completed'], journeys);
    // Erasure stops the customer's open journeys (the erasure function deletes their state meanwhile).
    this.rules.route('ErasureStopsJourneys', ['Customer.ErasureRequested'], journeys);
    // A card payment may be the goal of a card activation journey; other transactions never are.
    this.rules.route('CardSpend', ['Transaction.Posted'], journeys, {
      detail: { channel: ['card'], direction: ['debit'], cardLast4: [{ exists: true }] },
    });
    // Derived from the contract: every bank DetailType has a rule above; anything else from an allowed
    // producer, and anything from a Source outside the allow-list, is rejected. Herald's own events (Source
    // `herald`) are not bank events and are left alone.
    this.rules.catchAll('UnknownEvents', Object.keys(bankEvents), unknownEvents, {
      ownSources: [HERALD_SOURCE],
    });
    this.statusEvents = new HeraldStatusEvents(this, 'StatusReporting', {
      config,
      publisher: statusEvents,
      logGroup: stateful.logGroup,
      eventBus: stateful.eventBus,
      deadLetterQueue: Queue.fromQueueArn(this, 'WebhookDeadLetterQueueRef', deadLetterQueue.queueArn),
    });
    this.rules.route('SesFeedback', SES_FEEDBACK_DETAIL_TYPES, sesFeedback, {
      awsSource: { eventBus: EventBus.fromEventBusName(this, 'DefaultBus', 'default'), source: 'aws.ses' },
      // Only mail sent through Herald's configuration set.
      detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.configurationSetName] } } },
    });

    // Last, so that it watches every function, queue and state machine made above.
    this.observability = new HeraldObservability(this, 'Observability', {
      config,
      functions: Object.values(this.functions),
      logGroup: stateful.logGroup,
      deadLetterQueues: deadLetterQueuesOf(deadLetterQueue, stateful, this),
      encryptionKey: stateful.key,
      eventBus: stateful.eventBus,
      stateMachines: stateMachinesOf(this),
    });
  }
}
