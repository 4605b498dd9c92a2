// Which delivery outcomes become status events, what they carry, and when a message counts as
// undeliverable (shared/domain/status-events.ts); the local stack's filter patterns and the CloudWatch
// Logs subscription payload the status-events function reads.
import { gzipSync } from 'node:zlib';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPattern } from '../../local/logs/filter-pattern.ts';
import { deliveryRecordOf, logEventsOf } from '../../shared/adapters/lambda/log-subscription.ts';
import { CHANNELS } from '../../shared/contract/common.ts';
import { STATUSES } from '../../shared/contract/events/notification-status-changed.ts';
import { type DeliveryRecord, deliveryRecord } from '../../shared/domain/delivery-record.ts';
import type { Category } from '../../shared/domain/profile.ts';
import {
  type ChannelOutcome,
  DEFAULT_STATUS_EVENTS,
  notificationFailedDetail,
  selectsStatusEvent,
  statusChangedDetail,
  undeliverable,
} from '../../shared/domain/status-events.ts';

const record = (fields: Partial<DeliveryRecord> = {}): DeliveryRecord =>
  deliveryRecord({
    time: '2026-03-03T09:00:00.000Z',
    notificationId: 'n-1',
    eventId: 'e-1',
    customerId: 'c-1',
    type: 'balance.low',
    category: 'transactional',
    channel: 'email',
    status: 'sent',
    locale: 'en-GB',
    template: 'balance.low/email/en',
    providerMessageId: 'ses-0001',
    latencyMs: 12,
    ...fields,
  });

const outcome = (
  channel: ChannelOutcome['channel'],
  status: string,
  extra: Partial<ChannelOutcome> = {},
) => ({
  channel,
  notificationId: `n-${channel}`,
  status,
  ...(status === 'failed' || status === 'suppressed' ? { reason: `${channel}_reason` } : {}),
  ...extra,
});

describe('status event selection', () => {
  it.each([
    ['transactional', 'failed', true],
    ['transactional', 'bounced', true],
    ['transactional', 'complained', true],
    ['transactional', 'replied', true],
    ['transactional', 'sent', false],
    ['transactional', 'delivered', false],
    ['marketing', 'sent', false],
    ['marketing', 'opened', false],
    ['marketing', 'failed', true],
    ['security', 'sent', true],
    ['security', 'delivered', true],
    ['security', 'suppressed', true],
  ] as const)('default: %s %s → %s', (category, status, expected) => {
    expect(selectsStatusEvent(DEFAULT_STATUS_EVENTS, record({ category, status }))).toBe(expected);
  });

  it('limits to the configured types, exact or by prefix', () => {
    // Prepare
    const selection = { ...DEFAULT_STATUS_EVENTS, types: ['fraud.', 'statement.ready'] };

    // Act / Assess
    expect(selectsStatusEvent(selection, record({ type: 'fraud.alert', category: 'security' }))).toBe(true);
    expect(selectsStatusEvent(selection, record({ type: 'statement.ready', status: 'failed' }))).toBe(true);
    expect(selectsStatusEvent(selection, record({ type: 'balance.low', status: 'failed' }))).toBe(false);
  });

  it('carries ids and facts of the record only: no locale, template, provider id or latency', () => {
    // Act
    const detail = statusChangedDetail(
      record({ status: 'failed', reason: 'provider_rejected', journey: 'kyc', step: 'r1' }),
    );

    // Assess
    expect(detail).toEqual({
      v: 1,
      notificationId: 'n-1',
      eventId: 'e-1',
      customerId: 'c-1',
      type: 'balance.low',
      category: 'transactional',
      channel: 'email',
      status: 'failed',
      reason: 'provider_rejected',
      journey: 'kyc',
      step: 'r1',
      occurredAt: '2026-03-03T09:00:00.000Z',
    });
  });
});

