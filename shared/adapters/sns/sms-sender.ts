import {
  CheckIfPhoneNumberIsOptedOutCommand,
  InvalidParameterException,
  InvalidParameterValueException,
  PublishCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import {
  type MessageSender,
  OptedOutSendError,
  PermanentSendError,
  ThrottledSendError,
} from '../../ports/delivery.ts';
import type { MessageJob } from '../../ports/queues.ts';
import { isThrottling } from '../aws/throttling.ts';

/** SNS throttling: `ThrottledException` (error code `Throttled`), the account's SMS or API rate. */
export const SNS_THROTTLING = ['ThrottledException'];

/**
 * SMS through SNS `Publish` to a phone number. Security and transactional messages use the Transactional
 * SMS type (highest delivery priority); marketing uses Promotional.
 *
 * A number on the account's SMS opt-out list (End User Messaging's, fed by the customer's STOP) is asked
 * about first, with `CheckIfPhoneNumberIsOptedOut`: `Publish` itself does not refuse such a number. It
 * answers with a MessageId as for any other, and the message then fails on its way, seen only in SNS's SMS
 * delivery-status logs (status `FAILURE`, providerResponse "Phone number is opted out"), which Herald does
 * not read. So an opted-out number costs one extra request per SMS and is refused here, before the
 * message is sent: OptedOutSendError, and the message is `suppressed` with reason `opted_out`. A number
 * that opts out between the check and the Publish is the one case Herald records `sent` for a message the
 * provider then drops.
 */
export class SnsSmsSender implements MessageSender {
  constructor(
    private readonly client: SNSClient,
    private readonly options: { senderId?: string },
  ) {}

  async send(job: MessageJob): Promise<string> {
    try {
      const optOut = await this.client.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: job.to }));
      if (optOut.isOptedOut === true) throw new OptedOutSendError();
      const result = await this.client.send(
        new PublishCommand({
          PhoneNumber: job.to,
          Message: job.message.text,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': {
              DataType: 'String',
              StringValue: job.category === 'marketing' ? 'Promotional' : 'Transactional',
            },
            ...(this.options.senderId
              ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: this.options.senderId } }
              : {}),
          },
        }),
      );
      if (!result.MessageId) throw new Error('SNS accepted the message without a MessageId');
      return result.MessageId;
    } catch (error) {
      if (error instanceof OptedOutSendError) throw error;
      if (error instanceof InvalidParameterException || error instanceof InvalidParameterValueException) {
        throw new PermanentSendError(error.message, 'invalid_destination');
      }
      if (isThrottling(error, SNS_THROTTLING)) throw new ThrottledSendError((error as Error).name);
      throw error;
    }
  }
}
