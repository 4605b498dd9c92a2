import {
  type APNSMessage,
  BadRequestException,
  type DirectMessageConfiguration,
  type GCMMessage,
  type MessageResult,
  PayloadTooLargeException,
  type PinpointClient,
  SendMessagesCommand,
} from '@aws-sdk/client-pinpoint';
import type { RenderedMessage } from '../../domain/templates/render.ts';
import { type MessageSender, PermanentSendError, ThrottledSendError } from '../../ports/delivery.ts';
import type { MessageJob } from '../../ports/queues.ts';
import { isThrottling } from '../aws/throttling.ts';

/** Pinpoint throttling: `TooManyRequestsException` (HTTP 429); a per-address `THROTTLED` result too. */
export const PINPOINT_THROTTLING = ['TooManyRequestsException'];

export type PushPlatform = 'apns' | 'fcm';

/**
 * A push job's `to` names the platform and the device token: `apns:<token>` or `fcm:<token>` (the
 * `platform` and `token` of a `pushTokens` entry of Customer.Upserted). Only the first colon separates
 * them: FCM tokens contain colons themselves.
 */
/** The address of a device, as `addressFor` in shared/domain/profile.ts writes it. */
export function pushAddress(platform: PushPlatform, token: string): string {
  return `${platform}:${token}`;
}

/** The platform and device token of a push job's `to`; undefined when it is not `apns:…` or `fcm:…`. */
export function parsePushAddress(to: string): { platform: PushPlatform; token: string } | undefined {
  const colon = to.indexOf(':');
  const platform = to.slice(0, colon);
  const token = to.slice(colon + 1);
  if (colon < 0 || (platform !== 'apns' && platform !== 'fcm') || !/^\S+$/.test(token)) return undefined;
  return { platform, token };
}

/** What the notification shows, and the buttons the app may offer (`yes` / `no` on a fraud alert). */
export interface PushContent {
  title?: string;
  body: string;
  actions?: { id: string; title: string; url?: string }[];
}

const isAction = (value: unknown): value is { id: string; title: string; url?: string } => {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title, url } = value as Record<string, unknown>;
  return (
    typeof id === 'string' && typeof title === 'string' && (url === undefined || typeof url === 'string')
  );
};

/**
 * The push content of a rendered message: its optional `push` part (`{ title, body, actions? }`) when
 * well formed, else `subject` as the title and `text` as the body.
 */
export function pushContentOf(message: RenderedMessage): PushContent {
  const push: unknown = (message as RenderedMessage & { push?: unknown }).push;
  if (typeof push === 'object' && push !== null) {
    const { title, body, actions } = push as Record<string, unknown>;
    if (typeof title === 'string' && typeof body === 'string') {
      return {
        title,
        body,
        ...(Array.isArray(actions) && actions.length > 0 && actions.every(isAction) ? { actions } : {}),
      };
    }
  }
  return { ...(message.subject ? { title: message.subject } : {}), body: message.text };
}

/**
 * A push the provider did not deliver this time (a temporary failure at APNs or FCM, or an outcome Herald
 * does not know): thrown so that the queue tries the job again. Its name and message carry only the
 * delivery status and the platform's status code, never the provider's text (it can quote the device
 * token). A THROTTLED result is a ThrottledSendError instead.
 */
export class PushNotDeliveredError extends Error {
  constructor(
    readonly deliveryStatus: string,
    readonly statusCode: number | undefined,
  ) {
    super(
      `push not delivered: ${deliveryStatus}${statusCode === undefined ? '' : ` (status ${statusCode})`}`,
    );
    this.name = deliveryStatus === 'TEMPORARY_FAILURE' ? 'PushTemporaryFailure' : 'PushNotDelivered';
  }
}

export interface PinpointPushOptions {
  /**
   * The End User Messaging push (Pinpoint) application id that holds the APNs and FCM credentials. Empty or
   * undefined when push is not configured for this deployment: every job then fails permanently with
   * reason `channel_not_configured`, so a fallback channel can take over and the delivery log says why.
   */
  applicationId: string | undefined;
}

