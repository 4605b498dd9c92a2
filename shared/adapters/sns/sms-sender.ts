import {
  InvalidParameterException,
  InvalidParameterValueException,
  PublishCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { type MessageSender, PermanentSendError, ThrottledSendError } from '../../ports/delivery.ts';
import type { MessageJob } from '../../ports/queues.ts';
import { isThrottling } from '../aws/throttling.ts';

/** SNS throttling: `ThrottledException` (error code `Throttled`), the account's SMS or API rate. */
export const SNS_THROTTLING = ['ThrottledException'];

/**
 * SMS through SNS `Publish` to a phone number. Security and transactional messages use the Transactional
 * SMS type (highest delivery priority); marketing uses Promotional.
 */
export class SnsSmsSender implements MessageSender {
  constructor(
    private readonly client: SNSClient,
    private readonly options: { senderId?: string },
  ) {}

  async send(job: MessageJob): Promise<string> {
    try {
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
      if (error instanceof InvalidParameterException || error instanceof InvalidParameterValueException) {
        throw new PermanentSendError(error.message, 'invalid_destination');
      }
      if (isThrottling(error, SNS_THROTTLING)) throw new ThrottledSendError((error as Error).name);
      throw error;
    }
  }
}
