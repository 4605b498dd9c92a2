// The suspicious-activity alert: the decision (deadline, data carried), the render function's signed
// YES/NO links per channel, and the push the sender makes of them.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { PinpointClient, SendMessagesCommand } from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../infra/config.ts';
import { PinpointPushSender, pushAddress } from '../../shared/adapters/pinpoint/push-sender.ts';
import { fraudPolicyFromEnv } from '../../shared/application/fraud-alerts.ts';
import { renderJob } from '../../shared/application/render-job.ts';
import type { FraudSuspected } from '../../shared/contract/events/fraud-suspected.ts';
import { decideFraudAlert, replyDeadline } from '../../shared/domain/fraud.ts';
import type { Channel } from '../../shared/domain/profile.ts';
import { verifyReplyToken } from '../../shared/domain/reply-link.ts';
import { schema as fraudAlertSchema } from '../../shared/notifications/fraud-alert/data.ts';
import { renderers } from '../../shared/notifications/tables/render-security.ts';
import type { LinkSigner, MacVerifier } from '../../shared/ports/links.ts';
import type { MessageJob, PlannedJob } from '../../shared/ports/queues.ts';

const event = (overrides: Partial<FraudSuspected> = {}): FraudSuspected => ({
  eventId: 'e-fraud-1',
  occurredAt: '2026-03-03T02:00:00+02:00',
  customerId: 'c-1',
  caseId: 'case-7',
  cardId: 'card-123',
  cardLast4: '4242',
  transactions: [
    {
      amount: '1250.00',
      currency: 'EUR',
      merchant: 'ACME Electronics',
      occurredAt: '2026-03-03T01:58:00+02:00',
    },
    { amount: '0.99', currency: 'EUR', merchant: 'Test charge', occurredAt: '2026-03-03T01:55:00+02:00' },
  ],
  riskScore: 0.91,
  ...overrides,
});
const policy = { replyWindowMinutes: 30, minRiskScore: 0 };

const mockPinpointClient = () => mockClient(PinpointClient);

describe('decideFraudAlert', () => {
  it("asks the customer with fraud.alert's data (no card id, no risk score), due 30 minutes after the bank event", () => {
    expect(decideFraudAlert(event(), policy)).toEqual({
      type: 'fraud.alert',
      category: 'security',
      customerId: 'c-1',
      eventId: 'e-fraud-1',
      occurredAt: '2026-03-03T02:00:00+02:00',
      data: {
        caseId: 'case-7',
        cardLast4: '4242',
        transactions: event().transactions,
        replyBy: '2026-03-03T00:30:00.000Z',
      },
    });
  });

  it('sets the deadline at occurredAt plus the reply window, whatever the offset and window', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.integer({ min: 1, max: 10_080 }),
        (instant, offsetMinutes, window) => {
          // The same instant written with an offset, as banks send it.
          const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const occurredAt = `${local}${offset}`;
          const intent = decideFraudAlert(event({ occurredAt }), { ...policy, replyWindowMinutes: window });
          const expected = Math.floor(instant.getTime() / 1000) * 1000 + window * 60_000;
          expect(intent?.data.replyBy).toBe(new Date(expected).toISOString());
        },
      ),
    );
  });

  it('carries data that survives the JSON of the render queue unchanged', () => {
    const data = decideFraudAlert(event(), policy)?.data ?? {};
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(v.parse(fraudAlertSchema, JSON.parse(JSON.stringify(data)))).toEqual({
      caseId: 'case-7',
      cardLast4: '4242',
      transactions: event().transactions,
      replyBy: '2026-03-03T00:30:00.000Z',
    });
  });

  it('decides nothing for a case scored below the threshold, and alerts from the threshold on', () => {
    const strict = { ...policy, minRiskScore: 0.8 };
    expect(decideFraudAlert(event({ riskScore: 0.79 }), strict)).toBeUndefined();
    expect(decideFraudAlert(event({ riskScore: 0.8 }), strict)?.type).toBe('fraud.alert');
  });

  it('refuses a deadline from a date that is not one', () => {
    expect(() => replyDeadline('yesterday', 30)).toThrow(/occurredAt/);
  });
});

