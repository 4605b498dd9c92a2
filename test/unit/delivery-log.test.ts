// The delivery log adapter: each record is one JSON line on stdout that is exactly the record, whatever keys
// the function's own Logger carries. In the Herald log group those lines share the group with operational
// lines; the saved queries (and the local runtime) tell them apart by `kind` alone.
import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correlationKeys } from '../../shared/adapters/lambda/correlation.ts';
import { PowertoolsDeliveryLog } from '../../shared/adapters/powertools/delivery-log.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';

const delivery: DeliveryRecord = {
  kind: 'delivery',
  v: 1,
  time: '2026-03-03T10:00:00.000Z',
  notificationId: 'n-1',
  eventId: 'e-5',
  customerId: 'c-1',
  type: 'balance.low',
  category: 'transactional',
  channel: 'sms',
  status: 'sent',
  locale: 'en-GB',
  template: 'balance-low',
  providerMessageId: 'sns-1',
  latencyMs: 2000,
};
const rejected: RejectedRecord = {
  kind: 'rejected',
  v: 1,
  time: '2026-03-03T10:30:00.000Z',
  eventId: 'e-6',
  source: 'bank.core',
  detailType: 'Balance.Changed',
  reason: 'detail.balance: must be a decimal string',
};

let written: string[] = [];
const original = process.stdout.write;
beforeEach(() => {
  written = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = original;
});

describe('PowertoolsDeliveryLog', () => {
  it.each([delivery, rejected])(
    'writes the $kind record as exactly one JSON line, and nothing else',
    (record) => {
      // Prepare: the function's operational logger, with its correlation keys appended
      const operational = new Logger({ serviceName: 'herald' });
      operational.appendKeys(correlationKeys({ eventId: 'other-event', notificationId: 'other-message' }));
      const log = new PowertoolsDeliveryLog();

      // Act
      log.write(record);
      operational.info('message processed');

      // Assess
      const lines = written.join('').split('\n').filter(Boolean);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(JSON.stringify(record));
      expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({
        message: 'message processed',
        eventId: 'other-event',
        notificationId: 'other-message',
      });
      expect(JSON.parse(lines[1] ?? '{}')).not.toHaveProperty('kind');
    },
  );
});

describe('correlationKeys', () => {
  it('keeps the correlation ids that are non-empty strings, and nothing else', () => {
    expect(
      correlationKeys({
        eventId: 'e-1',
        notificationId: '',
        journeyExecutionId: 'arn:aws:states:eu-west-1:1:execution:journey:x',
        customerId: 'c-1',
        to: 'ana@example.com',
      }),
    ).toEqual({ eventId: 'e-1', journeyExecutionId: 'arn:aws:states:eu-west-1:1:execution:journey:x' });
    expect(correlationKeys({ eventId: 42 })).toEqual({});
    expect(correlationKeys('e-1')).toEqual({});
    expect(correlationKeys(null)).toEqual({});
  });
});
