import {
  BadRequestException,
  type MessageResult,
  PayloadTooLargeException,
  PinpointClient,
  SendMessagesCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-pinpoint';
import {
  AccessDeniedByMetaException,
  DependencyException,
  InternalServiceException,
  InvalidParametersException,
  LimitExceededException,
  ResourceNotFoundException,
  SendWhatsAppMessageCommand,
  SocialMessagingClient,
  ThrottledRequestException,
  ValidationException,
} from '@aws-sdk/client-socialmessaging';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../shared/adapters/lambda/describe-error.ts';
import {
  PinpointPushSender,
  PushNotDeliveredError,
  parsePushAddress,
  pushAddress,
  pushContentOf,
} from '../../shared/adapters/pinpoint/push-sender.ts';
import {
  templateMessage,
  WhatsAppSender,
  type WhatsAppTemplate,
  whatsAppTemplateOf,
} from '../../shared/adapters/social/whatsapp-sender.ts';
import type { RenderedMessage } from '../../shared/domain/templates/render.ts';
import { PermanentSendError, ThrottledSendError } from '../../shared/ports/delivery.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';

const APNS_TOKEN = '740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad';
const FCM_TOKEN =
  'dQw4w9WgXcQ:APA91bHPRgkF3JUikC4ENAHEeMrd41Zxv3hVZjC9KtT8OvPVGJ-hQMRKRrZuJAEcl7B338qju59zJMjw2DELjzEvxwYv7hH5Ynpc1ODQ0aT4U4OFEeco8ohsN5PjL1iC2dNtk2BAokeMCg2ZXKqpc8FXKmhX94kIxQ';
const APP_ID = '0123456789abcdef0123456789abcdef';
const PHONE_NUMBER_ID = 'phone-number-id-0123456789abcdef0123456789abcdef';

const pushJob = (overrides: Partial<MessageJob> = {}): MessageJob => ({
  notificationId: 'n-1',
  eventId: 'e-1',
  customerId: 'c-1',
  type: 'balance.low',
  category: 'transactional',
  channel: 'push',
  to: pushAddress('apns', APNS_TOKEN),
  occurredAt: '2026-01-05T08:00:00Z',
  message: {
    channel: 'push',
    template: 'balance.low/push/en',
    locale: 'en',
    subject: 'Low balance',
    text: 'Your balance is €42.10, below the €100.00 you set.',
  },
  ...overrides,
});

const fraudTemplate: WhatsAppTemplate = {
  template: 'herald_fraud_alert',
  language: 'en',
  parameters: ['Ana', '€1,250.00 at ACME Electronics'],
  quickReplies: ['FRAUD_YES:case-7', 'FRAUD_NO:case-7'],
};

/** A rendered WhatsApp message with the proposed optional `whatsapp` property. */
const whatsAppMessage = (whatsapp: unknown): RenderedMessage =>
  ({
    channel: 'whatsapp',
    template: 'fraud.alert/whatsapp/en',
    locale: 'en',
    text: 'Did you make this payment?',
    whatsapp,
  }) as RenderedMessage;

const whatsAppJob = (overrides: Partial<MessageJob> = {}): MessageJob => ({
  notificationId: 'n-2',
  eventId: 'e-2',
  customerId: 'c-1',
  type: 'fraud.alert',
  category: 'security',
  channel: 'whatsapp',
  to: '+40700000001',
  occurredAt: '2026-01-05T08:00:00Z',
  message: whatsAppMessage(fraudTemplate),
  ...overrides,
});

/** What `describeError` (the only error detail send-batch logs) and the message would reveal. */
const revealed = (error: unknown) =>
  JSON.stringify({ ...describeError(error), message: error instanceof Error ? error.message : '' });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the send to fail');
}

describe('push addresses', () => {
  it.each([
    ['apns', APNS_TOKEN],
    ['fcm', FCM_TOKEN],
  ] as const)('%s:<token> round-trips, colons in the token included', (platform, token) => {
    expect(parsePushAddress(pushAddress(platform, token))).toEqual({ platform, token });
  });

  it.each([APNS_TOKEN, `gcm:${FCM_TOKEN}`, 'apns:', 'apns:has space', ''])('rejects %j', (to) => {
    expect(parsePushAddress(to)).toBeUndefined();
  });
});