describe('undeliverable messages', () => {
  it('is undeliverable when every planned channel failed or was suppressed, in the planned order', () => {
    // Prepare
    const planned = ['sms', 'email'] as const;

    // Act
    const result = undeliverable('transactional', [
      outcome('email', 'failed', { planned }),
      outcome('sms', 'suppressed', { planned }),
    ]);

    // Assess
    expect(result?.channels.map((c) => `${c.channel} ${c.status} ${c.reason}`)).toEqual([
      'sms suppressed sms_reason',
      'email failed email_reason',
    ]);
  });

  it('is not while a planned fallback has no claim yet, or a channel is queued, sending or sent', () => {
    const planned = ['email', 'sms'] as const;
    expect(undeliverable('transactional', [outcome('email', 'failed', { planned })])).toBeUndefined();
    for (const status of ['queued', 'sending', 'sent'])
      expect(
        undeliverable('security', [outcome('email', 'failed', { planned }), outcome('sms', status)]),
      ).toBeUndefined();
  });

  it('is never reported for marketing', () => {
    expect(undeliverable('marketing', [outcome('email', 'failed')])).toBeUndefined();
  });

  it('holds exactly when every planned channel is failed or suppressed (generated ledgers)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...CHANNELS), { minLength: 1 }),
        fc.array(fc.constantFrom('queued', 'sending', 'sent', 'failed', 'suppressed', 'missing'), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.constantFrom<Category>('security', 'transactional'),
        (planned, statuses, category) => {
          const outcomes = planned.flatMap((channel, i) =>
            statuses[i] === 'missing' ? [] : [outcome(channel, statuses[i] as string, { planned })],
          );
          const expected = planned.every((_, i) => statuses[i] === 'failed' || statuses[i] === 'suppressed');
          expect(undeliverable(category, outcomes) !== undefined).toBe(expected && outcomes.length > 0);
        },
      ),
    );
  });

  it("names the first channel, and that channel's reason when it was the only one", () => {
    // Act
    const one = notificationFailedDetail(record(), {
      channels: [
        { channel: 'sms', notificationId: 'n-sms', status: 'failed', reason: 'invalid_destination' },
      ],
    });
    const two = notificationFailedDetail(record(), {
      channels: [
        { channel: 'email', notificationId: 'n-email', status: 'suppressed', reason: 'consent' },
        { channel: 'sms', notificationId: 'n-sms', status: 'failed', reason: 'invalid_data: x' },
      ],
    });

    // Assess
    expect([one.channel, one.notificationId, one.reason]).toEqual(['sms', 'n-sms', 'invalid_destination']);
    expect([two.channel, two.notificationId, two.reason]).toEqual([
      'email',
      'n-email',
      'all_channels_failed',
    ]);
  });
});

describe('CloudWatch Logs subscription payload', () => {
  const payload = (data: unknown): CloudWatchLogsEvent => ({
    awslogs: { data: gzipSync(JSON.stringify(data)).toString('base64') },
  });

  it('yields the log events of a data message, and none of a control message', () => {
    // Prepare
    const line = JSON.stringify(record({ status: 'failed', reason: 'provider_rejected' }));
    const data = { messageType: 'DATA_MESSAGE', logEvents: [{ id: '1', timestamp: 0, message: line }] };

    // Act
    const events = logEventsOf(payload(data));
    const control = logEventsOf(
      payload({
        messageType: 'CONTROL_MESSAGE',
        logEvents: [{ id: '1', timestamp: 0, message: 'CWL CONTROL MESSAGE' }],
      }),
    );

    // Assess
    expect(events.map((e) => deliveryRecordOf(e.message))).toEqual([
      {
        record: expect.objectContaining({
          notificationId: 'n-1',
          status: 'failed',
          reason: 'provider_rejected',
        }),
      },
    ]);
    expect(control).toEqual([]);
  });

  it('skips a line that is not a delivery record, saying why', () => {
    expect(deliveryRecordOf('START RequestId: 1')).toEqual({ skipped: 'not JSON' });
    expect(deliveryRecordOf('{"kind":"rejected","v":1}')).toMatchObject({
      skipped: expect.stringMatching(/^not a delivery record \(kind/),
    });
    expect(deliveryRecordOf(JSON.stringify(record({ status: 'nope' as never })))).toMatchObject({
      skipped: expect.stringContaining('status'),
    });
  });

  it('reads every status of the delivery log', () => {
    for (const status of STATUSES)
      expect(deliveryRecordOf(JSON.stringify(record({ status })))).toHaveProperty('record');
  });
});

describe('filter patterns (local stack)', () => {
  it.each([
    ['{ $.kind = "delivery" }', '{"kind":"delivery"}', true],
    ['{ $.kind = "delivery" }', '{"kind":"rejected"}', false],
    ['{ $.kind = "delivery" }', 'not json {', false],
    ['{ ($.kind = "delivery") && ($.status != "sent") }', '{"kind":"delivery","status":"failed"}', true],
    ['{ ($.kind = "delivery") && ($.status != "sent") }', '{"kind":"delivery","status":"sent"}', false],
    ['{ $.status = "fail*" || $.latencyMs = 12 }', '{"status":"sent","latencyMs":12}', true],
    ['{ $.a.b = "x" }', '{"a":{"b":"x"}}', true],
    ['', 'anything', true],
  ])('%s on %s → %s', (pattern, line, expected) => {
    expect(compileFilterPattern(pattern)(line)).toBe(expected);
  });

  it('refuses a pattern it cannot honour, naming it', () => {
    expect(() => compileFilterPattern('ERROR -DEBUG')).toThrow(
      /not supported by the local stack: ERROR -DEBUG/,
    );
    expect(() => compileFilterPattern('{ $.a > 3 }')).toThrow(/not supported/);
  });
});
