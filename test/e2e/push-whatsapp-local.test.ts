// The push and WhatsApp senders with the real Pinpoint and Social Messaging SDK clients, against the local
// stack: the clients find the local endpoints through AWS_ENDPOINT_URL_PINPOINT / _SOCIALMESSAGING (set by
// the runtime), and the runtime writes what they sent to its outbox.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import {
  SendWhatsAppMessageCommand,
  SocialMessagingClient,
  ValidationException,
} from '@aws-sdk/client-socialmessaging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHerald } from '../../local/runtime.ts';
import { PinpointPushSender, pushAddress } from '../../shared/adapters/pinpoint/push-sender.ts';
import { templateMessage, WhatsAppSender } from '../../shared/adapters/social/whatsapp-sender.ts';
import type { RenderedMessage } from '../../shared/domain/templates/render.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';

const APNS_TOKEN = '740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad';
const outDir = mkdtempSync(join(tmpdir(), 'herald-push-whatsapp-'));
let herald: LocalHerald;

beforeAll(async () => {
  herald = await LocalHerald.start({ outDir, operationalLog: () => undefined });
});
afterAll(async () => {
  await herald?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

const job = (overrides: Partial<MessageJob>): MessageJob => ({
  notificationId: 'n-local',
  eventId: 'e-local',
  customerId: 'c-1',
  type: 'fraud.alert',
  category: 'security',
  channel: 'push',
  to: '',
  occurredAt: '2026-01-05T08:00:00Z',
  message: { channel: 'push', template: 't', locale: 'en', subject: 'Card payment', text: 'Was this you?' },
  ...overrides,
});

/** The environment the local runtime gives a function, from the synthesized template. */
const environmentOf = (name: string) =>
  herald.model.functions.find((fn) => fn.name === name)?.environment ?? {};

describe('push and WhatsApp on the local stack', () => {
  it('runs send-push and send-whatsapp, fed by PushQueue and WhatsAppQueue, with the dev configuration', () => {
    for (const [name, queue] of [
      ['send-push', 'PushQueue'],
      ['send-whatsapp', 'WhatsAppQueue'],
    ]) {
      const fn = herald.model.functions.find((f) => f.name === name);
      const source = herald.model.eventSources.find((s) => s.functionArn === fn?.arn);
      const fed = herald.model.queues.find((q) => q.arn === source?.queueArn);
      expect(fed?.logicalId).toMatch(new RegExp(`^${queue}`));
      expect(source?.reportBatchItemFailures).toBe(true);
    }
    expect(environmentOf('send-push').PINPOINT_APPLICATION_ID).toMatch(/^[0-9a-f]{32}$/);
    expect(environmentOf('send-whatsapp').WHATSAPP_META_API_VERSION).toBe('v20.0');
  });

  it('delivers a push through the real Pinpoint client and writes <messageId>.push.json', async () => {
    // Prepare: the client has no endpoint of its own; AWS_ENDPOINT_URL_PINPOINT leads it to the stand-in
    const sender = new PinpointPushSender(new PinpointClient({}), {
      applicationId: environmentOf('send-push').PINPOINT_APPLICATION_ID,
    });
    // Act
    const id = await sender.send(job({ to: pushAddress('apns', APNS_TOKEN) }));
    // Assess
    expect(id).toMatch(/^pinpoint-\d{6}$/);
    const sent = herald.outbox.find((m) => m.providerMessageId === id);
    expect(sent).toMatchObject({
      channel: 'push',
      platform: 'APNS',
      title: 'Card payment',
      body: 'Was this you?',
      data: { notificationId: 'n-local', type: 'fraud.alert' },
    });
    expect(sent?.files).toEqual([join(outDir, `${id}.push.json`)]);
    expect(JSON.parse(readFileSync(join(outDir, `${id}.push.json`), 'utf8'))).toMatchObject({
      to: APNS_TOKEN,
      channelType: 'APNS',
      action: 'OPEN_APP',
      priority: '10',
      traceId: 'n-local',
    });
  });

  it('answers a token that cannot be one with PERMANENT_FAILURE, which the sender maps to invalid_destination', async () => {
    const sender = new PinpointPushSender(new PinpointClient({}), {
      applicationId: environmentOf('send-push').PINPOINT_APPLICATION_ID,
    });

    await expect(sender.send(job({ to: 'fcm:short' }))).rejects.toMatchObject({
      reason: 'invalid_destination',
    });
  });

  it('delivers a WhatsApp template through the real Social Messaging client and writes <messageId>.whatsapp.json', async () => {
    // Prepare
    const env = environmentOf('send-whatsapp');
    const sender = new WhatsAppSender(new SocialMessagingClient({}), {
      originationPhoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID,
      metaApiVersion: env.WHATSAPP_META_API_VERSION,
    });
    const template = {
      template: 'herald_fraud_alert',
      language: 'en',
      parameters: ['€1,250.00', 'ACME'],
      quickReplies: ['FRAUD_YES:case-7', 'FRAUD_NO:case-7'],
    };
    const message = {
      channel: 'whatsapp',
      template: 'fraud.alert/whatsapp/en',
      locale: 'en',
      text: 'Was this you?',
      whatsapp: template,
    } as RenderedMessage;
    // Act
    const id = await sender.send(job({ channel: 'whatsapp', to: '+40700000001', message }));
    // Assess
    expect(id).toMatch(/^social-\d{6}$/);
    expect(herald.outbox.find((m) => m.providerMessageId === id)).toMatchObject({
      channel: 'whatsapp',
      to: '+40700000001',
      template: 'herald_fraud_alert',
      language: 'en',
      files: [join(outDir, `${id}.whatsapp.json`)],
    });
    expect(JSON.parse(readFileSync(join(outDir, `${id}.whatsapp.json`), 'utf8'))).toMatchObject({
      originationPhoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID,
      metaApiVersion: 'v20.0',
      message: templateMessage('+40700000001', template),
    });
  });

  it('answers a malformed WhatsApp message with a ValidationException the SDK recognizes', async () => {
    const client = new SocialMessagingClient({});

    await expect(
      client.send(
        new SendWhatsAppMessageCommand({
          originationPhoneNumberId: environmentOf('send-whatsapp').WHATSAPP_PHONE_NUMBER_ID,
          metaApiVersion: 'v20.0',
          message: new TextEncoder().encode(JSON.stringify({ messaging_product: 'whatsapp', to: 'nobody' })),
        }),
      ),
    ).rejects.toBeInstanceOf(ValidationException);
  });
});