describe('fraudPolicyFromEnv', () => {
  it('reads the window and threshold the stack sets, with the defaults otherwise', () => {
    expect(fraudPolicyFromEnv({ FRAUD_REPLY_WINDOW_MINUTES: '45', FRAUD_MIN_RISK_SCORE: '0.5' })).toEqual({
      replyWindowMinutes: 45,
      minRiskScore: 0.5,
    });
    expect(fraudPolicyFromEnv({})).toEqual({ replyWindowMinutes: 30, minRiskScore: 0 });
    expect(() => fraudPolicyFromEnv({ FRAUD_REPLY_WINDOW_MINUTES: 'half an hour' })).toThrow(
      /FRAUD_REPLY_WINDOW_MINUTES/,
    );
  });
});

describe('config fraud', () => {
  it('defaults to a 30-minute window, every case, the reply endpoint under the brand URL, a 15-minute escalation and a hold', () => {
    expect(loadConfig('dev').fraud).toEqual({
      replyWindowMinutes: 30,
      minRiskScore: 0,
      replyBaseUrl: 'https://bank.example/fraud-reply',
      escalationWindowMinutes: 15,
      defaultOnNoAnswer: 'hold',
    });
    expect(loadConfig('dev', { brand: { name: 'B' } }).fraud.replyBaseUrl).toBeUndefined();
  });

  it.each([
    [{ replyWindowMinutes: 0 }, 'fraud.replyWindowMinutes: must be at least 1'],
    [{ replyWindowMinutes: 2.5 }, 'fraud.replyWindowMinutes: must be a whole number of minutes'],
    [{ minRiskScore: 1.2 }, 'fraud.minRiskScore: must be from 0 to 1'],
    [{ replyBaseUrl: 'http://bank.example/r' }, 'fraud.replyBaseUrl: must be an https URL'],
  ])('refuses %j, naming the field', (fraud, problem) => {
    expect(() => loadConfig('dev', { fraud })).toThrow(problem);
  });
});

/** An HMAC key held in memory, standing in for KMS behind the ports; counts the MACs asked for. */
function memoryKey() {
  const secret = randomBytes(32);
  const hmac = (message: Uint8Array) => createHmac('sha256', secret).update(message).digest();
  const key = {
    macs: 0,
    mac: async (message: Uint8Array) => {
      key.macs += 1;
      return new Uint8Array(hmac(message));
    },
    verifyMac: async (message: Uint8Array, mac: Uint8Array) =>
      mac.length === 32 && timingSafeEqual(Buffer.from(mac), hmac(message)),
  };
  return key satisfies LinkSigner & MacVerifier;
}

const planned = (channel: Channel): PlannedJob => ({
  notificationId: `n-${channel}`,
  eventId: 'e-fraud-1',
  customerId: 'c-1',
  type: 'fraud.alert',
  category: 'security',
  channel,
  to: channel === 'email' ? 'ana@example.com' : '+40700000001',
  occurredAt: '2026-03-03T02:00:00+02:00',
  locale: 'en-GB',
  timeZone: 'Europe/Bucharest',
  givenName: 'Ana',
  data: JSON.parse(JSON.stringify(decideFraudAlert(event(), policy)?.data)),
});

async function rendered(channel: Channel, key = memoryKey(), withLinks = true) {
  const queued: MessageJob[] = [];
  await renderJob(planned(channel), {
    queue: { enqueue: async (job) => void queued.push(job) },
    brand: { name: 'Demo Bank', url: 'https://bank.example' },
    renderers,
    ...(withLinks ? { replyLinks: { signer: key, baseUrl: 'https://bank.example/fraud-reply' } } : {}),
  });
  expect(queued).toHaveLength(1);
  return (queued[0] as MessageJob).message;
}

const BEFORE_DEADLINE = new Date('2026-03-03T00:20:00Z');
const tokenOf = (href: string) => new URL(href).searchParams.get('t') ?? '';

