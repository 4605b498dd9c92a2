import {
  LimitExceededException,
  MessageRejected,
  SESv2Client,
  SendEmailCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-sesv2';
import {
  CheckIfPhoneNumberIsOptedOutCommand,
  InvalidParameterException,
  PublishCommand,
  SNSClient,
  ThrottledException,
} from '@aws-sdk/client-sns';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSenderNames, SesEmailSender } from '../../shared/adapters/ses/email-sender.ts';
import { SnsSmsSender } from '../../shared/adapters/sns/sms-sender.ts';
import { SqsDeadLetters, SqsJobQueue } from '../../shared/adapters/sqs/queues.ts';
import { toMessageTags } from '../../shared/domain/message-tags.ts';
import { OptedOutSendError, PermanentSendError, ThrottledSendError } from '../../shared/ports/delivery.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';

const job = (overrides: Partial<MessageJob> = {}): MessageJob => ({
  notificationId: 'n-1',
  eventId: 'e-1',
  customerId: 'c-1',
  type: 'balance.low',
  category: 'transactional',
  channel: 'email',
  to: 'ana@example.com',
  occurredAt: '2026-01-05T08:00:00Z',
  message: {
    channel: 'email',
    template: 'balance.low/email/en',
    locale: 'en',
    subject: 'Low balance',
    text: 'plain',
    html: '<p>html</p>',
  },
  ...overrides,
});

describe('SesEmailSender', () => {
  const ses = mockClient(SESv2Client);
  beforeEach(() => ses.reset());

  it('sends HTML and text through the configuration set, tagged with the notification', async () => {
    // Prepare
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    const sender = new SesEmailSender(new SESv2Client({}), {
      from: 'alerts@bank.example',
      configurationSetName: 'herald-dev',
    });
    // Act
    const id = await sender.send(job());
    // Assess
    expect(id).toBe('ses-1');
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toEqual({
      FromEmailAddress: 'alerts@bank.example',
      Destination: { ToAddresses: ['ana@example.com'] },
      ConfigurationSetName: 'herald-dev',
      EmailTags: toMessageTags({
        notificationId: 'n-1',
        eventId: 'e-1',
        customerId: 'c-1',
        type: 'balance.low',
        category: 'transactional',
        channel: 'email',
        locale: 'en',
        template: 'balance.low/email/en',
      }),
      Content: {
        Simple: {
          Subject: { Data: 'Low balance', Charset: 'UTF-8' },
          Body: {
            Text: { Data: 'plain', Charset: 'UTF-8' },
            Html: { Data: '<p>html</p>', Charset: 'UTF-8' },
          },
        },
      },
    });
  });

  it('sends from the display name of the message’s language, with the Reply-To address', async () => {
    // Prepare
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-3' });
    const sender = new SesEmailSender(new SESv2Client({}), {
      from: 'alerts@bank.example',
      senderNames: { default: 'Demo Bank', ar: 'بنك ديمو' },
      replyTo: 'care@bank.example',
    });
    const arabic = { ...job().message, locale: 'ar', template: 'balance.low/email/ar' };

    // Act
    await sender.send(job());
    await sender.send(job({ message: arabic }));

    // Assess
    const [english, inArabic] = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
    expect(english?.FromEmailAddress).toBe('"Demo Bank" <alerts@bank.example>');
    expect(english?.ReplyToAddresses).toEqual(['care@bank.example']);
    expect(inArabic?.FromEmailAddress).toBe(
      `=?UTF-8?B?${Buffer.from('بنك ديمو').toString('base64')}?= <alerts@bank.example>`,
    );
  });

  it('refuses a SENDER_NAMES variable it cannot use, naming the language', () => {
    expect(parseSenderNames('{"default":"Demo Bank","de":"Demo Bank AG"}')).toEqual({
      default: 'Demo Bank',
      de: 'Demo Bank AG',
    });
    expect(() => parseSenderNames(JSON.stringify({ default: 'Demo\r\nBcc: x@y' }))).toThrow(
      /SENDER_NAMES.default .*line breaks/,
    );
    expect(() => parseSenderNames('{"ar":"بنك"}')).toThrow(/SENDER_NAMES.default is missing/);
  });

  it('carries the message headers, such as one-click List-Unsubscribe on marketing e-mail', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-2' });
    const sender = new SesEmailSender(new SESv2Client({}), { from: 'offers@bank.example' });
    const headers = {
      'List-Unsubscribe': '<https://bank.example/u/abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
    await sender.send(job({ category: 'marketing', message: { ...job().message, headers } }));
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Simple?.Headers).toEqual([
      { Name: 'List-Unsubscribe', Value: '<https://bank.example/u/abc>' },
      { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
    ]);
  });

  it('turns a rejection into a permanent failure', async () => {
    const sender = new SesEmailSender(new SESv2Client({}), { from: 'alerts@bank.example' });
    ses.on(SendEmailCommand).rejectsOnce(new MessageRejected({ message: 'rejected', $metadata: {} }));
    await expect(sender.send(job())).rejects.toBeInstanceOf(PermanentSendError);
  });

  it.each([
    ['TooManyRequestsException', new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} })],
    ['LimitExceededException', new LimitExceededException({ message: 'Quota', $metadata: {} })],
    [
      'Throttling (SES outside its model)',
      Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' }),
    ],
    [
      'any error answered with HTTP 429',
      Object.assign(new Error('slow down ana@example.com'), {
        name: 'SomethingNew',
        $metadata: { httpStatusCode: 429 },
      }),
    ],
  ])('reports %s as throttling, naming only the error', async (_case, rejection) => {
    // Prepare
    ses.on(SendEmailCommand).rejectsOnce(rejection);
    const sender = new SesEmailSender(new SESv2Client({}), { from: 'alerts@bank.example' });
    // Act
    const error = await sender.send(job()).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(ThrottledSendError);
    expect(String((error as Error).message)).not.toContain('ana@example.com');
  });

  it('lets an outage through to be retried, neither permanent nor throttling', async () => {
    const outage = Object.assign(new Error('internal'), {
      name: 'InternalFailure',
      $metadata: { httpStatusCode: 500 },
    });
    ses.on(SendEmailCommand).rejectsOnce(outage);
    const sender = new SesEmailSender(new SESv2Client({}), { from: 'alerts@bank.example' });
    const error = await sender.send(job()).catch((e: unknown) => e);
    expect(error).toBe(outage);
  });
});