/**
 * Push notifications through End User Messaging (Pinpoint) `SendMessages`, to one device token per job.
 * Title and body come from `message.push` (else `message.subject` and `message.text`); the notification
 * opens the app and carries `notificationId`, `type` and, when the message has buttons, `actions` (JSON:
 * `[{ id, title, url? }]`) as data for the app to show them. Security and transactional messages are sent
 * with high priority, marketing with normal priority.
 *
 * Pinpoint answers 200 with a per-address result; it is mapped to Herald's outcomes:
 * - SUCCESSFUL → the provider message id;
 * - PERMANENT_FAILURE → `invalid_destination` (the token is unknown, expired or malformed), except status
 *   401/403: the platform refused Herald's own credentials → `provider_rejected`;
 * - OPT_OUT → `opted_out`; DUPLICATE → `duplicate_address`; UNKNOWN_FAILURE → `provider_unknown_failure`;
 * - THROTTLED → ThrottledSendError: the job waits on its queue for as long as the provider throttles;
 * - TEMPORARY_FAILURE and anything else → PushNotDeliveredError, retried by the queue.
 */
export class PinpointPushSender implements MessageSender {
  constructor(
    private readonly client: PinpointClient,
    private readonly options: PinpointPushOptions,
  ) {}

  async send(job: MessageJob): Promise<string> {
    const { applicationId } = this.options;
    if (!applicationId) {
      throw new PermanentSendError('push is not configured for this deployment', 'channel_not_configured');
    }
    const address = parsePushAddress(job.to);
    if (!address) {
      throw new PermanentSendError('push address is not apns:<token> or fcm:<token>', 'invalid_destination');
    }
    let result: MessageResult | undefined;
    try {
      const response = await this.client.send(
        new SendMessagesCommand({
          ApplicationId: applicationId,
          MessageRequest: {
            Addresses: {
              [address.token]: { ChannelType: address.platform === 'apns' ? 'APNS' : 'GCM' },
            },
            MessageConfiguration: this.configuration(job, address.platform),
            TraceId: job.notificationId,
          },
        }),
      );
      const results = response.MessageResponse?.Result ?? {};
      result =
        results[address.token] ?? (Object.keys(results).length === 1 ? Object.values(results)[0] : undefined);
    } catch (error) {
      // Only the exception's name: its message can quote the request, device token included.
      if (error instanceof BadRequestException) {
        throw new PermanentSendError(
          'Pinpoint refused the request (BadRequestException)',
          'provider_bad_request',
        );
      }
      if (error instanceof PayloadTooLargeException) {
        throw new PermanentSendError(
          'Pinpoint refused the request (PayloadTooLargeException)',
          'message_too_large',
        );
      }
      if (isThrottling(error, PINPOINT_THROTTLING)) throw new ThrottledSendError((error as Error).name);
      throw error;
    }
    if (!result) throw new Error('Pinpoint answered without a result for the address');
    return outcome(result);
  }

  private configuration(job: MessageJob, platform: PushPlatform): DirectMessageConfiguration {
    const urgent = job.category !== 'marketing';
    const content = pushContentOf(job.message);
    const common = {
      ...(content.title ? { Title: content.title } : {}),
      Body: content.body,
      Action: 'OPEN_APP',
      Data: {
        notificationId: job.notificationId,
        type: job.type,
        ...(content.actions ? { actions: JSON.stringify(content.actions) } : {}),
      },
      SilentPush: false,
    } as const;
    if (platform === 'apns') {
      const apns: APNSMessage = { ...common, APNSPushType: 'alert', Priority: urgent ? '10' : '5' };
      return { APNSMessage: apns };
    }
    const gcm: GCMMessage = { ...common, Priority: urgent ? 'high' : 'normal' };
    return { GCMMessage: gcm };
  }
}

function outcome(result: MessageResult): string {
  const status = result.DeliveryStatus ?? 'MISSING';
  const code = result.StatusCode;
  const detail = `Pinpoint ${status}${code === undefined ? '' : ` (status ${code})`}`;
  switch (status) {
    case 'SUCCESSFUL':
      if (!result.MessageId) throw new Error('Pinpoint reported SUCCESSFUL without a MessageId');
      return result.MessageId;
    case 'PERMANENT_FAILURE':
      throw new PermanentSendError(
        detail,
        code === 401 || code === 403 ? 'provider_rejected' : 'invalid_destination',
      );
    case 'OPT_OUT':
      throw new PermanentSendError(detail, 'opted_out');
    case 'DUPLICATE':
      throw new PermanentSendError(detail, 'duplicate_address');
    case 'UNKNOWN_FAILURE':
      throw new PermanentSendError(detail, 'provider_unknown_failure');
    case 'THROTTLED':
      throw new ThrottledSendError(detail);
    default:
      throw new PushNotDeliveredError(status, code);
  }
}
