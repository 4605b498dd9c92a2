import {
  BadRequestException,
  MessageRejected,
  type SESv2Client,
  SendEmailCommand,
} from '@aws-sdk/client-sesv2';
import { toMessageTags } from '../../domain/message-tags.ts';
import { fromHeader, type SenderNames, senderNameFor, senderNameProblem } from '../../domain/sender.ts';
import { type MessageSender, PermanentSendError, ThrottledSendError } from '../../ports/delivery.ts';
import type { MessageJob } from '../../ports/queues.ts';
import { isThrottling } from '../aws/throttling.ts';

/**
 * SESv2 throttling: the account's sending rate (`TooManyRequestsException`, HTTP 429) and its quotas
 * (`LimitExceededException`); SES may also answer the generic `Throttling` ("Maximum sending rate
 * exceeded", "Daily message quota exceeded").
 */
export const SES_THROTTLING = ['TooManyRequestsException', 'LimitExceededException'];

/** The SENDER_NAMES environment variable (JSON, see infra/config.ts `senderName`), checked. */
export function parseSenderNames(json: string): SenderNames {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('SENDER_NAMES must be a JSON object');
  const names = parsed as Record<string, unknown>;
  for (const [language, name] of Object.entries(names)) {
    const problem = typeof name === 'string' ? senderNameProblem(name) : 'must be a string';
    if (problem) throw new Error(`SENDER_NAMES.${language} ${problem}`);
  }
  if (typeof names.default !== 'string') throw new Error('SENDER_NAMES.default is missing');
  return names as SenderNames;
}

/** E-mail through SESv2 `SendEmail`, with the configuration set that publishes delivery events. */
export class SesEmailSender implements MessageSender {
  constructor(
    private readonly client: SESv2Client,
    private readonly options: {
      /** The verified sender address. */
      from: string;
      /** The From display name per language of the message; without it the address goes bare. */
      senderNames?: SenderNames;
      replyTo?: string;
      configurationSetName?: string;
    },
  ) {}

  async send(job: MessageJob): Promise<string> {
    const { message } = job;
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.senderNames
            ? fromHeader(senderNameFor(this.options.senderNames, message.locale), this.options.from)
            : this.options.from,
          Destination: { ToAddresses: [job.to] },
          ...(this.options.replyTo ? { ReplyToAddresses: [this.options.replyTo] } : {}),
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