describe('SnsSmsSender', () => {
  const sns = mockClient(SNSClient);
  beforeEach(() => {
    sns.reset();
    sns.on(CheckIfPhoneNumberIsOptedOutCommand).resolves({ isOptedOut: false });
  });

  it.each([
    ['transactional', 'Transactional'],
    ['security', 'Transactional'],
    ['marketing', 'Promotional'],
  ] as const)('publishes a %s SMS as %s, with the sender id', async (category, smsType) => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const sender = new SnsSmsSender(new SNSClient({}), { senderId: 'MYBANK' });
    await sender.send(
      job({
        channel: 'sms',
        to: '+40700000001',
        category,
        message: { channel: 'sms', template: 't', locale: 'en', text: 'hi' },
      }),
    );
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input).toEqual({
      PhoneNumber: '+40700000001',
      Message: 'hi',
      MessageAttributes: {
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: smsType },
        'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: 'MYBANK' },
      },
    });
  });

  it('asks whether the number is on the SMS opt-out list before it publishes', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const sender = new SnsSmsSender(new SNSClient({}), {});
    await sender.send(job({ channel: 'sms', to: '+40700000001' }));
    expect(sns.calls().map((call) => call.args[0].constructor.name)).toEqual([
      'CheckIfPhoneNumberIsOptedOutCommand',
      'PublishCommand',
    ]);
    expect(sns.commandCalls(CheckIfPhoneNumberIsOptedOutCommand)[0]?.args[0].input).toEqual({
      phoneNumber: '+40700000001',
    });
  });

  it('refuses a number on the opt-out list without publishing: OptedOutSendError, reason opted_out', async () => {
    // Publish would take it (SNS drops it later, seen only in its delivery-status logs).
    sns.on(CheckIfPhoneNumberIsOptedOutCommand).resolves({ isOptedOut: true });
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const sender = new SnsSmsSender(new SNSClient({}), {});
    const error = await sender.send(job({ channel: 'sms', to: '+40700000001' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OptedOutSendError);
    expect(error).toMatchObject({ reason: 'opted_out' });
    expect(sns.commandCalls(PublishCommand)).toEqual([]);
  });

  it('reports throttling of the opt-out check as throttling', async () => {
    sns
      .on(CheckIfPhoneNumberIsOptedOutCommand)
      .rejects(new ThrottledException({ message: 'Rate exceeded', $metadata: {} }));
    const sender = new SnsSmsSender(new SNSClient({}), {});
    await expect(sender.send(job({ channel: 'sms', to: '+40700000001' }))).rejects.toBeInstanceOf(
      ThrottledSendError,
    );
    expect(sns.commandCalls(PublishCommand)).toEqual([]);
  });

  it('reports SNS throttling (ThrottledException) as throttling', async () => {
    sns.on(PublishCommand).rejects(new ThrottledException({ message: 'Rate exceeded', $metadata: {} }));
    const sender = new SnsSmsSender(new SNSClient({}), {});
    await expect(sender.send(job({ channel: 'sms', to: '+40700000001' }))).rejects.toBeInstanceOf(
      ThrottledSendError,
    );
  });

  it('reports an invalid number as a permanent failure', async () => {
    sns.on(PublishCommand).rejects(new InvalidParameterException({ message: 'bad number', $metadata: {} }));
    const sender = new SnsSmsSender(new SNSClient({}), {});
    await expect(sender.send(job({ channel: 'sms', to: '+1' }))).rejects.toMatchObject({
      reason: 'invalid_destination',
    });
  });
});

