import {
  BadRequestException,
  MessageRejected,
  type SESv2Client,
  SendEmailCommand,
} from '@aws-sdk/client-sesv2';
import { toMessageTags } from '../../domain/message-tags.ts';
import { type MessageSender, PermanentSendError, ThrottledSendError } from '../../ports/delivery.ts';
import type { MessageJob } from '../../ports/queues.ts';
import { isThrottling } from '../aws/throttling.ts';

/**
 * SESv2 throttling: the account's sending rate (`TooManyRequestsException`, HTTP 429) and its quotas
 * (`LimitExceededException`); SES may also answer the generic `Throttling` ("Maximum sending rate
 * exceeded", "Daily message quota exceeded").
 */
export const SES_THROTTLING = ['TooManyRequestsException', 'LimitExceededException'];

/** E-mail through SESv2 `SendEmail`, with the configuration set that publishes delivery events. */
export class SesEmailSender implements MessageSender {
  constructor(
    private readonly client: SESv2Client,
    private readonly options: { from: string; configurationSetName?: string },
  ) {}

  async send(job: MessageJob): Promise<string> {
    const { message } = job;
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          Destination: { ToAddresses: [job.to] },
          ...(this.options.configurationSetName
            ? { ConfigurationSetName: this.options.configurationSetName }
            : {}),
          // Carried back on every SES event (delivery, bounce, open, click) of this message.
          EmailTags: toMessageTags({ ...job, locale: message.locale, template: message.template }),
          Content: {
            Simple: {
              Subject: { Data: message.subject ?? '', Charset: 'UTF-8' },
              Body: {
                Text: { Data: message.text, Charset: 'UTF-8' },
                ...(message.html ? { Html: { Data: message.html, Charset: 'UTF-8' } } : {}),
              },
              // e.g. List-Unsubscribe and List-Unsubscribe-Post (one-click) on marketing e-mail.
              ...(message.headers
                ? { Headers: Object.entries(message.headers).map(([Name, Value]) => ({ Name, Value })) }
                : {}),
            },
          },
        }),
      );
      if (!result.MessageId) throw new Error('SES accepted the message without a MessageId');
      return result.MessageId;
    } catch (error) {
      // Rejections of this message are final; throttling waits on the queue for as long as SES throttles;
      // pauses and outages are retried by the queue.
      if (error instanceof MessageRejected) throw new PermanentSendError(error.message, 'provider_rejected');
      if (error instanceof BadRequestException)
        throw new PermanentSendError(error.message, 'provider_bad_request');
      if (isThrottling(error, SES_THROTTLING)) throw new ThrottledSendError((error as Error).name);
      throw error;
    }
  }
}