describe('PinpointPushSender', () => {
  const pinpoint = mockClient(PinpointClient);
  beforeEach(() => pinpoint.reset());
  const sender = () => new PinpointPushSender(new PinpointClient({}), { applicationId: APP_ID });
  const answer = (token: string, result: MessageResult) =>
    pinpoint.on(SendMessagesCommand).resolves({
      MessageResponse: { ApplicationId: APP_ID, RequestId: 'r-1', Result: { [token]: result } },
    });

  it('sends an APNs alert to the device token: title, body, open app, notification data, high priority', async () => {
    // Prepare
    answer(APNS_TOKEN, { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-1' });
    // Act
    const id = await sender().send(pushJob());
    // Assess
    expect(id).toBe('pp-1');
    expect(pinpoint.commandCalls(SendMessagesCommand)[0]?.args[0].input).toEqual({
      ApplicationId: APP_ID,
      MessageRequest: {
        Addresses: { [APNS_TOKEN]: { ChannelType: 'APNS' } },
        MessageConfiguration: {
          APNSMessage: {
            Title: 'Low balance',
            Body: 'Your balance is €42.10, below the €100.00 you set.',
            Action: 'OPEN_APP',
            Data: { notificationId: 'n-1', type: 'balance.low' },
            SilentPush: false,
            APNSPushType: 'alert',
            Priority: '10',
          },
        },
        TraceId: 'n-1',
      },
    });
  });

  it('sends an FCM notification through the GCM channel; marketing goes with normal priority', async () => {
    // Prepare
    answer(FCM_TOKEN, { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-2' });
    // Act
    await sender().send(
      pushJob({
        to: pushAddress('fcm', FCM_TOKEN),
        category: 'marketing',
        message: { channel: 'push', template: 't', locale: 'ro', text: 'Ofertă' },
      }),
    );
    // Assess
    expect(pinpoint.commandCalls(SendMessagesCommand)[0]?.args[0].input.MessageRequest).toEqual({
      Addresses: { [FCM_TOKEN]: { ChannelType: 'GCM' } },
      MessageConfiguration: {
        GCMMessage: {
          Body: 'Ofertă',
          Action: 'OPEN_APP',
          Data: { notificationId: 'n-1', type: 'balance.low' },
          SilentPush: false,
          Priority: 'normal',
        },
      },
      TraceId: 'n-1',
    });
  });

  it.each([
    ['PERMANENT_FAILURE', 410, 'invalid_destination'],
    ['PERMANENT_FAILURE', 400, 'invalid_destination'],
    ['PERMANENT_FAILURE', 403, 'provider_rejected'],
    ['PERMANENT_FAILURE', 401, 'provider_rejected'],
    ['OPT_OUT', 200, 'opted_out'],
    ['DUPLICATE', 200, 'duplicate_address'],
    ['UNKNOWN_FAILURE', 500, 'provider_unknown_failure'],
  ] as const)('%s (status %i) is a permanent failure: %s', async (status, code, reason) => {
    // Prepare: the provider's free text quotes the token, as APNs and FCM messages can
    answer(APNS_TOKEN, { DeliveryStatus: status, StatusCode: code, StatusMessage: `bad ${APNS_TOKEN}` });
    // Act
    const error = await failure(sender().send(pushJob()));
    // Assess
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ reason });
    expect(revealed(error)).not.toContain(APNS_TOKEN);
  });

  it('a THROTTLED result is throttling, and does not quote the provider', async () => {
    answer(APNS_TOKEN, {
      DeliveryStatus: 'THROTTLED',
      StatusCode: 429,
      StatusMessage: `later ${APNS_TOKEN}`,
    });

    const error = await failure(sender().send(pushJob()));

    expect(error).toBeInstanceOf(ThrottledSendError);
    expect(revealed(error)).not.toContain(APNS_TOKEN);
  });

  it.each([
    ['TEMPORARY_FAILURE', 503, 'PushTemporaryFailure'],
    ['TIMEOUT', 504, 'PushNotDelivered'],
  ])('%s (status %i) is thrown to be retried, as %s', async (status, code, name) => {
    answer(APNS_TOKEN, {
      DeliveryStatus: status as MessageResult['DeliveryStatus'],
      StatusCode: code,
      StatusMessage: `try later ${APNS_TOKEN}`,
    });

    const error = await failure(sender().send(pushJob()));

    expect(error).toBeInstanceOf(PushNotDeliveredError);
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect(describeError(error)).toEqual({ errorType: name });
    expect(revealed(error)).not.toContain(APNS_TOKEN);
  });

  it('retries a success without a message id, and an answer without a result for the address', async () => {
    answer(APNS_TOKEN, { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200 });
    const noId = await failure(sender().send(pushJob()));
    answer('another-token', { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'x' });
    pinpoint.on(SendMessagesCommand).resolves({ MessageResponse: { ApplicationId: APP_ID, Result: {} } });
    const noResult = await failure(sender().send(pushJob()));

    expect(noId).not.toBeInstanceOf(PermanentSendError);
    expect(noResult).not.toBeInstanceOf(PermanentSendError);
  });

  it("prefers the message's push part: its title, body and buttons (as JSON data for the app)", async () => {
    // Prepare
    answer(APNS_TOKEN, { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-3' });
    const actions = [
      { id: 'yes', title: 'It was me', url: 'https://bank.example/r/yes' },
      { id: 'no', title: 'Not me' },
    ];
    const message = {
      channel: 'push',
      template: 'fraud.alert/push/en',
      locale: 'en',
      subject: 'ignored',
      text: 'ignored too',
      push: { title: 'Card payment', body: '€1,250.00 at ACME. Was it you?', actions },
    } as RenderedMessage;
    // Act
    await sender().send(pushJob({ category: 'security', message }));
    // Assess
    const request = pinpoint.commandCalls(SendMessagesCommand)[0]?.args[0].input.MessageRequest;
    const apns = request?.MessageConfiguration?.APNSMessage;
    expect(apns).toMatchObject({
      Title: 'Card payment',
      Body: '€1,250.00 at ACME. Was it you?',
      Priority: '10',
    });
    expect(apns?.Data).toEqual({
      notificationId: 'n-1',
      type: 'balance.low',
      actions: JSON.stringify(actions),
    });
  });

  it.each<[string, Record<string, unknown> | undefined]>([
    ['no push part', undefined],
    ['a push part without a body', { title: 'T' }],
    ['malformed buttons', { title: 'T', body: 'B', actions: [{ id: 1 }] }],
  ])('falls back to subject and text, or leaves out buttons, with %s', (_case, push) => {
    const message = { channel: 'push', template: 't', locale: 'en', subject: 'S', text: 'X', push };

    expect(pushContentOf(message as RenderedMessage)).toEqual(
      push?.body ? { title: 'T', body: 'B' } : { title: 'S', body: 'X' },
    );
  });

  it.each([
    [
      new BadRequestException({ message: `Invalid address ${APNS_TOKEN}`, $metadata: {} }),
      'provider_bad_request',
    ],
    [
      new PayloadTooLargeException({ message: `too large for ${APNS_TOKEN}`, $metadata: {} }),
      'message_too_large',
    ],
  ])('a refused request (%s) is permanent and does not quote the provider', async (rejection, reason) => {
    pinpoint.on(SendMessagesCommand).rejects(rejection);

    const error = await failure(sender().send(pushJob()));

    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ reason });
    expect(revealed(error)).not.toContain(APNS_TOKEN);
  });

  it('reports throttling of the API itself (TooManyRequestsException) as throttling', async () => {
    pinpoint
      .on(SendMessagesCommand)
      .rejects(new TooManyRequestsException({ message: `slow down ${APNS_TOKEN}`, $metadata: {} }));

    const error = await failure(sender().send(pushJob()));

    expect(error).toBeInstanceOf(ThrottledSendError);
    expect(revealed(error)).not.toContain(APNS_TOKEN);
  });

  it.each([
    ['a bare token', APNS_TOKEN, 'invalid_destination'],
    ['an unknown platform', `wns:${APNS_TOKEN}`, 'invalid_destination'],
  ])('fails %s permanently without calling the provider', async (_case, to, reason) => {
    const error = await failure(sender().send(pushJob({ to })));

    expect(error).toMatchObject({ reason });
    expect(revealed(error)).not.toContain(APNS_TOKEN);
    expect(pinpoint.commandCalls(SendMessagesCommand)).toHaveLength(0);
  });

  it.each([undefined, ''])(
    'with no application id (%j) every job fails as channel_not_configured',
    async (id) => {
      const unconfigured = new PinpointPushSender(new PinpointClient({}), { applicationId: id });

      await expect(unconfigured.send(pushJob())).rejects.toMatchObject({ reason: 'channel_not_configured' });
      expect(pinpoint.commandCalls(SendMessagesCommand)).toHaveLength(0);
    },
  );
});

describe('WhatsApp template messages', () => {
  it('builds the Cloud API template message: body parameters and one quick reply per button', () => {
    expect(templateMessage('+40700000001', fraudTemplate)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+40700000001',
      type: 'template',
      template: {
        name: 'herald_fraud_alert',
        language: { code: 'en' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'text', text: '€1,250.00 at ACME Electronics' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'FRAUD_YES:case-7' }],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'FRAUD_NO:case-7' }],
          },
        ],
      },
    });
  });

  it('keeps parameters within what WhatsApp accepts: no new lines or tabs, at most four spaces in a row', () => {
    const message = templateMessage('+40700000001', {
      template: 't',
      language: 'de',
      parameters: ['Zeile 1\nZeile 2', 'a\t b', 'x          y'],
    });

    expect(JSON.stringify(message)).toContain('"text":"Zeile 1 Zeile 2"');
    expect(JSON.stringify(message)).toContain('"text":"a b"');
    expect(JSON.stringify(message)).toContain('"text":"x    y"');
  });

  it('a template without parameters or buttons has no components', () => {
    const message = templateMessage('+40700000001', { template: 'hello', language: 'en_US', parameters: [] });

    expect(message.template).toEqual({ name: 'hello', language: { code: 'en_US' }, components: [] });
  });

  it.each([
    ['no whatsapp property', undefined],
    ['no template name', { language: 'en', parameters: [] }],
    ['no language', { template: 't', parameters: [] }],
    ['parameters that are not strings', { template: 't', language: 'en', parameters: [1] }],
    ['an empty quick reply', { template: 't', language: 'en', parameters: [], quickReplies: [''] }],
  ])('reads no template from a message with %s', (_case, whatsapp) => {
    expect(whatsAppTemplateOf(whatsAppMessage(whatsapp))).toBeUndefined();
  });
});