describe('SQS adapters', () => {
  const sqs = mockClient(SQSClient);
  beforeEach(() => sqs.reset());

  it('queues a job on its channel queue', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm' });
    await new SqsJobQueue(new SQSClient({}), { email: 'https://q/email', sms: 'https://q/sms' }).enqueue(
      job({ channel: 'sms' }),
    );
    const input = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(input?.QueueUrl).toBe('https://q/sms');
    expect(JSON.parse(input?.MessageBody ?? '{}')).toMatchObject({ notificationId: 'n-1', channel: 'sms' });
  });

  it('queues a fallback on its channel queue with its delay, and a deferred job on the defer queue', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm' });
    const queue = new SqsJobQueue(
      new SQSClient({}),
      { email: 'https://q/email', sms: 'https://q/sms' },
      'https://q/defer',
    );
    await queue.enqueue({ ...job({ channel: 'sms' }), fallbackAfter: ['email'] }, { delaySeconds: 120 });
    await queue.enqueue(job({ channel: 'sms' }), { notBefore: new Date('2026-03-03T07:00:00Z') });
    const [fallback, deferred] = sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input);
    expect(fallback).toMatchObject({ QueueUrl: 'https://q/sms', DelaySeconds: 120 });
    expect(JSON.parse(fallback?.MessageBody ?? '{}')).toMatchObject({ fallbackAfter: ['email'] });
    expect(deferred).toMatchObject({ QueueUrl: 'https://q/defer' });
    expect(deferred).not.toHaveProperty('DelaySeconds');
    expect(deferred?.MessageAttributes?.notBefore?.StringValue).toBe('2026-03-03T07:00:00.000Z');
  });

  it('keeps a rejected event whole in the dead-letter queue with its reason', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm' });
    const event = {
      source: 'bank.core',
      'detail-type': 'Balance.Changed',
      detail: { eventId: 'e-9', balance: 1 },
    };
    await new SqsDeadLetters(new SQSClient({}), 'https://q/dlq').reject({
      source: 'bank.core',
      detailType: 'Balance.Changed',
      eventId: 'e-9',
      reason: 'detail.balance: expected a decimal string',
      event,
    });
    const input = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(input?.QueueUrl).toBe('https://q/dlq');
    expect(JSON.parse(input?.MessageBody ?? '{}')).toEqual({
      kind: 'rejected',
      reason: 'detail.balance: expected a decimal string',
      event,
    });
    expect(input?.MessageAttributes?.reason?.StringValue).toBe('detail.balance: expected a decimal string');
    expect(input?.MessageAttributes?.eventId?.StringValue).toBe('e-9');
  });
});