describe('rendering fraud.alert', () => {
  it('gives the e-mail YES and NO buttons whose links verify, for this case, customer and deadline', async () => {
    const key = memoryKey();
    const email = await rendered('email', key);
    const hrefs = [
      ...(email.html ?? '').matchAll(/href="(https:\/\/bank\.example\/fraud-reply\?t=[^"]+)"/g),
    ].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
    expect(hrefs).toHaveLength(2);
    const checks = await Promise.all(hrefs.map((h) => verifyReplyToken(tokenOf(h), BEFORE_DEADLINE, key)));
    expect(checks.map((c) => (c.ok ? [c.claims.caseId, c.claims.customerId, c.claims.answer] : c))).toEqual([
      ['case-7', 'c-1', 'yes'],
      ['case-7', 'c-1', 'no'],
    ]);
    for (const c of checks) {
      expect(c.ok && new Date(c.claims.expiresAt * 1000).toISOString()).toBe('2026-03-03T00:30:00.000Z');
    }
    expect(email.text).toContain('Yes, it was me: https://bank.example/fraud-reply?t=');
    expect(email.text).toContain('ACME Electronics');
  });

  it('gives the push yes/no actions with signed links', async () => {
    const key = memoryKey();
    const push = await rendered('push', key);
    const actions = push.push?.actions ?? [];
    expect(actions.map((a) => a.id)).toEqual(['yes', 'no']);
    for (const action of actions) {
      const check = await verifyReplyToken(tokenOf(action.url ?? ''), BEFORE_DEADLINE, key);
      expect(check.ok && check.claims.answer).toBe(action.id);
    }
  });

  it('signs nothing for SMS and WhatsApp, whose answers are keywords and quick replies', async () => {
    const key = memoryKey();
    const sms = await rendered('sms', key);
    const whatsapp = await rendered('whatsapp', key);
    expect(key.macs).toBe(0);
    expect(sms.text).toMatch(/Reply YES if it was you, NO if not\.$/);
    expect(whatsapp.whatsapp?.quickReplies).toEqual(['FRAUD_YES:case-7', 'FRAUD_NO:case-7']);
  });

  it('leaves the buttons out when the deployment has no reply endpoint', async () => {
    const email = await rendered('email', memoryKey(), false);
    expect(email.html).not.toContain('fraud-reply');
    expect(email.text).not.toContain('Yes, it was me:');
  });
});

describe('fraud.alert push through End User Messaging', () => {
  let pinpoint: ReturnType<typeof mockPinpointClient>;
  beforeAll(() => {
    pinpoint = mockPinpointClient();
  });
  afterAll(() => pinpoint.restore());

  it('sends the title, body and the YES/NO actions with their links as data for the app', async () => {
    // Prepare
    const token = 'fcm-token:APA91bH';
    pinpoint.on(SendMessagesCommand).resolves({
      MessageResponse: {
        ApplicationId: 'app',
        Result: { [token]: { DeliveryStatus: 'SUCCESSFUL', StatusCode: 200, MessageId: 'pp-9' } },
      },
    });
    const message = await rendered('push');
    const sender = new PinpointPushSender(new PinpointClient({}), {
      applicationId: '0123456789abcdef0123456789abcdef',
    });
    // Act
    await sender.send({
      notificationId: 'n-push',
      eventId: 'e-fraud-1',
      customerId: 'c-1',
      type: 'fraud.alert',
      category: 'security',
      channel: 'push',
      to: pushAddress('fcm', token),
      occurredAt: '2026-03-03T02:00:00+02:00',
      message,
    });
    // Assess
    const actions = message.push?.actions ?? [];
    expect(actions.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'yes', title: 'Yes, it was me' },
      { id: 'no', title: "No, it wasn't me" },
    ]);
    expect(pinpoint.commandCalls(SendMessagesCommand)[0]?.args[0].input).toEqual({
      ApplicationId: '0123456789abcdef0123456789abcdef',
      MessageRequest: {
        Addresses: { [token]: { ChannelType: 'GCM' } },
        MessageConfiguration: {
          GCMMessage: {
            Title: 'Did you make these payments?',
            Body: message.push?.body,
            Action: 'OPEN_APP',
            Data: { notificationId: 'n-push', type: 'fraud.alert', actions: JSON.stringify(actions) },
            SilentPush: false,
            Priority: 'high',
          },
        },
        TraceId: 'n-push',
      },
    });
  });
});