describe('WhatsAppSender', () => {
  const social = mockClient(SocialMessagingClient);
  beforeEach(() => social.reset());
  const sender = () =>
    new WhatsAppSender(new SocialMessagingClient({}), {
      originationPhoneNumberId: PHONE_NUMBER_ID,
      metaApiVersion: 'v20.0',
    });

  it('sends the template message as UTF-8 JSON from the configured number with the Meta API version', async () => {
    // Prepare
    social.on(SendWhatsAppMessageCommand).resolves({ messageId: 'wa-1' });
    // Act
    const id = await sender().send(whatsAppJob());
    // Assess
    expect(id).toBe('wa-1');
    const input = social.commandCalls(SendWhatsAppMessageCommand)[0]?.args[0].input;
    expect(input?.originationPhoneNumberId).toBe(PHONE_NUMBER_ID);
    expect(input?.metaApiVersion).toBe('v20.0');
    expect(input?.message).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(input?.message))).toEqual(
      templateMessage('+40700000001', fraudTemplate),
    );
  });

  it.each([
    [ValidationException, 'provider_bad_request'],
    [InvalidParametersException, 'provider_bad_request'],
  ])('%O is permanent and does not quote the provider', async (Rejection, reason) => {
    social
      .on(SendWhatsAppMessageCommand)
      .rejects(new Rejection({ message: 'invalid recipient +40700000001', $metadata: {} }));

    const error = await failure(sender().send(whatsAppJob()));

    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ reason });
    expect(revealed(error)).not.toContain('40700000001');
  });

  it.each([ThrottledRequestException, LimitExceededException])('%O is throttling', async (Rejection) => {
    social
      .on(SendWhatsAppMessageCommand)
      .rejects(new Rejection({ message: 'later +40700000001', $metadata: {} }));

    const error = await failure(sender().send(whatsAppJob()));

    expect(error).toBeInstanceOf(ThrottledSendError);
    expect(revealed(error)).not.toContain('40700000001');
  });

  it.each([
    InternalServiceException,
    DependencyException,
    ResourceNotFoundException,
    AccessDeniedByMetaException,
  ])('%O is thrown to be retried', async (Rejection) => {
    social.on(SendWhatsAppMessageCommand).rejects(new Rejection({ message: 'later', $metadata: {} }));

    const error = await failure(sender().send(whatsAppJob()));

    expect(error).toBeInstanceOf(Rejection);
    expect(error).not.toBeInstanceOf(PermanentSendError);
  });

  it('retries an answer without a message id', async () => {
    social.on(SendWhatsAppMessageCommand).resolves({});

    const error = await failure(sender().send(whatsAppJob()));

    expect(error).not.toBeInstanceOf(PermanentSendError);
  });

  it.each([
    ['a number that is not E.164', { to: '0700 000 001' }, 'invalid_destination'],
    ['a message without a template', { message: whatsAppMessage(undefined) }, 'template_missing'],
  ])('fails %s permanently without calling the provider', async (_case, overrides, reason) => {
    const error = await failure(sender().send(whatsAppJob(overrides)));

    expect(error).toMatchObject({ reason });
    expect(revealed(error)).not.toContain('700');
    expect(social.commandCalls(SendWhatsAppMessageCommand)).toHaveLength(0);
  });

  it.each([
    [{ originationPhoneNumberId: undefined, metaApiVersion: undefined }],
    [{ originationPhoneNumberId: '', metaApiVersion: '' }],
    [{ originationPhoneNumberId: PHONE_NUMBER_ID, metaApiVersion: '' }],
  ])('not configured (%j): every job fails as channel_not_configured', async (options) => {
    const unconfigured = new WhatsAppSender(new SocialMessagingClient({}), options);

    await expect(unconfigured.send(whatsAppJob())).rejects.toMatchObject({
      reason: 'channel_not_configured',
    });
    expect(social.commandCalls(SendWhatsAppMessageCommand)).toHaveLength(0);
  });
});
