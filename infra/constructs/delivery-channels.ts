// The delivery channels' providers: what each sender function may do with its channel's provider, and
// nothing more. SES sends as the configured sender through Herald's configuration set; SNS publishes SMS
// straight to phone numbers; End User Messaging sends push through the configured application and WhatsApp
// from the configured number. The senders themselves (queue, table, retries) are built from their
// manifests like every function.
import { ArnFormat, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { ProviderChannel } from '../../shared/adapters/lambda/manifest.ts';
import { type HeraldConfig, whatsappPhoneNumberHex } from '../config.ts';
import { cfnOf, type HeraldFunction } from './herald-function.ts';

export interface DeliveryChannelsProps {
  readonly config: HeraldConfig;
  /** The sender of each channel: the function whose manifest grants it that channel's provider. */
  readonly senders: Readonly<Record<ProviderChannel, HeraldFunction>>;
  /** Herald's SES configuration set: every e-mail goes through it (its events feed ses-feedback). */
  readonly configurationSetName: string;
}

/**
 * Push and WhatsApp senders are deployed even when their channel is not configured, so that a job queued
 * for them is always settled (failed, reason channel_not_configured) rather than left in the queue; they
 * get their send permission only with the configured application or phone number.
 */
export class DeliveryChannels extends Construct {
  constructor(scope: Construct, id: string, props: DeliveryChannelsProps) {
    super(scope, id);
    const { config, senders } = props;
    this.email(senders.email, config.senderEmail, props.configurationSetName);
    this.sms(senders.sms);
    if (config.pushApplicationId !== undefined) this.push(senders.push, config.pushApplicationId);
    if (config.whatsappPhoneNumberId !== undefined)
      this.whatsapp(senders.whatsapp, config.whatsappPhoneNumberId);
  }

  private email(sender: HeraldFunction, senderEmail: string, configurationSetName: string): void {
    const stack = Stack.of(this);
    const senderDomain = senderEmail.slice(senderEmail.lastIndexOf('@') + 1);
    sender.addPolicy('SesSendEmail', [
      new PolicyStatement({
        sid: 'SendAsHeraldSender',
        actions: ['ses:SendEmail'],
        resources: [
          // Whichever identity is verified: the address itself or its domain.
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: senderEmail }),
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: senderDomain }),
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: configurationSetName,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ],
      }),
    ]);
  }

  private sms(sender: HeraldFunction): void {
    const policy = sender.addPolicy('SnsPublishSms', [
      new PolicyStatement({ sid: 'PublishSmsToPhoneNumbers', actions: ['sns:Publish'], resources: ['*'] }),
      // Publish does not refuse a number on the SMS opt-out list; the sender asks first (sms-sender.ts).
      new PolicyStatement({
        sid: 'CheckSmsOptOuts',
        actions: ['sns:CheckIfPhoneNumberIsOptedOut'],
        resources: ['*'],
      }),
    ]);
    Validations.of(cfnOf(policy)).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'sns:Publish straight to a phone number (SMS) and sns:CheckIfPhoneNumberIsOptedOut have no resource ' +
        'ARN, so IAM requires Resource *; this separate policy holds only those two actions and only ' +
        'send-sms has it.',
    });
  }

  private push(sender: HeraldFunction, applicationId: string): void {
    const application = (resourceName: string) =>
      Stack.of(this).formatArn({
        service: 'mobiletargeting',
        resource: 'apps',
        resourceName,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
    sender.addPolicy('PinpointSendMessages', [
      new PolicyStatement({
        sid: 'SendPushThroughHeraldApplication',
        actions: ['mobiletargeting:SendMessages'],
        // The application, and its messages resource (POST /v1/apps/{id}/messages), which some IAM
        // documentation names instead; both are this one application only.
        resources: [application(applicationId), application(`${applicationId}/messages`)],
      }),
    ]);
  }

  private whatsapp(sender: HeraldFunction, phoneNumberId: string): void {
    sender.addPolicy('SocialMessagingSendWhatsApp', [
      new PolicyStatement({
        sid: 'SendFromHeraldWhatsAppNumber',
        actions: ['social-messaging:SendWhatsAppMessage'],
        resources: [
          Stack.of(this).formatArn({
            service: 'social-messaging',
            resource: 'phone-number-id',
            resourceName: whatsappPhoneNumberHex(phoneNumberId),
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ],
      }),
    ]);
  }
}
