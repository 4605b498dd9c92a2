import {
  InvalidParametersException,
  SendWhatsAppMessageCommand,
  type SocialMessagingClient,
  ValidationException,
} from '@aws-sdk/client-socialmessaging';
import type { RenderedMessage } from '../../domain/templates/render.ts';
import { type MessageSender, PermanentSendError, ThrottledSendError } from '../../ports/delivery.ts';
import type { MessageJob } from '../../ports/queues.ts';
import { isThrottling } from '../aws/throttling.ts';

/**
 * End User Messaging Social throttling: `ThrottledRequestException` (the request rate) and
 * `LimitExceededException` (a quota, such as the number's messaging limit).
 */
export const SOCIAL_THROTTLING = ['ThrottledRequestException', 'LimitExceededException'];

/**
 * The WhatsApp part of a rendered message, read from the optional `whatsapp` property of
 * `job.message` (proposed for RenderedMessage). Messages that a business starts outside the customer's
 * 24-hour service window must be templates approved by Meta, so Herald sends only templates.
 */
export interface WhatsAppTemplate {
  /** Template name as approved in the WhatsApp Business Account, e.g. `herald_fraud_alert`. */
  template: string;
  /** The template's language code as registered with Meta, e.g. `en`, `en_US`, `ro`, `ar`. */
  language: string;
  /** The body's `{{1}}`, `{{2}}`, … in order, already formatted for the customer's locale. */
  parameters: string[];
  /** One payload per quick-reply button of the template, in button order, e.g. `FRAUD_YES:<caseId>`. */
  quickReplies?: string[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The message's WhatsApp template, if it has a well-formed one (jobs arrive as JSON from the queue). */
export function whatsAppTemplateOf(message: RenderedMessage): WhatsAppTemplate | undefined {
  const candidate: unknown = (message as RenderedMessage & { whatsapp?: unknown }).whatsapp;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { template, language, parameters, quickReplies } = candidate as Record<string, unknown>;
  if (typeof template !== 'string' || template === '') return undefined;
  if (typeof language !== 'string' || language === '') return undefined;
  if (!isStringArray(parameters)) return undefined;
  if (quickReplies !== undefined && !(isStringArray(quickReplies) && quickReplies.every((p) => p !== '')))
    return undefined;
  return { template, language, parameters, ...(quickReplies ? { quickReplies } : {}) };
}

/** WhatsApp refuses template parameters with new lines, tabs or more than four spaces in a row. */
const parameterText = (value: string) => value.replace(/\s*[\r\n\t]\s*/g, ' ').replace(/ {5,}/g, '    ');

/** The WhatsApp Cloud API message object of a template message with body parameters and quick replies. */
export function templateMessage(to: string, t: WhatsAppTemplate): Record<string, unknown> {
  const components: Record<string, unknown>[] = [];
  if (t.parameters.length > 0) {
    components.push({
      type: 'body',
      parameters: t.parameters.map((text) => ({ type: 'text', text: parameterText(text) })),
    });
  }
  (t.quickReplies ?? []).forEach((payload, index) => {
    components.push({
      type: 'button',
      sub_type: 'quick_reply',
      index: String(index),
      parameters: [{ type: 'payload', payload }],
    });
  });
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: { name: t.template, language: { code: t.language }, components },
  };
}

const E164 = /^\+[1-9]\d{6,14}$/;

export interface WhatsAppOptions {
  /**
   * End User Messaging Social phone number id (`phone-number-id-…`) the messages come from. Empty or
   * undefined when WhatsApp is not configured for this deployment: every job then fails permanently with
   * reason `channel_not_configured`, so a fallback channel can take over and the delivery log says why.
   */
  originationPhoneNumberId: string | undefined;
  /** Meta Graph API version the message is written for, e.g. `v20.0`. */
  metaApiVersion: string | undefined;
}

/**
 * WhatsApp template messages through End User Messaging Social `SendWhatsAppMessage`. The job's `to` is
 * the customer's WhatsApp number in E.164; the template comes from `job.message.whatsapp`.
 *
 * Errors: a number that is not E.164, a job without a template, ValidationException and
 * InvalidParametersException are permanent; throttling (ThrottledRequestException, LimitExceededException)
 * waits on the queue for as long as it lasts; service and Meta outages (InternalServiceException,
 * DependencyException) and configuration errors (ResourceNotFound, AccessDenied) are thrown and retried by
 * the queue, then kept in the job DLQ for redrive.
 */
export class WhatsAppSender implements MessageSender {
  constructor(
    private readonly client: SocialMessagingClient,
    private readonly options: WhatsAppOptions,
  ) {}

  async send(job: MessageJob): Promise<string> {
    const { originationPhoneNumberId, metaApiVersion } = this.options;
    if (!originationPhoneNumberId || !metaApiVersion) {
      throw new PermanentSendError(
        'WhatsApp is not configured for this deployment',
        'channel_not_configured',
      );
    }
    if (!E164.test(job.to)) {
      throw new PermanentSendError('WhatsApp number is not in E.164 format', 'invalid_destination');
    }
    const template = whatsAppTemplateOf(job.message);
    if (!template) {
      throw new PermanentSendError('WhatsApp message has no template', 'template_missing');
    }
    try {
      const result = await this.client.send(
        new SendWhatsAppMessageCommand({
          originationPhoneNumberId,
          metaApiVersion,
          message: new TextEncoder().encode(JSON.stringify(templateMessage(job.to, template))),
        }),
      );
      if (!result.messageId) throw new Error('Social Messaging accepted the message without a messageId');
      return result.messageId;
    } catch (error) {
      // Only the exception's name: its message can quote the recipient's number.
      if (error instanceof ValidationException || error instanceof InvalidParametersException) {
        throw new PermanentSendError(
          `Social Messaging refused the message (${error.name})`,
          'provider_bad_request',
        );
      }
      if (isThrottling(error, SOCIAL_THROTTLING)) throw new ThrottledSendError((error as Error).name);
      throw error;
    }
  }
}
